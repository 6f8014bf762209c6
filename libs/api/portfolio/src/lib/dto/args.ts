import { ArgsType, Field } from '@nestjs/graphql';
import { IdField, PageArgs, PatternField, TextField } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { AuditFilter } from '../history/history.inputs';
import { MeasureFilter } from '../measure/measure.inputs';
import { REGION_SLUG } from './fields';

/** A page of something in a region. (All arguments of a field live in one class: the validation sees them all.) */
@ArgsType()
export class RegionPageArgs extends PageArgs {
  @TextField(REGION_SLUG)
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
  @IdField('Ugyldig id.|Invalid id.')
  id!: string;
}

/** A measure by id, or by region and code. */
@ArgsType()
export class MeasureArgs {
  @IdField('Ugyldig id.|Invalid id.', { optional: true })
  id?: string;

  @TextField({ ...REGION_SLUG, optional: true })
  regionSlug?: string;

  @PatternField(/^[A-ZÆØÅ]{1,4}\d{1,3}$/, 'Ugyldig tiltakskode.|Invalid measure code.', { optional: true })
  code?: string;
}
