import { compareDecimals } from '@samarbeid/shared/domain';

/*
 * How a focus item's values are judged: the target in force for a period, the status against it, the trend. Pure;
 * used by the focus feature and by this library's read for the overviews.
 */

export const FOCUS_DIRECTIONS = ['HIGHER', 'LOWER'] as const;
export type FocusDirection = (typeof FOCUS_DIRECTIONS)[number];

export const FOCUS_STATUSES = ['ON_TARGET', 'OFF_TARGET', 'NO_TARGET', 'NO_DATA'] as const;
export type FocusStatus = (typeof FOCUS_STATUSES)[number];

export const FOCUS_TRENDS = ['IMPROVING', 'WORSENING', 'STEADY', 'NO_TREND'] as const;
export type FocusTrend = (typeof FOCUS_TRENDS)[number];

export interface PeriodValue {
  readonly period: string;
  readonly value: string;
}

/** The target in force for a period: the latest target set for that period or before it; null when none. */
export function targetFor(period: string, targets: readonly PeriodValue[]): string | null {
  let found: PeriodValue | null = null;
  for (const target of targets) {
    if (target.period <= period && (found === null || target.period > found.period)) found = target;
  }
  return found?.value ?? null;
}

/** Whether a value meets its target: at or above it when higher is better, at or below when lower is. */
export function focusStatus(
  direction: FocusDirection,
  value: string | null,
  target: string | null,
): FocusStatus {
  if (value === null) return 'NO_DATA';
  if (target === null) return 'NO_TARGET';
  const comparison = compareDecimals(value, target);
  if (comparison === null) return 'NO_TARGET';
  return comparison === 0 || comparison > 0 === (direction === 'HIGHER') ? 'ON_TARGET' : 'OFF_TARGET';
}

/** The trend of the last two values (in period order): better or worse in the item's direction, or unchanged. */
export function focusTrend(direction: FocusDirection, values: readonly PeriodValue[]): FocusTrend {
  const sorted = [...values].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  if (!last || !previous) return 'NO_TREND';
  const comparison = compareDecimals(last.value, previous.value);
  if (comparison === null || comparison === 0) return 'STEADY';
  return comparison > 0 === (direction === 'HIGHER') ? 'IMPROVING' : 'WORSENING';
}
