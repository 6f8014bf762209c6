import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { FILE_TOO_LARGE_TEXT, MAX_UPLOAD_BASE64_LENGTH } from '@samarbeid/api/platform';
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
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  BenefitTypeEnum,
  BenefitUnitKindEnum,
  CostKindEnum,
  DistributionKeyKindEnum,
} from './economics.types';

/** A non-negative amount with at most two decimals, as a string. Negative amounts get their own sentence. */
const AMOUNT = /^(?!-)\d{1,14}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE =
  'Beløp må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 125000 eller 1250.50).|' +
  'Amounts must be non-negative numbers with at most two decimals (e.g. 125000 or 1250.50).';
const MUNICIPALITY = /^\d{4}$/;
const MUNICIPALITY_MESSAGE = 'Kommunenummer har fire sifre.|A municipality number has four digits.';
const YEAR_MESSAGE = 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.';
const MEASURE_MESSAGE = 'Ukjent tiltak.|Unknown measure.';

@InputType()
export class CostLineInput {
  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => CostKindEnum)
  @IsIn(COST_KINDS)
  kind!: CostKind;

  @Field(() => String, { description: 'NOK, decimal string, not negative.' })
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  amount!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Merknaden kan være høyst 500 tegn.|The note can be at most 500 characters.' })
  note?: string | null;
}

@InputType()
export class SetMeasureCostsInput {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read; a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => [CostLineInput], { description: "Replaces all the measure's cost lines." })
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => CostLineInput)
  costs!: CostLineInput[];
}

@InputType()
export class CostKeyEntryInput {
  @Field(() => String)
  @Matches(MUNICIPALITY, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber!: string;

  @Field(() => Int, { nullable: true, description: 'An agreed population instead of the official one.' })
  @IsOptional()
  @IsInt({ message: 'Folketallet må være et heltall.|The population must be a whole number.' })
  @Min(0, { message: 'Folketallet kan ikke være negativt.|The population cannot be negative.' })
  @Max(100_000_000)
  populationOverride?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, {
    message: 'Begrunnelsen kan være høyst 500 tegn.|The explanation can be at most 500 characters.',
  })
  adjustmentNote?: string | null;

  @Field(() => String, { nullable: true, description: 'USAGE: units of use.' })
  @IsOptional()
  @Matches(AMOUNT, {
    message: 'Bruk må være et tall som ikke er negativt.|Usage must be a number that is not negative.',
  })
  units?: string | null;

  @Field(() => String, { nullable: true, description: 'MANUAL: agreed percentage, 0–100.' })
  @IsOptional()
  @Matches(/^(?!-)\d{1,3}(\.\d{1,6})?$/, {
    message:
      'Prosentandelen må være et tall fra 0 til 100 med høyst seks desimaler.|' +
      'The percentage must be a number from 0 to 100 with at most six decimals.',
  })
  percent?: string | null;
}

@InputType()
export class CostKeyInput {
  @Field(() => DistributionKeyKindEnum)
  @IsIn(DISTRIBUTION_KEY_KINDS)
  kind!: DistributionKeyKind;

  @Field(() => String, { nullable: true, description: 'FIXED_PLUS_POPULATION: percentage split equally.' })
  @IsOptional()
  @Matches(/^(?!-)\d{1,3}(\.\d{1,2})?$/, {
    message: 'Den faste andelen må være 0–100 %.|The fixed part must be 0–100 %.',
  })
  fixedPercent?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Population on 1 January of this year (population keys).',
  })
  @IsOptional()
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  populationYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Kilden kan være høyst 200 tegn.|The source can be at most 200 characters.' })
  populationSource?: string | null;

  @Field(() => [CostKeyEntryInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => CostKeyEntryInput)
  entries?: CostKeyEntryInput[] | null;
}

@InputType()
export class SetCostKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => CostKeyInput)
  @ValidateNested()
  @Type(() => CostKeyInput)
  key!: CostKeyInput;
}

@ArgsType()
export class CostSharePreviewArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;

  @Field(() => CostKeyInput, { nullable: true, description: 'The key to try; the saved key when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostKeyInput)
  key?: CostKeyInput | null;

  @Field(() => [String], { nullable: true, description: 'What if these municipalities opted out.' })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(MUNICIPALITY, { each: true, message: MUNICIPALITY_MESSAGE })
  excludeMunicipalityNumbers?: string[] | null;
}

@ArgsType()
export class MeasureIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;
}

@InputType()
export class BenefitFields {
  @Field(() => String)
  @IsString()
  @Length(1, 300, {
    message: 'Gi gevinsten et navn (høyst 300 tegn).|Name the benefit (at most 300 characters).',
  })
  title!: string;

  @Field(() => BenefitTypeEnum)
  @IsIn(BENEFIT_TYPES)
  type!: BenefitType;

  @Field(() => BenefitUnitKindEnum)
  @IsIn(BENEFIT_UNIT_KINDS)
  unitKind!: BenefitUnitKind;

  @Field(() => String, { nullable: true, description: 'FTE: what one full-time equivalent costs, NOK.' })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  fteCostNok?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, {
    message: 'Indikatoren kan være høyst 200 tegn.|The indicator can be at most 200 characters.',
  })
  indicator?: string | null;

  @Field(() => String, { nullable: true, description: 'QUALITATIVE: the unit of the indicator.' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: 'Enheten kan være høyst 50 tegn.|The unit can be at most 50 characters.' })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^-?\d{1,14}(\.\d{1,2})?$/, {
    message: 'Nullpunktet må være et tall.|The baseline must be a number.',
  })
  baselineValue?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Ugyldig dato.|Invalid date.' })
  baselineDate?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 200, {
    message:
      'Oppgi gevinsteieren i linjen (høyst 200 tegn).|Name the benefit owner in the line organisation (at most 200 characters).',
  })
  owner!: string;

  @Field(() => String, { nullable: true, description: 'Benefit map: the change that brings the benefit.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, {
    message: 'Endringen kan være høyst 2000 tegn.|The change can be at most 2000 characters.',
  })
  change?: string | null;

  @Field(() => ID, { nullable: true, description: 'Benefit map: the strategy goal it serves.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent mål.|Unknown goal.' })
  goalId?: string | null;
}

@InputType()
export class CreateBenefitInput extends BenefitFields {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;
}

@InputType()
export class UpdateBenefitInput extends BenefitFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent gevinst.|Unknown benefit.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;
}

@ArgsType()
export class BenefitIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent gevinst.|Unknown benefit.' })
  id!: string;
}

@InputType()
export class PlanValueInput {
  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Null: the whole region.' })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber?: string | null;

  @Field(() => String)
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  planned!: string;
}

@InputType()
export class SetBenefitPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent gevinst.|Unknown benefit.' })
  benefitId!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => [PlanValueInput], { description: "Replaces the benefit's planned values." })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PlanValueInput)
  values!: PlanValueInput[];
}

@InputType()
export class RecordBenefitActualInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent gevinst.|Unknown benefit.' })
  benefitId!: string;

  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => String)
  @Matches(MUNICIPALITY, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber!: string;

  @Field(() => String)
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  value!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, {
    message: 'Kommentaren kan være høyst 2000 tegn.|The comment can be at most 2000 characters.',
  })
  comment?: string | null;
}

@InputType()
export class SetBenefitThresholdsInput {
  @Field(() => String)
  @IsString()
  @MaxLength(64)
  regionSlug!: string;

  @Field(() => String, { description: 'Realised at least this % of planned is GREEN.' })
  @Matches(/^(?!-)\d{1,3}(\.\d{1,2})?$/, {
    message: 'Grensen må være en prosent fra 0 til 100.|The threshold must be a percentage from 0 to 100.',
  })
  greenFromPercent!: string;

  @Field(() => String, { description: 'At least this % (below green) is YELLOW; below is RED.' })
  @Matches(/^(?!-)\d{1,3}(\.\d{1,2})?$/, {
    message: 'Grensen må være en prosent fra 0 til 100.|The threshold must be a percentage from 0 to 100.',
  })
  yellowFromPercent!: string;
}

@InputType()
export class YearAmountInput {
  @Field(() => Int)
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => String)
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  amount!: string;
}

@InputType()
export class SetSavingsRequirementsInput {
  @Field(() => String)
  @IsString()
  @MaxLength(64)
  regionSlug!: string;

  @Field(() => String, { nullable: true, description: 'Null: the whole region.' })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber?: string | null;

  @Field(() => [YearAmountInput], { description: 'Replaces the required savings of that scope.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => YearAmountInput)
  values!: YearAmountInput[];
}

@ArgsType()
export class MunicipalityEconomicsArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(64)
  regionSlug!: string;

  @Field(() => String)
  @Matches(MUNICIPALITY, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber!: string;
}

@ArgsType()
export class RegionSlugArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(64)
  regionSlug!: string;
}

@InputType()
export class ImportBenefitPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: MEASURE_MESSAGE })
  measureId!: string;

  @Field(() => String, { description: 'The .xlsx file, base64-encoded (at most 2 MB).' })
  @IsString()
  @MaxLength(MAX_UPLOAD_BASE64_LENGTH, {
    message: `${FILE_TOO_LARGE_TEXT.nb}|${FILE_TOO_LARGE_TEXT.en}`,
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
