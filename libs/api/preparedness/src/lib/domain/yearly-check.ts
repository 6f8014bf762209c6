import type { CheckStatus, ExerciseScope, ExerciseStatus, FollowUpStatus } from '@samarbeid/shared/domain';

import { isOverdue } from './follow-up-rules';

/** An exercise as the yearly check reads it. */
export interface CheckedExercise {
  readonly scope: ExerciseScope;
  readonly status: ExerciseStatus;
  /** YYYY-MM-DD. */
  readonly heldOn: string;
  /** The municipalities that took (or will take) part; a municipal exercise's organiser is one of them. */
  readonly participants: readonly string[];
}

/** A follow-up action as the yearly check reads it. */
export interface CheckedAction {
  /** Null: the region's own action, which no municipality answers for. */
  readonly municipalityNumber: string | null;
  readonly deadline: string;
  readonly status: FollowUpStatus;
}

/** Whether an exercise of a kind was held in the year, or only planned, or neither. */
export type ExerciseState = 'HELD' | 'PLANNED' | 'NONE';

export interface MunicipalityYearlyCheck {
  readonly municipalityNumber: string;
  /** An exercise of its own (alone or with other municipalities, not the regional one). */
  readonly ownExercise: ExerciseState;
  readonly ownExerciseStatus: CheckStatus;
  /** The region's joint exercise, with the municipality taking part. */
  readonly regionalExercise: ExerciseState;
  readonly regionalExerciseStatus: CheckStatus;
  /** Its open follow-up actions whose deadline has passed (as of `today`). */
  readonly overdueActions: number;
  /** Green only when both exercises were held and nothing is overdue. */
  readonly status: CheckStatus;
}

export interface YearlyCheckInput {
  readonly year: number;
  /** YYYY-MM-DD in Norway: the day overdue is judged on. */
  readonly today: string;
  /** The region's member municipalities, in the order the check is wanted. */
  readonly municipalities: readonly string[];
  readonly exercises: readonly CheckedExercise[];
  readonly actions: readonly CheckedAction[];
}

/**
 * The yearly preparedness check of a region: per municipality, whether it held an exercise of its own in `year`
 * and took part in the regional one (green when held, red otherwise, with a planned one noted), and how many of its
 * follow-up actions are overdue today. Exercises of other years, and exercises a municipality does not take part
 * in, do not count for it; a planned exercise is not a held one.
 */
export function yearlyCheck(input: YearlyCheckInput): MunicipalityYearlyCheck[] {
  const inYear = input.exercises.filter((exercise) => yearOf(exercise.heldOn) === input.year);
  return input.municipalities.map((number) => {
    const taking = inYear.filter((exercise) => exercise.participants.includes(number));
    const ownExercise = stateOf(taking.filter((exercise) => exercise.scope === 'MUNICIPAL'));
    const regionalExercise = stateOf(taking.filter((exercise) => exercise.scope === 'REGIONAL'));
    const overdueActions = input.actions.filter(
      (action) => action.municipalityNumber === number && isOverdue(action, input.today),
    ).length;
    const ownExerciseStatus = colour(ownExercise === 'HELD');
    const regionalExerciseStatus = colour(regionalExercise === 'HELD');
    return {
      municipalityNumber: number,
      ownExercise,
      ownExerciseStatus,
      regionalExercise,
      regionalExerciseStatus,
      overdueActions,
      status: colour(ownExercise === 'HELD' && regionalExercise === 'HELD' && overdueActions === 0),
    };
  });
}

function stateOf(exercises: readonly CheckedExercise[]): ExerciseState {
  if (exercises.some((exercise) => exercise.status === 'HELD')) return 'HELD';
  return exercises.length > 0 ? 'PLANNED' : 'NONE';
}

function colour(ok: boolean): CheckStatus {
  return ok ? 'GREEN' : 'RED';
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
