import type { TranslationKey } from '@samarbeid/web/data-access';
import type {
  ExerciseFieldsFragment,
  ExerciseKind,
  ExerciseScope,
  ExerciseStatus,
  OutsideActor,
} from '@samarbeid/web/graphql';

/** The register-or-change-an-exercise form, as the inputs hold it. */
export interface ExerciseFormValues {
  readonly title: string;
  readonly scope: ExerciseScope;
  /** A municipal exercise's organiser (a municipality number), or ''. */
  readonly organiser: string;
  readonly heldOn: string;
  readonly status: ExerciseStatus;
  readonly kind: ExerciseKind | '';
  readonly participants: readonly string[];
  readonly scenario: string;
  readonly outsideActors: readonly OutsideActor[];
  readonly otherActors: string;
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly lessonsLearned: string;
}

export type ExerciseFormField =
  'title' | 'organiser' | 'heldOn' | 'status' | 'kind' | 'participants' | 'scenario';

/** The fields that can be wrong, in the order the form shows them. */
export const EXERCISE_FORM_FIELDS: readonly ExerciseFormField[] = [
  'title',
  'organiser',
  'heldOn',
  'status',
  'kind',
  'participants',
  'scenario',
];

export const EXERCISE_TITLE_MAX_LENGTH = 300;
export const EXERCISE_TEXT_MAX_LENGTH = 20_000;
export const OTHER_ACTORS_MAX_LENGTH = 500;

/** A new exercise: a municipality's own for a director (their municipality organises it), else the regional one. */
export function emptyExerciseForm(directorOf: string | undefined): ExerciseFormValues {
  return {
    title: '',
    scope: directorOf ? 'MUNICIPAL' : 'REGIONAL',
    organiser: directorOf ?? '',
    heldOn: '',
    status: 'HELD',
    kind: '',
    participants: [],
    scenario: '',
    outsideActors: [],
    otherActors: '',
    wentWell: '',
    wentBadly: '',
    lessonsLearned: '',
  };
}

/** An exercise as the form shows it for changing. */
export function exerciseFormOf(exercise: ExerciseFieldsFragment): ExerciseFormValues {
  return {
    title: exercise.title,
    scope: exercise.scope,
    organiser: exercise.organiser?.number ?? '',
    heldOn: exercise.heldOn,
    status: exercise.status,
    kind: exercise.kind,
    participants: exercise.participants.map((p) => p.number),
    scenario: exercise.scenario,
    outsideActors: exercise.outsideActors,
    otherActors: exercise.otherActors ?? '',
    wentWell: exercise.wentWell ?? '',
    wentBadly: exercise.wentBadly ?? '',
    lessonsLearned: exercise.lessonsLearned ?? '',
  };
}

/** The participants as sent: the ticked ones and the organiser, each once. */
export function participantsOf(values: ExerciseFormValues): string[] {
  const numbers = new Set(values.participants);
  if (values.scope === 'MUNICIPAL' && values.organiser) numbers.add(values.organiser);
  return [...numbers].sort();
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The API's rules, checked before sending (`today` in Norway, YYYY-MM-DD). */
export function validateExerciseForm(
  values: ExerciseFormValues,
  today: string,
): Partial<Record<ExerciseFormField, TranslationKey>> {
  const errors: Partial<Record<ExerciseFormField, TranslationKey>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'preparedness.exerciseForm.error.title';
  else if (title.length > EXERCISE_TITLE_MAX_LENGTH)
    errors.title = 'preparedness.exerciseForm.error.titleLength';
  if (values.scope === 'MUNICIPAL' && !values.organiser) {
    errors.organiser = 'preparedness.exerciseForm.error.organiser';
  }
  if (!isDate(values.heldOn)) errors.heldOn = 'preparedness.exerciseForm.error.date';
  else if (values.status === 'HELD' && values.heldOn > today) {
    errors.status = 'preparedness.exerciseForm.error.heldInFuture';
  }
  if (!values.kind) errors.kind = 'preparedness.exerciseForm.error.kind';
  if (participantsOf(values).length === 0)
    errors.participants = 'preparedness.exerciseForm.error.participants';
  if (!values.scenario.trim()) errors.scenario = 'preparedness.exerciseForm.error.scenario';
  return errors;
}

/** The API's field (`input.participantNumbers`) as the form's. */
export function exerciseFieldOf(path: string): ExerciseFormField | undefined {
  const name = path.split('.').find((segment) => !/^\d+$/.test(segment) && segment !== 'input');
  switch (name) {
    case 'participantNumbers':
      return 'participants';
    case 'organiserMunicipalityNumber':
      return 'organiser';
    default:
      return (EXERCISE_FORM_FIELDS as readonly (string | undefined)[]).includes(name)
        ? (name as ExerciseFormField)
        : undefined;
  }
}
