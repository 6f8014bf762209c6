import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ExpectedVersionField,
  graphqlEnum,
  IdField,
  MunicipalityNumberField,
  PatternField,
  TextField,
  TextFieldOptions,
} from '@samarbeid/api/platform';
import type { IndicatorDirection, ReportingFrequency } from '@samarbeid/shared/domain';
import { INDICATOR_DIRECTIONS, REPORTING_FREQUENCIES } from '@samarbeid/shared/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import type { IndicatorScope } from './indicator.types';
import { INDICATOR_SCOPES, IndicatorScopeEnum, ReportingFrequencyEnum } from './indicator.types';

const UNKNOWN_INDICATOR = 'Ukjent indikator.|Unknown indicator.';
const PERIOD = /^\d{4}(-H[12])?$/;
const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;

export const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Regionens kortnavn', en: "The region's short name" },
  required: true,
};

@InputType()
export class RecordIndicatorValueInput {
  @IdField(UNKNOWN_INDICATOR)
  indicatorId!: string;

  @PatternField(
    PERIOD,
    'Perioden skrives som et år (2025) eller et halvår (2025-H1).|The period is a year (2025) or a half-year (2025-H1).',
    { description: '"2025", or "2025-H1"/"2025-H2" for an indicator measured per half-year.' },
  )
  period!: string;

  @MunicipalityNumberField({
    optional: true,
    description: 'Leave out for a value that holds for the region.',
  })
  municipalityNumber?: string | null;

  @PatternField(
    DECIMAL,
    'Verdien må være et tall med punktum som desimaltegn og høyst fire desimaler (f.eks. 38.5).|The value must be a number with a point as decimal mark and at most four decimals (e.g. 38.5).',
    { optional: true, description: 'Exact decimal as a string; leave out when not measured.' },
  )
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: explicitly not measured in the period.' })
  @IsOptional()
  @IsBoolean({ message: 'Ikke målt er ja eller nei.|Not measured is yes or no.' })
  notMeasured?: boolean | null;

  @TextField({ max: 300, label: { nb: 'Kilden', en: 'The source' }, optional: true })
  source?: string | null;

  @TextField({ max: 2000, label: { nb: 'Kommentaren', en: 'The comment' }, optional: true })
  comment?: string | null;
}

@InputType()
export class SetIndicatorFrequencyInput {
  @IdField(UNKNOWN_INDICATOR)
  indicatorId!: string;

  @Field(() => ReportingFrequencyEnum)
  @IsIn(REPORTING_FREQUENCIES, { message: 'Ukjent frekvens.|Unknown frequency.' })
  frequency!: ReportingFrequency;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class LinkIndicatorToKostraInput {
  @IdField(UNKNOWN_INDICATOR)
  indicatorId!: string;

  @TextField({
    max: 40,
    label: { nb: 'KOSTRA-nøkkeltallet', en: 'The KOSTRA key figure' },
    optional: true,
    description: 'A code from kostraCatalogue; leave out to remove the link.',
  })
  kostraFigure?: string | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@ArgsType()
export class StrategyIdArgs {
  @IdField('Ukjent strategi.|Unknown strategy.')
  strategyId!: string;
}

@ArgsType()
export class RegionSlugArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
export class BenchmarkArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;
}

@ArgsType()
export class IndicatorScopeArgs {
  @Field(() => IndicatorScopeEnum)
  @IsIn(INDICATOR_SCOPES, { message: 'Ukjent omfang.|Unknown scope.' })
  scope!: IndicatorScope;

  @TextField({
    max: 64,
    required: true,
    label: { nb: 'Id-en', en: 'The id' },
    description: "The strategy's, network's, KPI set's or measure's id; the region's short name.",
  })
  id!: string;
}

@InputType()
export class CreateKpiSetInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({ optional: true, description: "Leave out for the region's own set." })
  municipalityNumber?: string | null;

  @TextField({
    max: 200,
    required: true,
    label: { nb: 'Navnet', en: 'The name' },
    missing: 'Settet må ha et navn (1–200 tegn).|The set needs a name (1–200 characters).',
    tooLong: 'Settet må ha et navn (1–200 tegn).|The set needs a name (1–200 characters).',
  })
  name!: string;

  @TextField({ max: 2000, label: { nb: 'Beskrivelsen', en: 'The description' }, optional: true })
  description?: string | null;
}

const YEAR = 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.';
const VALUE =
  'Verdien må være et tall med punktum som desimaltegn og høyst fire desimaler (f.eks. 38.5).|The value must be a number with a point as decimal mark and at most four decimals (e.g. 38.5).';

/** A year between 2000 and 2100. */
const YearField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => Int),
    IsInt({ message: YEAR }),
    Min(2000, { message: YEAR }),
    Max(2100, { message: YEAR }),
  );

/** The same enum the strategy's indicators use (registered once, by name). */
const IndicatorDirectionEnum = graphqlEnum('IndicatorDirection', INDICATOR_DIRECTIONS);

@InputType({
  description: 'A new indicator on a measure, a benefit or a KPI set: give exactly one of the three.',
})
export class AddIndicatorInput {
  @IdField('Ukjent tiltak.|Unknown measure.', { optional: true })
  measureId?: string | null;

  @IdField('Ukjent gevinst.|Unknown benefit.', { optional: true })
  benefitId?: string | null;

  @IdField('Ukjent indikatorsett.|Unknown KPI set.', { optional: true })
  kpiSetId?: string | null;

  @TextField({
    max: 300,
    required: true,
    label: { nb: 'Navnet', en: 'The name' },
    missing: 'Indikatoren må ha et navn (1–300 tegn).|The indicator needs a name (1–300 characters).',
    tooLong: 'Indikatoren må ha et navn (1–300 tegn).|The indicator needs a name (1–300 characters).',
  })
  name!: string;

  @TextField({
    max: 50,
    required: true,
    label: { nb: 'Enheten', en: 'The unit' },
    missing: 'Indikatoren må ha en enhet (1–50 tegn).|The indicator needs a unit (1–50 characters).',
    tooLong: 'Indikatoren må ha en enhet (1–50 tegn).|The indicator needs a unit (1–50 characters).',
  })
  unit!: string;

  @YearField()
  baselineYear!: number;

  @PatternField(DECIMAL, VALUE)
  baselineValue!: string;

  @YearField()
  targetYear!: number;

  @PatternField(DECIMAL, VALUE)
  targetValue!: string;

  @Field(() => IndicatorDirectionEnum)
  @IsIn(INDICATOR_DIRECTIONS, {
    message:
      'Retningen er INCREASE, DECREASE eller MAINTAIN.|The direction is INCREASE, DECREASE or MAINTAIN.',
  })
  direction!: IndicatorDirection;

  @Field(() => ReportingFrequencyEnum, { nullable: true, description: 'Yearly when left out.' })
  @IsOptional()
  @IsIn(REPORTING_FREQUENCIES, { message: 'Ukjent frekvens.|Unknown frequency.' })
  frequency?: ReportingFrequency | null;
}

@ArgsType()
export class IndicatorIdArgs {
  @IdField(UNKNOWN_INDICATOR)
  indicatorId!: string;
}
