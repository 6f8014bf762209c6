import type { IndicatorOverviewFieldsFragment } from '@samarbeid/web/graphql';
import {
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
  type IndicatorTarget,
  periodTime,
  targetPathAt,
} from '@samarbeid/shared/domain';

export type IndicatorView = IndicatorOverviewFieldsFragment;
export type SeriesView = IndicatorView['series'][number];

/** The area code of the region as a whole in the board's selector (municipalities are their numbers). */
export const REGION = 'REGION';

/** A number as Norwegian or English shows it: "38,5" / "38.5", thousands grouped. */
export function formatNumber(value: string | number, language: 'nb' | 'en'): string {
  const number = typeof value === 'number' ? value : Number(value);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 4 }).format(
    number,
  );
}

/** The indicator's baseline, target and direction as the shared rules take them. */
export function indicatorTarget(indicator: IndicatorView): IndicatorTarget {
  const direction = (INDICATOR_DIRECTIONS as readonly string[]).includes(indicator.direction)
    ? (indicator.direction as IndicatorDirection)
    : 'MAINTAIN';
  return { ...indicator, direction };
}

export interface ChartPoint {
  readonly t: number;
  readonly value: number;
  readonly label: string;
}

/** What a chart of one series draws: measured values, the straight target path, the KOSTRA group average. */
export interface ChartData {
  readonly measured: readonly ChartPoint[];
  readonly path: readonly ChartPoint[];
  readonly kostra: readonly ChartPoint[];
  readonly minT: number;
  readonly maxT: number;
  readonly minValue: number;
  readonly maxValue: number;
}

export function chartData(indicator: IndicatorView, series: SeriesView): ChartData {
  const measured = series.values
    .filter((value) => value.value !== null)
    .map((value) => ({ t: periodTime(value.period), value: Number(value.value), label: value.period }));
  const kostra = series.kostraGroupAverage
    .filter((point) => point.value !== null)
    .map((point) => ({ t: point.year, value: Number(point.value), label: String(point.year) }));
  const times = [
    indicator.baselineYear,
    indicator.targetYear,
    ...measured.map((p) => p.t),
    ...kostra.map((p) => p.t),
  ];
  const minT = Math.min(...times);
  const maxT = Math.max(...times);
  const path = [
    { t: minT, value: targetPathAt(indicatorTarget(indicator), minT), label: String(minT) },
    ...(indicator.baselineYear > minT
      ? [
          {
            t: indicator.baselineYear,
            value: Number(indicator.baselineValue),
            label: String(indicator.baselineYear),
          },
        ]
      : []),
    { t: indicator.targetYear, value: Number(indicator.targetValue), label: String(indicator.targetYear) },
    ...(maxT > indicator.targetYear
      ? [{ t: maxT, value: Number(indicator.targetValue), label: String(maxT) }]
      : []),
  ];
  const values = [...measured, ...path, ...kostra].map((point) => point.value);
  return {
    measured,
    path,
    kostra,
    minT,
    maxT,
    minValue: Math.min(...values),
    maxValue: Math.max(...values),
  };
}
