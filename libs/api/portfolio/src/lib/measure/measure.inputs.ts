import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  COLLABORATION_TIERS,
  LEGAL_FORMS,
  MEASURE_STATUSES,
  MOBILISATION_RATINGS,
  POLITICAL_ANCHORING_STATES,
  SERVICE_AREAS,
} from '@samarbeid/shared/domain';
import type {
  CollaborationTier,
  LegalForm,
  MeasureStatus,
  MobilisationRating,
  PoliticalAnchoringState,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { IdField, MunicipalityNumberField, PatternField, TextField } from '@samarbeid/api/platform';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

import {
  CollaborationTierEnum,
  DependencyKindEnum,
  LegalFormEnum,
  MeasureStatusEnum,
  MobilisationRatingEnum,
  PoliticalAnchoringEnum,
  ServiceAreaEnum,
} from '../dto/enums';
import { REGION_SLUG } from '../dto/fields';

const UNKNOWN_MEASURE = 'Ukjent tiltak.|Unknown measure.';
const STUCK_MONTHS =
  'Tiden uten statusendring må være et helt antall måneder fra 1 til 36.|The time without a status change must be a whole number of months from 1 to 36.';
const TITLE_MESSAGE = 'Tittelen må ha 1–300 tegn.|The title must have 1–300 characters.';

@InputType()
export class MeasureFilter {
  @Field(() => [ServiceAreaEnum], { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_AREAS, { each: true })
  serviceAreas?: ServiceArea[];

  @Field(() => [CollaborationTierEnum], { nullable: true })
  @IsOptional()
  @IsIn(COLLABORATION_TIERS, { each: true })
  tiers?: CollaborationTier[];

  @Field(() => [MeasureStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(MEASURE_STATUSES, { each: true })
  statuses?: MeasureStatus[];

  @Field(() => [MobilisationRatingEnum], { nullable: true })
  @IsOptional()
  @IsIn(MOBILISATION_RATINGS, { each: true })
  mobilisation?: MobilisationRating[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'Ukjent nettverk.|Unknown network.' })
  networkIds?: string[];

  @MunicipalityNumberField({ optional: true, description: 'Only measures this municipality takes part in.' })
  participatingMunicipality?: string;

  @TextField({
    max: 100,
    optional: true,
    description: 'Words in the code, title or description.',
    label: { nb: 'Søketeksten', en: 'The search text' },
    tooLong: 'Søketeksten kan være høyst 100 tegn.|The search text can be at most 100 characters.',
  })
  search?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only measures under way whose status has not changed for this many months (1–36): the overview\'s "stuck".',
  })
  @IsOptional()
  @IsInt({ message: STUCK_MONTHS })
  @Min(1, { message: STUCK_MONTHS })
  @Max(36, { message: STUCK_MONTHS })
  stuckForMonths?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only measures not done that wait for a dependency not met: the overview\'s "blocked".',
  })
  @IsOptional()
  @IsBoolean({ message: 'Blokkert-filteret må være ja eller nei.|The blocked filter must be true or false.' })
  blocked?: boolean;
}

/** The editable fields of a measure; on update, fields left out keep their value. */
@InputType()
export class MeasureFields {
  @TextField({
    max: 300,
    optional: true,
    required: true,
    label: { nb: 'Tittelen', en: 'The title' },
    tooLong: TITLE_MESSAGE,
    missing: TITLE_MESSAGE,
  })
  title?: string;

  @TextField({ max: 10000, optional: true, label: { nb: 'Beskrivelsen', en: 'The description' } })
  description?: string;

  @IdField('Ukjent nettverk.|Unknown network.', { optional: true })
  networkId?: string;

  @Field(() => ServiceAreaEnum, { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_AREAS)
  serviceArea?: ServiceArea;

  @Field(() => CollaborationTierEnum, { nullable: true })
  @IsOptional()
  @IsIn(COLLABORATION_TIERS)
  tier?: CollaborationTier;

  @Field(() => LegalFormEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm | null;

  @Field(() => MobilisationRatingEnum, { nullable: true })
  @IsOptional()
  @IsIn(MOBILISATION_RATINGS)
  mobilisation?: MobilisationRating | null;

  @Field(() => PoliticalAnchoringEnum, { nullable: true })
  @IsOptional()
  @IsIn(POLITICAL_ANCHORING_STATES)
  politicalAnchoring?: PoliticalAnchoringState;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(
    { strict: true },
    { message: 'Startdato må være en dato (ÅÅÅÅ-MM-DD).|Start date must be a date (YYYY-MM-DD).' },
  )
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601(
    { strict: true },
    { message: 'Sluttdato må være en dato (ÅÅÅÅ-MM-DD).|End date must be a date (YYYY-MM-DD).' },
  )
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Fremdrift må være 0–100 %.|Progress must be 0–100 %.' })
  @Max(100, { message: 'Fremdrift må være 0–100 %.|Progress must be 0–100 %.' })
  progressPercent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Vekten kan ikke være negativ.|The weight cannot be negative.' })
  weight?: number | null;

  @IdField('Ukjent overordnet tiltak.|Unknown parent measure.', {
    optional: true,
    description: 'Parent measure, for sub-measures.',
  })
  parentId?: string | null;
}

@InputType()
export class CreateMeasureInput extends MeasureFields {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @PatternField(
    /^[A-ZÆØÅ]{1,4}\d{1,3}$/,
    'Koden må være 1–4 store bokstaver og 1–3 sifre, f.eks. T7 eller HO2.|The code must be 1–4 capital letters and 1–3 digits, e.g. T7 or HO2.',
  )
  code!: string;
}

@InputType()
export class UpdateMeasureInput extends MeasureFields {
  @IdField(UNKNOWN_MEASURE)
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class TransitionMeasureInput {
  @IdField(UNKNOWN_MEASURE)
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => MeasureStatusEnum)
  @IsIn(MEASURE_STATUSES)
  to!: MeasureStatus;

  @TextField({
    max: 2000,
    optional: true,
    label: { nb: 'Begrunnelsen for å overstyre', en: 'The reason for the override' },
    description:
      'The secretariat only: moves the measure past unmet readiness gates, recorded with this reason.',
  })
  overrideReason?: string | null;
}

@InputType()
export class DependencyInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @IdField(UNKNOWN_MEASURE)
  dependsOnId!: string;

  @Field(() => DependencyKindEnum, { defaultValue: 'FINISH' })
  @IsIn(['START', 'FINISH'])
  kind!: 'START' | 'FINISH';
}

@InputType()
export class SetMeasureGoalsInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => [ID], { description: 'The strategy goals the measure serves; replaces the current links.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Ukjent mål.|Unknown goal.' })
  goalIds!: string[];
}
