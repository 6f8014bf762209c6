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
import {
  ArrayMaxSize,
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

  @Field(() => String, { nullable: true, description: 'Only measures this municipality takes part in.' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'Kommunenummer har fire sifre.|A municipality number has four digits.' })
  participatingMunicipality?: string;

  @Field(() => String, { nullable: true, description: 'Words in the code, title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, {
    message: 'Søketeksten kan være høyst 100 tegn.|The search text can be at most 100 characters.',
  })
  search?: string;
}

/** The editable fields of a measure; on update, fields left out keep their value. */
@InputType()
export class MeasureFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'Tittelen må ha 1–300 tegn.|The title must have 1–300 characters.' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000, {
    message: 'Beskrivelsen kan ha høyst 10 000 tegn.|The description can have at most 10,000 characters.',
  })
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent nettverk.|Unknown network.' })
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

  @Field(() => ID, { nullable: true, description: 'Parent measure, for sub-measures.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent overordnet tiltak.|Unknown parent measure.' })
  parentId?: string | null;
}

@InputType()
export class CreateMeasureInput extends MeasureFields {
  @Field(() => String)
  @IsString()
  @MaxLength(64)
  regionSlug!: string;

  @Field(() => String)
  @Matches(/^[A-ZÆØÅ]{1,4}\d{1,3}$/, {
    message:
      'Koden må være 1–4 store bokstaver og 1–3 sifre, f.eks. T7 eller HO2.|The code must be 1–4 capital letters and 1–3 digits, e.g. T7 or HO2.',
  })
  code!: string;
}

@InputType()
export class UpdateMeasureInput extends MeasureFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class TransitionMeasureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => MeasureStatusEnum)
  @IsIn(MEASURE_STATUSES)
  to!: MeasureStatus;
}

@InputType()
export class DependencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  measureId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  dependsOnId!: string;

  @Field(() => DependencyKindEnum, { defaultValue: 'FINISH' })
  @IsIn(['START', 'FINISH'])
  kind!: 'START' | 'FINISH';
}

@InputType()
export class SetMeasureGoalsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  measureId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => [ID], { description: 'The strategy goals the measure serves; replaces the current links.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'Ukjent mål.|Unknown goal.' })
  goalIds!: string[];
}
