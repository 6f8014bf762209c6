import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

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

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ugyldig id.|Invalid id.' })
  id!: string;
}

/** A measure by id, or by region and code. */
@ArgsType()
export class MeasureArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig id.|Invalid id.' })
  id?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  regionSlug?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-ZÆØÅ]{1,4}\d{1,3}$/, { message: 'Ugyldig tiltakskode.|Invalid measure code.' })
  code?: string;
}
