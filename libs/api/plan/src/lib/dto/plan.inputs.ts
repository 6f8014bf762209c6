import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ErrorText } from '@samarbeid/api/platform';
import {
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  PatternField,
  TextField,
} from '@samarbeid/api/platform';
import { COLLABORATION_TIERS, MEASURE_STATUSES } from '@samarbeid/shared/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { MAX_CAPACITY } from '../domain/plan-rules';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A date, YYYY-MM-DD (whether the day exists is the rules' to say). */
const DayField = (label: ErrorText, options: { optional?: boolean } = {}) =>
  PatternField(DAY, `${label.nb} må skrives ÅÅÅÅ-MM-DD.|${label.en} must be written YYYY-MM-DD.`, {
    description: 'YYYY-MM-DD',
    ...options,
  });

const REGION_SLUG = { max: 64, label: { nb: 'Kortnavnet', en: 'The short name' }, required: true };
const UNKNOWN_MEASURE = 'Ukjent tiltak.|Unknown measure.';
const UNKNOWN_NETWORK = 'Ukjent nettverk.|Unknown network.';
const MILESTONE_NAME = {
  max: 200,
  label: { nb: 'Navnet på milepælen', en: "The milestone's name" },
  required: true,
};

@ArgsType()
export class PlanArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these networks.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Høyst 50 nettverk.|At most 50 networks.' })
  @IsUUID('all', { each: true, message: UNKNOWN_NETWORK })
  networkIds?: string[] | null;

  @MunicipalityNumberField({ optional: true, description: 'Only measures this municipality takes part in.' })
  municipalityNumber?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these CollaborationTiers.' })
  @IsOptional()
  @ArrayMaxSize(COLLABORATION_TIERS.length, { message: 'For mange samarbeidsnivåer.|Too many tiers.' })
  @IsIn(COLLABORATION_TIERS, {
    each: true,
    message: 'Ukjent samarbeidsnivå.|Unknown collaboration tier.',
  })
  tiers?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these MeasureStatuses.' })
  @IsOptional()
  @ArrayMaxSize(MEASURE_STATUSES.length, { message: 'For mange statuser.|Too many statuses.' })
  @IsIn(MEASURE_STATUSES, { each: true, message: 'Ukjent status.|Unknown status.' })
  statuses?: string[] | null;

  @IdField('Ukjent grunnlinje.|Unknown baseline.', {
    optional: true,
    description: 'Compare with this baseline.',
  })
  baselineId?: string | null;
}

@InputType({
  description: 'New dates of a measure in the plan, and the resources it needs from other units.',
})
export class MoveMeasureInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @DayField({ nb: 'Startdatoen', en: 'The start date' }, { optional: true })
  startDate?: string | null;

  @DayField({ nb: 'Sluttdatoen', en: 'The end date' }, { optional: true })
  endDate?: string | null;

  @TextField({
    max: 2000,
    optional: true,
    label: { nb: 'Ressurser fra andre enheter', en: 'Resources from other units' },
    description: 'Leave out to keep; an empty text removes it.',
  })
  resourcesFromOtherUnits?: string | null;
}

@InputType()
export class AddMilestoneInput {
  @IdField(UNKNOWN_MEASURE)
  measureId!: string;

  @TextField(MILESTONE_NAME)
  name!: string;

  @DayField({ nb: 'Datoen', en: 'The date' })
  date!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean({ message: 'Ferdig er ja eller nei.|Done is true or false.' })
  done!: boolean;
}

@InputType()
export class UpdateMilestoneInput {
  @IdField('Ukjent milepæl.|Unknown milestone.')
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @TextField(MILESTONE_NAME)
  name!: string;

  @DayField({ nb: 'Datoen', en: 'The date' })
  date!: string;

  @Field()
  @IsBoolean({ message: 'Ferdig er ja eller nei.|Done is true or false.' })
  done!: boolean;
}

@InputType()
export class SetNetworkCapacityInput {
  @IdField(UNKNOWN_NETWORK)
  networkId!: string;

  @Field(() => Int, { description: 'Measures the network can run at once beside daily operations.' })
  @IsInt({ message: 'Kapasiteten må være et heltall.|The capacity must be a whole number.' })
  @Min(0, { message: 'Kapasiteten kan ikke være negativ.|The capacity cannot be negative.' })
  @Max(MAX_CAPACITY, {
    message: `Kapasiteten kan være høyst ${MAX_CAPACITY}.|The capacity can be at most ${MAX_CAPACITY}.`,
  })
  capacity!: number;
}

@InputType()
export class FreezeBaselineInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @TextField({
    max: 200,
    label: { nb: 'Navnet på grunnlinjen', en: "The baseline's name" },
    required: true,
    description: 'E.g. "Vedtatt i KDU 12.06.2026".',
  })
  name!: string;
}

@InputType()
export class CreatePlanCalendarFeedInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @IdField(UNKNOWN_NETWORK, {
    optional: true,
    description: "Only this network's milestones; leave out for the region's.",
  })
  networkId?: string | null;
}

@ArgsType()
export class MilestoneIdArgs {
  @IdField('Ukjent milepæl.|Unknown milestone.')
  id!: string;
}

@ArgsType()
export class FeedIdArgs {
  @IdField('Ukjent kalenderabonnement.|Unknown calendar feed.')
  id!: string;
}
