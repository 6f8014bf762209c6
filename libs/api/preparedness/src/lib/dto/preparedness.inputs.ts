import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import type { ErrorText } from '@samarbeid/api/platform';
import {
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  PageArgs,
  PatternField,
  TextField,
} from '@samarbeid/api/platform';
import type {
  ExerciseKind,
  ExerciseScope,
  ExerciseStatus,
  FollowUpSourceKind,
  FollowUpStatus,
  OutsideActor,
} from '@samarbeid/shared/domain';
import {
  EXERCISE_KINDS,
  EXERCISE_SCOPES,
  EXERCISE_STATUSES,
  FOLLOW_UP_SOURCE_KINDS,
  FOLLOW_UP_STATUSES,
  OUTSIDE_ACTORS,
} from '@samarbeid/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  ExerciseKindEnum,
  ExerciseScopeEnum,
  ExerciseStatusEnum,
  FollowUpSourceKindEnum,
  FollowUpStatusEnum,
  OutsideActorEnum,
} from './preparedness.enums';

type Message = `${string}|${string}`;

const MUNICIPALITY_NUMBER = /^\d{4}$/;
const MUNICIPALITY_MESSAGE: Message = 'Kommunenummer har fire sifre.|A municipality number has four digits.';

/** A date, YYYY-MM-DD (whether the day exists is the rules' to say). */
const DateField = (label: ErrorText, options: { optional?: boolean; description?: string } = {}) =>
  PatternField(
    /^\d{4}-\d{2}-\d{2}$/,
    `${label.nb} må skrives ÅÅÅÅ-MM-DD.|${label.en} must be written YYYY-MM-DD.`,
    { description: 'YYYY-MM-DD', ...options },
  );

const REGION_SLUG = { max: 64, label: { nb: 'Kortnavnet', en: 'The short name' } };

const TITLE = (what: ErrorText) => ({
  max: 300,
  required: true,
  label: { nb: 'Tittelen', en: 'The title' },
  missing:
    `Gi ${what.nb} en tittel (høyst 300 tegn).|Give ${what.en} a title (at most 300 characters).` as Message,
  tooLong:
    `Gi ${what.nb} en tittel (høyst 300 tegn).|Give ${what.en} a title (at most 300 characters).` as Message,
});

const LONG_TEXT = (label: ErrorText, options: { required?: boolean; missing?: Message } = {}) =>
  TextField({ max: 20_000, label, optional: !options.required, ...options });

const OWNER_NAME = {
  max: 200,
  label: { nb: 'Navnet på den ansvarlige', en: "The owner's name" },
  optional: true,
};
const OWNER_USER_ID = {
  max: 255,
  label: { nb: 'Brukeren', en: 'The user' },
  optional: true,
  description: 'The owner as a user (subject at the identity provider); or give ownerName.',
};

const ExerciseIdField = (options: { optional?: boolean } = {}) =>
  IdField('Ukjent øvelse.|Unknown exercise.', options);
const ActionIdField = () => IdField('Ukjent oppfølgingstiltak.|Unknown follow-up action.');
const RoutineIdField = () => IdField('Ukjent rutine.|Unknown routine.');
const MemberIdField = (options: { optional?: boolean; description?: string } = {}) =>
  IdField('Ukjent medlem av kriseteamet.|Unknown crisis team member.', options);

// The crisis teams' roster

/** Contact details and role of a person on a crisis team. */
@InputType({ isAbstract: true })
class CrisisTeamMemberFields {
  @TextField({
    max: 100,
    required: true,
    label: { nb: 'Rollen', en: 'The role' },
    missing: 'Skriv rollen på teamet (høyst 100 tegn).|Write the role on the team (at most 100 characters).',
  })
  role!: string;

  @TextField({
    max: 200,
    required: true,
    label: { nb: 'Navnet', en: 'The name' },
    missing: 'Skriv navnet på personen.|Write the name of the person.',
  })
  personName!: string;

  @MunicipalityNumberField({ description: 'The municipality the person works in.' })
  homeMunicipalityNumber!: string;

  @TextField({
    ...OWNER_USER_ID,
    description: 'The person as a user: makes them a member who sees the contacts.',
  })
  userId?: string | null;

  @PatternField(
    /^\+?[0-9][0-9 ]{6,19}$/,
    'Telefonnummeret kan ha sifre, mellomrom og + foran (8–20 tegn).|The phone number can have digits, spaces and a leading + (8–20 characters).',
    { optional: true },
  )
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320, {
    message: 'E-postadressen kan ha høyst 320 tegn.|The e-mail address can have at most 320 characters.',
  })
  @IsEmail({}, { message: 'E-postadressen er ikke gyldig.|The e-mail address is not valid.' })
  email?: string | null;
}

@InputType()
export class AddCrisisTeamMemberInput extends CrisisTeamMemberFields {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({
    optional: true,
    description: "The municipality's team; left out: the region's team.",
  })
  teamMunicipalityNumber?: string | null;

  @MemberIdField({ optional: true, description: 'A deputy: the member they stand in for (same team).' })
  deputyOfId?: string | null;
}

@InputType()
export class UpdateCrisisTeamMemberInput extends CrisisTeamMemberFields {
  @MemberIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class RemoveCrisisTeamMemberInput {
  @MemberIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@ArgsType()
export class RegionArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
export class CrisisTeamMemberArgs {
  @MemberIdField()
  id!: string;
}

// Exercises

/** What an exercise was (or will be), and its evaluation. */
@InputType({ isAbstract: true })
class ExerciseFields {
  @TextField(TITLE({ nb: 'øvelsen', en: 'the exercise' }))
  title!: string;

  @DateField({ nb: 'Datoen', en: 'The date' })
  heldOn!: string;

  @Field(() => ExerciseKindEnum)
  @IsIn(EXERCISE_KINDS, { message: 'Ukjent type øvelse.|Unknown kind of exercise.' })
  kind!: ExerciseKind;

  @Field(() => ExerciseStatusEnum)
  @IsIn(EXERCISE_STATUSES, { message: 'Ukjent status.|Unknown status.' })
  status!: ExerciseStatus;

  @Field(() => [String], { description: 'Municipalities taking part (the organiser is added).' })
  @ArrayMaxSize(100)
  @Matches(MUNICIPALITY_NUMBER, { each: true, message: MUNICIPALITY_MESSAGE })
  participantNumbers!: string[];

  @LONG_TEXT(
    { nb: 'Scenarioet', en: 'The scenario' },
    { required: true, missing: 'Beskriv scenarioet.|Describe the scenario.' },
  )
  scenario!: string;

  @Field(() => [OutsideActorEnum], { defaultValue: [] })
  @ArrayMaxSize(OUTSIDE_ACTORS.length)
  @IsIn(OUTSIDE_ACTORS, { each: true, message: 'Ukjent aktør.|Unknown actor.' })
  outsideActors!: OutsideActor[];

  @TextField({ max: 500, optional: true, label: { nb: 'Andre aktører', en: 'Other actors' } })
  otherActors?: string | null;

  @LONG_TEXT({ nb: 'Det som fungerte', en: 'What worked' })
  wentWell?: string | null;

  @LONG_TEXT({ nb: 'Det som ikke fungerte', en: 'What did not work' })
  wentBadly?: string | null;

  @LONG_TEXT({ nb: 'Læringspunktene', en: 'The lessons learned' })
  lessonsLearned?: string | null;
}

@InputType()
export class CreateExerciseInput extends ExerciseFields {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => ExerciseScopeEnum)
  @IsIn(EXERCISE_SCOPES, { message: 'Ukjent omfang.|Unknown scope.' })
  scope!: ExerciseScope;

  @MunicipalityNumberField({ optional: true, description: "A municipal exercise's organiser." })
  organiserMunicipalityNumber?: string | null;
}

@InputType({ description: 'Everything but the scope and the organiser, which stay as registered.' })
export class UpdateExerciseInput extends ExerciseFields {
  @ExerciseIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class ExerciseFilter {
  @Field(() => Int, { nullable: true, description: 'Exercises held (or planned) in this year.' })
  @IsOptional()
  @IsInt({ message: 'Året må være et heltall.|The year must be a whole number.' })
  @Min(2000, { message: 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.' })
  @Max(2100, { message: 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.' })
  year?: number | null;

  @MunicipalityNumberField({ optional: true, description: 'Exercises this municipality takes part in.' })
  municipalityNumber?: string | null;
}

@ArgsType()
export class ExercisesArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => ExerciseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;
}

@ArgsType()
export class ExerciseArgs {
  @ExerciseIdField()
  id!: string;
}

// Follow-up actions

@InputType({ description: 'The decision or the agreement an action follows up.' })
export class FollowUpSourceInput {
  @Field(() => FollowUpSourceKindEnum)
  @IsIn(FOLLOW_UP_SOURCE_KINDS, { message: 'Ukjent type vedtak.|Unknown kind of decision.' })
  kind!: FollowUpSourceKind;

  @IdField('Ukjent vedtak.|Unknown decision.')
  id!: string;
}

/** What must be done, by whom and when. */
@InputType({ isAbstract: true })
class FollowUpFields {
  @TextField(TITLE({ nb: 'oppfølgingstiltaket', en: 'the follow-up action' }))
  title!: string;

  @LONG_TEXT({ nb: 'Beskrivelsen', en: 'The description' })
  description?: string | null;

  @MunicipalityNumberField({
    optional: true,
    description: 'The municipality responsible; left out: the region.',
  })
  municipalityNumber?: string | null;

  @TextField(OWNER_USER_ID)
  ownerUserId?: string | null;

  @TextField(OWNER_NAME)
  ownerName?: string | null;

  @DateField({ nb: 'Fristen', en: 'The deadline' })
  deadline!: string;

  @IdField('Ukjent tiltak.|Unknown measure.', { optional: true })
  measureId?: string | null;

  @Field(() => FollowUpSourceInput, {
    nullable: true,
    description: 'The decision or agreement it follows up (same region); left out: none.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpSourceInput)
  source?: FollowUpSourceInput | null;
}

@InputType()
export class CreateFollowUpActionInput extends FollowUpFields {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @ExerciseIdField({ optional: true })
  exerciseId?: string | null;
}

@InputType()
export class UpdateFollowUpActionInput extends FollowUpFields {
  @ActionIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class SetFollowUpStatusInput {
  @ActionIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @Field(() => FollowUpStatusEnum)
  @IsIn(FOLLOW_UP_STATUSES, { message: 'Ukjent status.|Unknown status.' })
  status!: FollowUpStatus;
}

@InputType()
export class FollowUpFilter {
  @MunicipalityNumberField({ optional: true })
  municipalityNumber?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only actions not done.' })
  @IsOptional()
  @IsBoolean()
  openOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open actions past their deadline.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;

  @ExerciseIdField({ optional: true })
  exerciseId?: string | null;
}

@ArgsType()
export class FollowUpActionsArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpFilter)
  filter?: FollowUpFilter | null;
}

// Routines

const INTERVAL_MESSAGE: Message =
  'Intervallet må være et helt antall måneder fra 1 til 60.|The interval must be a whole number of months from 1 to 60.';

@InputType({ isAbstract: true })
class RoutineFields {
  @TextField(TITLE({ nb: 'rutinen', en: 'the routine' }))
  title!: string;

  @LONG_TEXT({ nb: 'Beskrivelsen', en: 'The description' })
  description?: string | null;

  @TextField(OWNER_USER_ID)
  ownerUserId?: string | null;

  @TextField(OWNER_NAME)
  ownerName?: string | null;

  @Field(() => Int, { description: 'Months between reviews (1–60).' })
  @IsInt({ message: INTERVAL_MESSAGE })
  @Min(1, { message: INTERVAL_MESSAGE })
  @Max(60, { message: INTERVAL_MESSAGE })
  reviewIntervalMonths!: number;
}

@InputType()
export class CreateRoutineInput extends RoutineFields {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({
    optional: true,
    description: "The municipality's routine; left out: the region's.",
  })
  municipalityNumber?: string | null;

  @DateField({ nb: 'Datoen', en: 'The date' }, { optional: true, description: 'Last reviewed (YYYY-MM-DD).' })
  lastReviewedOn?: string | null;
}

@InputType()
export class UpdateRoutineInput extends RoutineFields {
  @RoutineIdField()
  id!: string;

  @DateField(
    { nb: 'Datoen', en: 'The date' },
    { optional: true, description: 'Last reviewed (YYYY-MM-DD, not in the future); left out: unchanged.' },
  )
  lastReviewedOn?: string | null;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class RecordRoutineReviewInput {
  @RoutineIdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @DateField(
    { nb: 'Datoen', en: 'The date' },
    { description: 'The day it was reviewed (not in the future).' },
  )
  reviewedOn!: string;
}

@ArgsType()
export class YearlyCheckArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => Int)
  @IsInt({ message: 'Året må være et heltall.|The year must be a whole number.' })
  @Min(2000, { message: 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.' })
  @Max(2100, { message: 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.' })
  year!: number;
}

@ArgsType()
export class RoutinesArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}
