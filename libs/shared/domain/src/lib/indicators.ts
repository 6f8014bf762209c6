/**
 * Indicators over time: measured values per period against the straight path from baseline to target, the trend
 * over the last three measured values, and a status that respects the indicator's direction. Pure rules for the API
 * (KPI table, Excel) and the web (chart); each returns codes and numbers, the caller words them.
 *
 * Measured values are exact decimals (strings); "not measured" is an explicit value (null), never zero and never a
 * gap. Progress and the path are ratios shown with one decimal, so they are computed in floating point.
 */
import type { IndicatorDirection } from './strategy';
import { compareDecimals, normalizeDecimal, sumDecimals } from './decimal';

/** How often an indicator is measured: once a year, or per half-year ("2025-H1", "2025-H2"). */
export const REPORTING_FREQUENCIES = ['YEARLY', 'HALF_YEARLY'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

export const INDICATOR_STATUSES = ['ON_TRACK', 'BEHIND', 'NO_DATA'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const TREND_DIRECTIONS = ['UP', 'DOWN', 'FLAT'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** A MAINTAIN indicator is on track while the latest value is within this share of its target value. */
export const MAINTAIN_TOLERANCE = 0.05;

/** Baseline, target and direction: what the path and the status are judged against. */
export interface IndicatorTarget {
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  readonly direction: IndicatorDirection;
}

/** One period's value: a decimal, or null for "not measured". */
export interface PeriodValue {
  readonly period: string;
  readonly value: string | null;
}

const PERIOD = /^(\d{4})(?:-H([12]))?$/;

export interface Period {
  readonly year: number;
  /** 1 or 2 for a half-year, null for a whole year. */
  readonly half: 1 | 2 | null;
}

/** "2025" → { year: 2025, half: null }; "2025-H2" → { year: 2025, half: 2 }; anything else → null. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, half: match[2] ? (Number(match[2]) as 1 | 2) : null };
}

export type PeriodProblem = 'NOT_A_PERIOD' | 'HALF_YEAR_NOT_ALLOWED' | 'HALF_YEAR_REQUIRED';

/** Whether a period fits the indicator's reporting frequency: a year for YEARLY, a half-year for HALF_YEARLY. */
export function periodProblem(period: string, frequency: ReportingFrequency): PeriodProblem | null {
  const parsed = parsePeriod(period);
  if (!parsed) return 'NOT_A_PERIOD';
  if (frequency === 'YEARLY' && parsed.half !== null) return 'HALF_YEAR_NOT_ALLOWED';
  if (frequency === 'HALF_YEARLY' && parsed.half === null) return 'HALF_YEAR_REQUIRED';
  return null;
}

/** Where a period lies on the time axis in years: "2025" and "2025-H1" at 2025, "2025-H2" at 2025.5. */
export function periodTime(period: string): number {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`not a period: ${period}`);
  return parsed.year + (parsed.half === 2 ? 0.5 : 0);
}

/** Periods in time order ("2024", "2025-H1", "2025-H2", "2026"). */
export function comparePeriods(a: string, b: string): number {
  return periodTime(a) - periodTime(b) || a.localeCompare(b);
}

/**
 * The value the straight path from baseline to target expects at time `t` (years): the baseline before the baseline
 * year, the target from the target year on. A target in the baseline year expects the target throughout.
 */
export function targetPathAt(indicator: IndicatorTarget, t: number): number {
  const baseline = Number(indicator.baselineValue);
  const target = Number(indicator.targetValue);
  const span = indicator.targetYear - indicator.baselineYear;
  if (span <= 0 || t >= indicator.targetYear) return target;
  if (t <= indicator.baselineYear) return baseline;
  return baseline + ((target - baseline) * (t - indicator.baselineYear)) / span;
}

/**
 * How far a value has come from baseline towards target, in per cent of the distance (0 at the baseline, 100 at
 * the target, negative when it moved away, above 100 past the target). Null when baseline and target are equal
 * (nothing to cover: a MAINTAIN indicator).
 */
export function progressPercent(indicator: IndicatorTarget, value: string): number | null {
  const baseline = Number(indicator.baselineValue);
  const distance = Number(indicator.targetValue) - baseline;
  if (distance === 0) return null;
  return Math.round(((Number(value) - baseline) / distance) * 1000) / 10;
}

/** The measured values (not "not measured") in time order; the last `count` of them when given. */
export function measuredValues(
  values: readonly PeriodValue[],
  count?: number,
): { period: string; value: string }[] {
  const measured = values
    .filter((entry): entry is { period: string; value: string } => entry.value !== null)
    .sort((a, b) => comparePeriods(a.period, b.period));
  return count === undefined ? measured : measured.slice(-count);
}

export interface IndicatorTrend {
  /** The first and last of the (up to) three measured values the trend spans. */
  readonly from: string;
  readonly to: string;
  /** Exact change from the first to the last (a decimal string). */
  readonly change: string;
  /** Change per year, rounded to two decimals. */
  readonly perYear: number;
  readonly direction: TrendDirection;
  /** Whether the change goes the way the indicator wants; null when it does not say (flat, or no direction). */
  readonly favourable: boolean | null;
}

const negate = (value: string): string => (value.startsWith('-') ? value.slice(1) : `-${value}`);

/**
 * The trend over the last three measured values ("not measured" periods are skipped, so a missing year does not
 * break it): the change from the first of them to the last, and per year. Null with fewer than two measured values.
 */
export function indicatorTrend(
  direction: IndicatorDirection,
  values: readonly PeriodValue[],
): IndicatorTrend | null {
  const last = measuredValues(values, 3);
  if (last.length < 2) return null;
  const first = last[0];
  const latest = last[last.length - 1];
  const change = sumDecimals([latest.value, negate(normalizeDecimal(first.value) ?? first.value)]) ?? '0';
  const years = periodTime(latest.period) - periodTime(first.period);
  const sign = compareDecimals(change, '0') ?? 0;
  const trendDirection: TrendDirection = sign > 0 ? 'UP' : sign < 0 ? 'DOWN' : 'FLAT';
  return {
    from: first.period,
    to: latest.period,
    change,
    perYear: years > 0 ? Math.round((Number(change) / years) * 100) / 100 : 0,
    direction: trendDirection,
    favourable: favourable(direction, trendDirection),
  };
}

function favourable(direction: IndicatorDirection, trend: TrendDirection): boolean | null {
  if (direction === 'MAINTAIN') return trend === 'FLAT';
  if (trend === 'FLAT') return null;
  return (direction === 'INCREASE') === (trend === 'UP');
}

export interface IndicatorStanding {
  readonly status: IndicatorStatus;
  /** The latest measured value, or null (then NO_DATA). */
  readonly latest: { readonly period: string; readonly value: string } | null;
  /** What the straight path expects in the latest value's period (null without a latest value). */
  readonly expected: number | null;
  /** Progress of the latest value towards the target (see {@link progressPercent}). */
  readonly progressPercent: number | null;
}

/**
 * The status of an indicator from its values: NO_DATA without any measured value; otherwise the latest measured
 * value against the path in its period — at or above it for INCREASE, at or below it for DECREASE, within
 * {@link MAINTAIN_TOLERANCE} of the target for MAINTAIN — is ON_TRACK, anything else BEHIND.
 */
export function indicatorStanding(
  indicator: IndicatorTarget,
  values: readonly PeriodValue[],
): IndicatorStanding {
  const [latest] = measuredValues(values, 1);
  if (!latest) return { status: 'NO_DATA', latest: null, expected: null, progressPercent: null };
  const expected = targetPathAt(indicator, periodTime(latest.period));
  const value = Number(latest.value);
  const onTrack =
    indicator.direction === 'INCREASE'
      ? value >= expected
      : indicator.direction === 'DECREASE'
        ? value <= expected
        : Math.abs(value - Number(indicator.targetValue)) <=
          MAINTAIN_TOLERANCE * Math.abs(Number(indicator.targetValue));
  return {
    status: onTrack ? 'ON_TRACK' : 'BEHIND',
    latest,
    expected: Math.round(expected * 10000) / 10000,
    progressPercent: progressPercent(indicator, latest.value),
  };
}

/** The periods a value is due for up to and including `year`, from the baseline year (for reminders). */
export function duePeriods(baselineYear: number, year: number, frequency: ReportingFrequency): string[] {
  const periods: string[] = [];
  for (let y = baselineYear; y <= year; y++) {
    if (frequency === 'YEARLY') periods.push(String(y));
    else periods.push(`${y}-H1`, `${y}-H2`);
  }
  return periods;
}
