import type { IndicatorTarget, ReportingFrequency } from '@samarbeid/shared/domain';
import { comparePeriods, duePeriods, indicatorStanding, indicatorTrend } from '@samarbeid/shared/domain';

import type { IndicatorSeries, IndicatorValue, KostraPoint } from '../dto/indicator.types';

export interface StoredValue extends IndicatorValue {
  readonly municipalityNumber: string | null;
}

export interface SeriesArea {
  readonly municipalityNumber: string | null;
  readonly name: string;
  readonly kostraGroup: { readonly code: string; readonly name: string } | null;
}

/**
 * One series per area (the region first, then each member): its values in time order and where it stands —
 * latest measured value, trend over the last three measured values, status against the straight path and
 * progress (the shared rules) — with the linked KOSTRA figure's group average for a municipality.
 */
export function buildSeries(
  indicator: IndicatorTarget,
  areas: readonly SeriesArea[],
  values: readonly StoredValue[],
  kostraByArea: ReadonlyMap<string, KostraPoint[]>,
): IndicatorSeries[] {
  return areas.map((area) => {
    const own = values
      .filter((value) => value.municipalityNumber === area.municipalityNumber)
      .sort((a, b) => comparePeriods(a.period, b.period));
    const periodValues = own.map((value) => ({ period: value.period, value: value.value }));
    const standing = indicatorStanding(indicator, periodValues);
    const latest = standing.latest
      ? (own.find((value) => value.period === standing.latest?.period) ?? null)
      : null;
    return {
      municipalityNumber: area.municipalityNumber,
      name: area.name,
      values: own.map(stripArea),
      latest: latest ? stripArea(latest) : null,
      trend: indicatorTrend(indicator.direction, periodValues),
      status: standing.status,
      expected: standing.expected,
      progressPercent: standing.progressPercent,
      kostraGroupCode: area.kostraGroup?.code ?? null,
      kostraGroupName: area.kostraGroup?.name ?? null,
      kostraGroupAverage: area.kostraGroup ? (kostraByArea.get(area.kostraGroup.code) ?? []) : [],
    };
  });
}

/** The value without its area (the series says the area). */
function stripArea(value: StoredValue): IndicatorValue {
  return {
    period: value.period,
    value: value.value,
    notMeasured: value.notMeasured,
    source: value.source,
    comment: value.comment,
    recordedByName: value.recordedByName,
    recordedAt: value.recordedAt,
  };
}

/**
 * The periods due from the baseline year up to `year` that have no value (measured or not) for the area: the region
 * (null), or the municipality whose own KPI set the indicator is in.
 */
export function missingPeriods(
  baselineYear: number,
  year: number,
  frequency: ReportingFrequency,
  values: readonly StoredValue[],
  municipalityNumber: string | null = null,
): string[] {
  const recorded = new Set(
    values.filter((value) => value.municipalityNumber === municipalityNumber).map((value) => value.period),
  );
  return duePeriods(baselineYear, year, frequency).filter((period) => !recorded.has(period));
}
