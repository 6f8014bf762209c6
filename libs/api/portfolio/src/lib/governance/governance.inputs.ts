import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdField, TextField } from '@samarbeid/api/platform';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

import { REGION_SLUG } from '../dto/fields';

const UNKNOWN_MEASURE = 'Ukjent tiltak.|Unknown measure.';
const DATE_MESSAGE = (nb: string, en: string) =>
  ({ message: `${nb} må være en dato (ÅÅÅÅ-MM-DD).|${en} must be a date (YYYY-MM-DD).` }) as const;

@InputType()
export class ChecklistItemInput {
  @IdField('Ukjent sjekklistepunkt.|Unknown checklist item.', {
    optional: true,
    description: 'An existing item, kept; leave out for a new one.',
  })
  id?: string | null;

  @TextField({ max: 300, required: true, label: { nb: 'Sjekklistepunktet', en: 'The checklist item' } })
  label!: string;
}

@InputType()
export class SetRegionGovernanceInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => Int, { description: 'The version read (0 before the first save); a stale one is refused.' })
  @IsInt({ message: 'Versjonen må være et heltall.|The version must be a whole number.' })
  version!: number;

  @Field(() => Boolean)
  @IsBoolean()
  requireAnchoring!: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  requireEconomics!: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  requireChecklist!: boolean;

  @Field(() => Boolean)
  @IsBoolean()
  requireUnionConsultation!: boolean;

  @Field(() => [ChecklistItemInput], {
    description: 'The checklist in order; items left out are retired (their ticks kept).',
  })
  @ArrayMaxSize(30, {
    message: 'Sjekklisten kan ha høyst 30 punkter.|The checklist can have at most 30 items.',
  })
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  checklist!: ChecklistItemInput[];
}

@InputType()
export class RecordPoliticalAnchoringInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { description: 'ISO date of the political decision or hearing.' })
  @IsISO8601({ strict: true }, DATE_MESSAGE('Datoen', 'The date'))
  decidedOn!: string;

  @TextField({ max: 200, required: true, label: { nb: 'Organet', en: 'The body' } })
  body!: string;

  @TextField({ max: 64, required: true, label: { nb: 'Saksnummeret', en: 'The case reference' } })
  caseReference!: string;
}

@InputType()
export class SetMeasureChecklistItemInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @IdField('Ukjent sjekklistepunkt.|Unknown checklist item.')
  itemId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  done!: boolean;
}

/** The steering document; fields left out keep their value. */
@InputType()
export class SaveMeasureSteeringInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @TextField({ max: 10000, optional: true, label: { nb: 'Nåsituasjonen', en: 'The current situation' } })
  currentSituation?: string;

  @TextField({ max: 10000, optional: true, label: { nb: 'Årsakene', en: 'The causes' } })
  causes?: string;

  @TextField({ max: 10000, optional: true, label: { nb: 'Ønsket situasjon', en: 'The desired situation' } })
  desiredSituation?: string;

  @TextField({ max: 10000, optional: true, label: { nb: 'Mandatet', en: 'The mandate' } })
  mandate?: string;

  @IdField('Ukjent nettverksmedlem.|Unknown network member.', {
    optional: true,
    description: 'The responsible person: a member of a network of the region; null clears it.',
  })
  responsibleMemberId?: string | null;

  @TextField({
    max: 2000,
    optional: true,
    label: { nb: 'Gjennomføringsgruppen', en: 'The implementation group' },
  })
  implementationGroup?: string;

  @TextField({
    max: 4000,
    optional: true,
    label: { nb: 'Tids- og ressursrammen', en: 'The time and resource frame' },
  })
  timeAndResourceFrame?: string;

  @TextField({ max: 4000, optional: true, label: { nb: 'Forutsetningene', en: 'The preconditions' } })
  preconditions?: string;

  @TextField({
    max: 4000,
    optional: true,
    label: { nb: 'Rapporteringskravene', en: 'The reporting requirements' },
  })
  reportingRequirements?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unionConsultationNeeded?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE('Drøftingsdatoen', 'The consultation date'))
  unionConsultationDate?: string | null;

  @TextField({
    max: 4000,
    optional: true,
    label: { nb: 'Utfallet av drøftingen', en: 'The outcome of the consultation' },
  })
  unionConsultationOutcome?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  politicalDecisionNeeded?: boolean;

  @TextField({ max: 64, optional: true, label: { nb: 'Saken', en: 'The case' } })
  politicalDecisionCase?: string | null;

  @TextField({
    max: 4000,
    optional: true,
    label: { nb: 'Begrunnelsen for ingen økonomisk effekt', en: 'The reason for no economic effect' },
  })
  noEconomicEffectReason?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Co-operating networks besides the owner; replaces the list.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Ukjent nettverk.|Unknown network.' })
  cooperatingNetworkIds?: string[];
}
