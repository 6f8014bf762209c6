import type { BenefitUnitKind } from '@samarbeid/shared/domain';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { benefitStatus, multiplyAmounts, sumAmounts } from '@samarbeid/shared/domain/allocation';

import type { BenefitYear } from '../../dto/economics.types';

/**
 * Planned against realised per year, and the status by the region's thresholds (the shared `benefitStatus`): exact
 * decimals throughout, pure.
 */

/** What the figures need of a benefit: its unit, to turn FTE into kroner. */
export interface BenefitUnit {
  readonly id: string;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok: string | null;
}

export interface PlannedValue {
  readonly year: number;
  /** Null: the whole region. */
  readonly municipalityNumber: string | null;
  readonly planned: string;
}

export interface RecordedValue {
  readonly year: number;
  readonly municipalityNumber: string;
  readonly value: string;
}

/** Planned values and recorded actuals (newest first) by benefit id. */
export interface BenefitValues {
  readonly plan: ReadonlyMap<string, readonly PlannedValue[]>;
  readonly actuals: ReadonlyMap<string, readonly RecordedValue[]>;
}

/** The latest actual per (year, municipality), from actuals newest first: later records correct earlier ones. */
export function latestActuals<T extends RecordedValue>(actuals: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const actual of actuals) {
    const key = `${actual.year}|${actual.municipalityNumber}`;
    if (!latest.has(key)) latest.set(key, actual);
  }
  return [...latest.values()];
}

/** A value of the benefit in NOK: kroner as they are, FTE times the cost of one; qualitative benefits have none. */
export function inKroner(benefit: Omit<BenefitUnit, 'id'>, value: string): string | null {
  if (benefit.unitKind === 'NOK') return value;
  if (benefit.unitKind === 'FTE' && benefit.fteCostNok) return multiplyAmounts(value, benefit.fteCostNok);
  return null;
}

export interface YearsOptions {
  /** In NOK (FTE × cost per FTE) instead of the benefit's own unit. */
  readonly kroner?: boolean;
  /** Only this municipality's values (planned values for the whole region then count for nobody). */
  readonly municipalityNumber?: string;
}

/** Planned and realised per year for one benefit, in its own unit (or in NOK with `kroner`). */
export function benefitYears(
  benefit: BenefitUnit,
  values: BenefitValues,
  thresholds: BenefitThresholds,
  options: YearsOptions = {},
): BenefitYear[] {
  const convert = (value: string) => (options.kroner ? inKroner(benefit, value) : value);
  const only = options.municipalityNumber;
  const plan = (values.plan.get(benefit.id) ?? []).filter(
    (value) => only === undefined || value.municipalityNumber === only,
  );
  const actuals = latestActuals(values.actuals.get(benefit.id) ?? []).filter(
    (actual) => only === undefined || actual.municipalityNumber === only,
  );
  const years = [...new Set([...plan.map((v) => v.year), ...actuals.map((a) => a.year)])].sort(
    (a, b) => a - b,
  );
  return years.map((year) => {
    const planned = sumAmounts(plan.filter((v) => v.year === year).map((v) => convert(v.planned)));
    const recorded = actuals.filter((a) => a.year === year);
    const realised = recorded.length ? sumAmounts(recorded.map((a) => convert(a.value))) : null;
    return yearFigures(year, planned, realised, thresholds);
  });
}

/** Sums several benefits' years (in NOK) into one row per year; status computed on the sums. */
export function sumYears(rows: readonly BenefitYear[][], thresholds: BenefitThresholds): BenefitYear[] {
  const years = [...new Set(rows.flat().map((row) => row.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const same = rows.flat().filter((row) => row.year === year);
    const planned = sumAmounts(same.map((row) => row.planned));
    const recorded = same.filter((row) => row.realised !== null);
    const realised = recorded.length ? sumAmounts(recorded.map((row) => row.realised)) : null;
    return yearFigures(year, planned, realised, thresholds);
  });
}

function yearFigures(
  year: number,
  planned: string,
  realised: string | null,
  thresholds: BenefitThresholds,
): BenefitYear {
  const status = benefitStatus(planned, realised, thresholds);
  return { year, planned, realised, percent: status?.percent ?? null, status: status?.status ?? null };
}
