import type { ReportingFrequency } from '@samarbeid/shared/domain';
import { parsePeriod } from '@samarbeid/shared/domain';

/**
 * The last period that has ended by `today` (an Oslo date, "2026-03-15"): last year for a yearly indicator; the last
 * ended half-year for one measured per half-year (the second half of last year until June, then this year's first).
 */
export function lastClosedPeriod(today: string, frequency: ReportingFrequency): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (frequency === 'YEARLY') return String(year - 1);
  return month <= 6 ? `${year - 1}-H2` : `${year}-H1`;
}

/**
 * The period whose value the indicator's owners are reminded of, or null: the last closed period, when it lies within
 * the indicator's years (baseline to target) and no value (measured or explicitly "not measured") is recorded for it.
 */
export function reminderPeriod(
  indicator: {
    readonly baselineYear: number;
    readonly targetYear: number;
    readonly frequency: ReportingFrequency;
  },
  recorded: readonly string[],
  today: string,
): string | null {
  const period = lastClosedPeriod(today, indicator.frequency);
  const year = parsePeriod(period)?.year ?? 0;
  if (year < indicator.baselineYear || year > indicator.targetYear) return null;
  return recorded.includes(period) ? null : period;
}
