import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { AuditFilter } from '../history/history.service';
import { MeasureFilter } from '../measure/measure.inputs';

/** A page of something in a region. (All arguments of a field live in one class: the validation sees them all.) */
@ArgsType()
export class RegionPageArgs extends PageArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(64, {
    message: 'Kortnavnet kan være høyst 64 tegn.|The short name can be at most 64 characters.',
  })
  regionSlug!: string;
}

@ArgsType()
export class MeasuresArgs extends RegionPageArgs {
  @Field(() => MeasureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasureFilter)
  filter?: MeasureFilter;
}

@ArgsType()
export class AuditEventsArgs extends RegionPageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}
