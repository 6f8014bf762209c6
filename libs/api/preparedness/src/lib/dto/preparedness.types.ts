import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@samarbeid/api/platform';
import type {
  CheckStatus,
  ExerciseKind,
  ExerciseScope,
  ExerciseStatus,
  FollowUpSourceKind,
  FollowUpStatus,
  OutsideActor,
} from '@samarbeid/shared/domain';

import type { ExerciseState } from '../domain/yearly-check';
import {
  CheckStatusEnum,
  ExerciseKindEnum,
  ExerciseScopeEnum,
  ExerciseStateEnum,
  ExerciseStatusEnum,
  FollowUpSourceKindEnum,
  FollowUpStatusEnum,
  OutsideActorEnum,
} from './preparedness.enums';

@ObjectType({ description: "A crisis team member's phone and e-mail: personal data." })
export class CrisisTeamContact {
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType({ description: 'A person on a crisis team.' })
export class CrisisTeamMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "The team's municipality; null: the region's team." })
  teamMunicipalityNumber!: string | null;

  @Field(() => String)
  role!: string;

  @Field(() => String)
  personName!: string;

  @Field(() => String)
  homeMunicipalityNumber!: string;

  @Field(() => String)
  homeMunicipalityName!: string;

  @Field(() => Boolean, { description: 'The person has a user (and so sees the contacts of their team).' })
  hasUser!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The person as a user (subject at the identity provider).',
  })
  userId!: string | null;

  @Field(() => CrisisTeamContact, {
    nullable: true,
    description: 'Only for members of the same team and the secretariat; null for everyone else.',
  })
  contact!: CrisisTeamContact | null;

  @Field(() => Boolean, { description: 'The contact details exist but are not shown to this reader.' })
  contactHidden!: boolean;

  @Field(() => ID, { nullable: true, description: 'For a deputy: the member they stand in for.' })
  deputyOfId!: string | null;

  @Field(() => [CrisisTeamMember], { description: 'The deputies standing in for this member.' })
  deputies!: CrisisTeamMember[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: "The region's psychosocial crisis team, or a municipality's." })
export class CrisisTeam {
  @Field(() => String, { nullable: true, description: "The municipality; null: the region's team." })
  municipalityNumber!: string | null;

  @Field(() => String, { description: 'The municipality, or the region.' })
  name!: string;

  @Field(() => Boolean, { description: 'The reader is on this team.' })
  viewerIsMember!: boolean;

  @Field(() => Boolean, { description: "The reader sees the members' contact details." })
  contactDetailsVisible!: boolean;

  @Field(() => [CrisisTeamMember], {
    description: 'The members (deputies under the member they stand in for).',
  })
  members!: CrisisTeamMember[];
}

@ObjectType()
export class CrisisTeamRoster {
  @Field(() => String)
  regionName!: string;

  @Field(() => Boolean, { description: 'The reader keeps the roster (the secretariat).' })
  viewerCanEdit!: boolean;

  @Field(() => [CrisisTeam], { description: "The region's team first, then each member municipality's." })
  teams!: CrisisTeam[];
}

@ObjectType()
export class ExerciseMunicipality {
  @Field(() => String)
  number!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class ExerciseRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  heldOn!: string;
}

@ObjectType()
export class MeasureRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'The decision or the agreement a follow-up action follows up.' })
export class FollowUpSource {
  @Field(() => FollowUpSourceKindEnum)
  kind!: FollowUpSourceKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: "A decision's case reference (saksnummer)." })
  caseReference!: string | null;

  @Field(() => String, { nullable: true, description: "A decision's date (YYYY-MM-DD)." })
  decidedOn!: string | null;
}

@ObjectType({ description: 'Something someone must do, by a deadline.' })
export class FollowUpAction {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Null: the region's own action." })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => String)
  ownerName!: string;

  @Field(() => ID, { nullable: true, description: 'The owner as a user; null: a name without a user.' })
  ownerUserId!: string | null;

  @Field(() => Boolean, { description: 'The reader owns it.' })
  ownerIsViewer!: boolean;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  deadline!: string;

  @Field(() => FollowUpStatusEnum)
  status!: FollowUpStatus;

  @Field(() => Boolean, { description: 'Not done, and the deadline has passed.' })
  overdue!: boolean;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => ExerciseRef, { nullable: true })
  exercise!: ExerciseRef | null;

  @Field(() => MeasureRef, { nullable: true })
  measure!: MeasureRef | null;

  @Field(() => FollowUpSource, { nullable: true })
  source!: FollowUpSource | null;

  @Field(() => Boolean)
  viewerCanEdit!: boolean;

  @Field(() => Boolean, { description: 'The reader may change the status (editors and the owner).' })
  viewerCanSetStatus!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class FollowUpActionConnection extends Connection(FollowUpAction) {}

@ObjectType({ description: 'An exercise, planned or held, with its evaluation.' })
export class Exercise {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  heldOn!: string;

  @Field(() => ExerciseKindEnum)
  kind!: ExerciseKind;

  @Field(() => ExerciseScopeEnum)
  scope!: ExerciseScope;

  @Field(() => ExerciseStatusEnum)
  status!: ExerciseStatus;

  @Field(() => ExerciseMunicipality, { nullable: true, description: "A municipal exercise's organiser." })
  organiser!: ExerciseMunicipality | null;

  @Field(() => [ExerciseMunicipality])
  participants!: ExerciseMunicipality[];

  @Field(() => String)
  scenario!: string;

  @Field(() => [OutsideActorEnum])
  outsideActors!: OutsideActor[];

  @Field(() => String, { nullable: true })
  otherActors!: string | null;

  @Field(() => String, { nullable: true })
  wentWell!: string | null;

  @Field(() => String, { nullable: true })
  wentBadly!: string | null;

  @Field(() => String, { nullable: true })
  lessonsLearned!: string | null;

  @Field(() => Boolean)
  viewerCanEdit!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ExerciseConnection extends Connection(Exercise) {}

@ObjectType({ description: "One municipality's yearly preparedness check." })
export class MunicipalityPreparedness {
  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => ExerciseStateEnum)
  ownExercise!: ExerciseState;

  @Field(() => CheckStatusEnum)
  ownExerciseStatus!: CheckStatus;

  @Field(() => ExerciseStateEnum)
  regionalExercise!: ExerciseState;

  @Field(() => CheckStatusEnum)
  regionalExerciseStatus!: CheckStatus;

  @Field(() => Int, { description: 'Open follow-up actions past their deadline, today.' })
  overdueActions!: number;

  @Field(() => CheckStatusEnum, { description: 'Green: both exercises held and nothing overdue.' })
  status!: CheckStatus;

  @Field(() => Boolean, { description: 'The reader records exercises and follow-up for this municipality.' })
  viewerCanRecord!: boolean;
}

@ObjectType({ description: "A region's yearly preparedness check." })
export class PreparednessYearlyCheck {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'The day overdue is judged on (YYYY-MM-DD, Norway).' })
  today!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => [MunicipalityPreparedness])
  municipalities!: MunicipalityPreparedness[];

  @Field(() => Int, {
    description: "Open follow-up actions of the region's own (no municipality) past their deadline.",
  })
  regionOverdueActions!: number;

  @Field(() => Boolean, { description: 'The reader may register the regional exercise (the secretariat).' })
  viewerCanRecordRegional!: boolean;
}

@ObjectType({ description: 'A preparedness routine, reviewed at an interval.' })
export class PreparednessRoutine {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Null: the region's routine." })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String)
  ownerName!: string;

  @Field(() => ID, { nullable: true, description: 'The owner as a user; null: a name without a user.' })
  ownerUserId!: string | null;

  @Field(() => String, { nullable: true })
  lastReviewedOn!: string | null;

  @Field(() => Int)
  reviewIntervalMonths!: number;

  @Field(() => String, { nullable: true, description: 'Null: never reviewed (due at once).' })
  nextReviewOn!: string | null;

  @Field(() => Boolean, { description: 'The review is due.' })
  due!: boolean;

  @Field(() => Boolean)
  viewerCanEdit!: boolean;

  @Field(() => Boolean, { description: 'The reader may record a review (editors and the owner).' })
  viewerCanReview!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class PreparednessRoutineConnection extends Connection(PreparednessRoutine) {}

@ObjectType({ description: 'A person with a user who can own follow-up actions and routines in a region.' })
export class PreparednessPerson {
  @Field(() => ID, { description: 'Subject at the identity provider.' })
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  municipalityNumber!: string | null;
}

@ObjectType()
export class RemovedCrisisTeamMember {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'How many deputies went with them.' })
  deputiesRemoved!: number;
}

@ObjectType()
export class FollowUpReminders {
  @Field(() => Int, { description: 'Overdue actions reminded now (each once until its deadline moves).' })
  reminded!: number;
}
