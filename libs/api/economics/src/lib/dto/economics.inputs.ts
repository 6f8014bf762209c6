import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ExpectedVersionField,
  FILE_TOO_LARGE_TEXT,
  IdField,
  MAX_UPLOAD_BASE64_LENGTH,
  MunicipalityNumberField,
  PatternField,
  TextField,
} from '@samarbeid/api/platform';
import type { BenefitType, BenefitUnitKind, CostKind, DistributionKeyKind } from '@samarbeid/shared/domain';
import {
  BENEFIT_TYPES,
  BENEFIT_UNIT_KINDS,
  COST_KINDS,
  DISTRIBUTION_KEY_KINDS,
} from '@samarbeid/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  BenefitTypeEnum,
  BenefitUnitKindEnum,
  CostKindEnum,
  DistributionKeyKindEnum,
} from './economics.enums';
import {
  AMOUNT,
  AmountField,
  MUNICIPALITY_MESSAGE,
  NestedListField,
  nbEn,
  PERCENT,
  REGION_SLUG,
  UNKNOWN_BENEFIT,
  UNKNOWN_MEASURE,
  VersionField,
  YearField,
} from './input-fields';

@InputType()
export class CostLineInput {
  @YearField()
  year!: number;

  @Field(() => CostKindEnum)
  @IsIn(COST_KINDS)
  kind!: CostKind;

  @AmountField({ description: 'NOK, decimal string, not negative.' })
  amount!: string;

  @TextField({
    max: 500,
    label: { nb: 'Merknaden', en: 'The note' },
    optional: true,
    tooLong: 'Merknaden kan være høyst 500 tegn.|The note can be at most 500 characters.',
  })
  note?: string | null;
}

@InputType()
export class CostYearInput {
  @YearField()
  year!: number;

  @AmountField({ optional: true, description: 'Income in the year, NOK, decimal string; null: none.' })
  income?: string | null;

  @TextField({
    max: 200,
    label: { nb: 'Hva inntekten er', en: 'What the income is' },
    optional: true,
  })
  incomeSource?: string | null;

  @AmountField({ optional: true, description: 'The actual cost of the year, NOK; null: not recorded.' })
  actual?: string | null;

  @TextField({
    max: 500,
    label: { nb: 'Merknaden', en: 'The note' },
    optional: true,
    tooLong: 'Merknaden kan være høyst 500 tegn.|The note can be at most 500 characters.',
  })
  actualNote?: string | null;
}

@InputType()
export class SetMeasureCostsInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @NestedListField(() => CostLineInput, 400, { description: "Replaces all the measure's cost lines." })
  costs!: CostLineInput[];

  @NestedListField(() => CostYearInput, 100, {
    optional: true,
    description: 'Replaces the income and actual costs per year; left out: unchanged.',
  })
  years?: CostYearInput[] | null;
}

@InputType()
export class CostKeyEntryInput {
  @MunicipalityNumberField()
  municipalityNumber!: string;

  @Field(() => Int, { nullable: true, description: 'An agreed population instead of the official one.' })
  @IsOptional()
  @IsInt({ message: 'Folketallet må være et heltall.|The population must be a whole number.' })
  @Min(0, { message: 'Folketallet kan ikke være negativt.|The population cannot be negative.' })
  @Max(100_000_000)
  populationOverride?: number | null;

  @TextField({
    max: 500,
    label: { nb: 'Begrunnelsen', en: 'The explanation' },
    optional: true,
    tooLong: 'Begrunnelsen kan være høyst 500 tegn.|The explanation can be at most 500 characters.',
  })
  adjustmentNote?: string | null;

  @PatternField(
    AMOUNT,
    'Bruk må være et tall som ikke er negativt.|Usage must be a number that is not negative.',
    {
      optional: true,
      description: 'USAGE: units of use.',
    },
  )
  units?: string | null;

  @PatternField(
    /^(?!-)\d{1,3}(\.\d{1,6})?$/,
    nbEn(
      'Prosentandelen må være et tall fra 0 til 100 med høyst seks desimaler.',
      'The percentage must be a number from 0 to 100 with at most six decimals.',
    ),
    { optional: true, description: 'MANUAL: agreed percentage, 0–100.' },
  )
  percent?: string | null;
}

@InputType()
export class CostKeyInput {
  @Field(() => DistributionKeyKindEnum)
  @IsIn(DISTRIBUTION_KEY_KINDS)
  kind!: DistributionKeyKind;

  @PatternField(PERCENT, 'Den faste andelen må være 0–100 %.|The fixed part must be 0–100 %.', {
    optional: true,
    description: 'FIXED_PLUS_POPULATION: percentage split equally.',
  })
  fixedPercent?: string | null;

  @YearField({ optional: true, description: 'Population on 1 January of this year (population keys).' })
  populationYear?: number | null;

  @TextField({
    max: 200,
    label: { nb: 'Kilden', en: 'The source' },
    optional: true,
    tooLong: 'Kilden kan være høyst 200 tegn.|The source can be at most 200 characters.',
  })
  populationSource?: string | null;

  @NestedListField(() => CostKeyEntryInput, 400, { optional: true })
  entries?: CostKeyEntryInput[] | null;
}

@InputType()
export class SetCostKeyInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @VersionField({ optional: true })
  expectedVersion?: number | null;

  @Field(() => CostKeyInput)
  @ValidateNested()
  @Type(() => CostKeyInput)
  key!: CostKeyInput;
}

@ArgsType()
export class CostSharePreviewArgs {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @Field(() => CostKeyInput, { nullable: true, description: 'The key to try; the saved key when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostKeyInput)
  key?: CostKeyInput | null;

  @Field(() => [String], { nullable: true, description: 'What if these municipalities opted out.' })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(/^\d{4}$/, { each: true, message: MUNICIPALITY_MESSAGE })
  excludeMunicipalityNumbers?: string[] | null;
}

@ArgsType()
export class MeasureIdArgs {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;
}

@InputType()
export class BenefitFields {
  @TextField({
    max: 300,
    label: { nb: 'Navnet', en: 'The name' },
    required: true,
    tooLong: 'Gi gevinsten et navn (høyst 300 tegn).|Name the benefit (at most 300 characters).',
    missing: 'Gi gevinsten et navn (høyst 300 tegn).|Name the benefit (at most 300 characters).',
  })
  title!: string;

  @Field(() => BenefitTypeEnum)
  @IsIn(BENEFIT_TYPES)
  type!: BenefitType;

  @Field(() => BenefitUnitKindEnum)
  @IsIn(BENEFIT_UNIT_KINDS)
  unitKind!: BenefitUnitKind;

  @AmountField({ optional: true, description: 'FTE: what one full-time equivalent costs, NOK.' })
  fteCostNok?: string | null;

  @TextField({
    max: 200,
    label: { nb: 'Indikatoren', en: 'The indicator' },
    optional: true,
    tooLong: 'Indikatoren kan være høyst 200 tegn.|The indicator can be at most 200 characters.',
  })
  indicator?: string | null;

  @TextField({
    max: 50,
    label: { nb: 'Enheten', en: 'The unit' },
    optional: true,
    tooLong: 'Enheten kan være høyst 50 tegn.|The unit can be at most 50 characters.',
    description: 'QUALITATIVE: the unit of the indicator.',
  })
  unit?: string | null;

  @PatternField(/^-?\d{1,14}(\.\d{1,2})?$/, 'Nullpunktet må være et tall.|The baseline must be a number.', {
    optional: true,
  })
  baselineValue?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Ugyldig dato.|Invalid date.' })
  baselineDate?: string | null;

  @TextField({
    max: 200,
    label: { nb: 'Gevinsteieren', en: 'The benefit owner' },
    required: true,
    tooLong:
      'Oppgi gevinsteieren i linjen (høyst 200 tegn).|Name the benefit owner in the line organisation (at most 200 characters).',
    missing:
      'Oppgi gevinsteieren i linjen (høyst 200 tegn).|Name the benefit owner in the line organisation (at most 200 characters).',
  })
  owner!: string;

  @TextField({
    max: 2000,
    label: { nb: 'Endringen', en: 'The change' },
    optional: true,
    tooLong: 'Endringen kan være høyst 2000 tegn.|The change can be at most 2000 characters.',
    description: 'Benefit map: the change that brings the benefit.',
  })
  change?: string | null;

  @IdField('Ukjent mål.|Unknown goal.', {
    optional: true,
    description: 'Benefit map: the strategy goal it serves.',
  })
  goalId?: string | null;
}

@InputType()
export class CreateBenefitInput extends BenefitFields {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;
}

@InputType()
export class UpdateBenefitInput extends BenefitFields {
  @IdField(UNKNOWN_BENEFIT)
  id!: string;

  @VersionField()
  expectedVersion!: number;
}

@ArgsType()
export class BenefitIdArgs {
  @IdField(UNKNOWN_BENEFIT)
  id!: string;
}

@InputType()
export class PlanValueInput {
  @YearField()
  year!: number;

  @MunicipalityNumberField({ optional: true, description: 'Null: the whole region.' })
  municipalityNumber?: string | null;

  @AmountField()
  planned!: string;
}

@InputType()
export class SetBenefitPlanInput {
  @IdField(UNKNOWN_BENEFIT)
  benefitId!: string;

  @VersionField()
  expectedVersion!: number;

  @NestedListField(() => PlanValueInput, 2000, { description: "Replaces the benefit's planned values." })
  values!: PlanValueInput[];
}

@InputType()
export class RecordBenefitActualInput {
  @IdField(UNKNOWN_BENEFIT)
  benefitId!: string;

  @YearField()
  year!: number;

  @MunicipalityNumberField()
  municipalityNumber!: string;

  @AmountField()
  value!: string;

  @TextField({
    max: 2000,
    label: { nb: 'Kommentaren', en: 'The comment' },
    optional: true,
    tooLong: 'Kommentaren kan være høyst 2000 tegn.|The comment can be at most 2000 characters.',
  })
  comment?: string | null;
}

const THRESHOLD_MESSAGE =
  'Grensen må være en prosent fra 0 til 100.|The threshold must be a percentage from 0 to 100.';

@InputType()
export class SetBenefitThresholdsInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @PatternField(PERCENT, THRESHOLD_MESSAGE, { description: 'Realised at least this % of planned is GREEN.' })
  greenFromPercent!: string;

  @PatternField(PERCENT, THRESHOLD_MESSAGE, {
    description: 'At least this % (below green) is YELLOW; below is RED.',
  })
  yellowFromPercent!: string;
}

@InputType()
export class YearAmountInput {
  @YearField()
  year!: number;

  @AmountField()
  amount!: string;
}

@InputType()
export class SetSavingsRequirementsInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({ optional: true, description: 'Null: the whole region.' })
  municipalityNumber?: string | null;

  @NestedListField(() => YearAmountInput, 100, {
    description: 'Replaces the required savings of that scope.',
  })
  values!: YearAmountInput[];
}

@ArgsType()
export class MunicipalityEconomicsArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;
}

@ArgsType()
export class RegionSlugArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@InputType()
export class ImportBenefitPlanInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @TextField({
    max: MAX_UPLOAD_BASE64_LENGTH,
    label: { nb: 'Filen', en: 'The file' },
    tooLong: nbEn(FILE_TOO_LARGE_TEXT.nb, FILE_TOO_LARGE_TEXT.en),
    description: 'The .xlsx file, base64-encoded (at most 2 MB).',
  })
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, {
    message: 'Filen kom ikke fram som base64.|The file did not arrive as base64.',
  })
  fileBase64!: string;

  @Field(() => Boolean, { nullable: true, description: 'Check only; save nothing.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean | null;
}
