import { addMonths, compareIsoDates } from '@samarbeid/shared/domain';

export interface RoutineReviewState {
  /** When the routine must next be reviewed; null when it never was (it is due at once). */
  readonly nextReviewOn: string | null;
  /** The review is due (the day has come) or it was never reviewed. */
  readonly due: boolean;
}

/** When a routine reviewed on `lastReviewedOn` every `intervalMonths` months is next due, seen on `today`. */
export function routineReviewState(
  lastReviewedOn: string | null,
  intervalMonths: number,
  today: string,
): RoutineReviewState {
  if (lastReviewedOn === null) return { nextReviewOn: null, due: true };
  const nextReviewOn = addMonths(lastReviewedOn, intervalMonths);
  return { nextReviewOn, due: compareIsoDates(nextReviewOn, today) <= 0 };
}
