import { ArgsType, Field, InputType } from '@nestjs/graphql';
import {
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  PatternField,
  TextField,
  TextFieldOptions,
} from '@samarbeid/api/platform';
import type { ReportingFrequency } from '@samarbeid/shared/domain';
import { REPORTING_FREQUENCIES } from '@samarbeid/shared/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

import { ReportingFrequencyEnum } from './indicator.types';

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
