import { graphqlEnum } from '@samarbeid/api/platform';
import {
  CHECK_STATUSES,
  EXERCISE_KINDS,
  EXERCISE_SCOPES,
  EXERCISE_STATUSES,
  FOLLOW_UP_SOURCE_KINDS,
  FOLLOW_UP_STATUSES,
  OUTSIDE_ACTORS,
} from '@samarbeid/shared/domain';

export const ExerciseKindEnum = graphqlEnum(
  'ExerciseKind',
  EXERCISE_KINDS,
  'How an exercise is run: table-top, functional or full-scale.',
);
export const ExerciseScopeEnum = graphqlEnum(
  'ExerciseScope',
  EXERCISE_SCOPES,
  "The region's joint exercise, or a municipality's own.",
);
export const ExerciseStatusEnum = graphqlEnum('ExerciseStatus', EXERCISE_STATUSES);
export const OutsideActorEnum = graphqlEnum('OutsideActor', OUTSIDE_ACTORS);
export const FollowUpStatusEnum = graphqlEnum('FollowUpStatus', FOLLOW_UP_STATUSES);
export const FollowUpSourceKindEnum = graphqlEnum(
  'FollowUpSourceKind',
  FOLLOW_UP_SOURCE_KINDS,
  "What a follow-up action follows up: a decision (vedtak) or an agreement's approval.",
);
export const CheckStatusEnum = graphqlEnum(
  'CheckStatus',
  CHECK_STATUSES,
  'Green: the duty is met; red: it is not.',
);
export const ExerciseStateEnum = graphqlEnum(
  'ExerciseState',
  ['HELD', 'PLANNED', 'NONE'] as const,
  'Whether an exercise was held in the year, only planned, or neither.',
);
