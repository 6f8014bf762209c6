import {
  BenefitActualEntity,
  BenefitEntity,
  BenefitPlanValueEntity,
  RegionEconomicsEntity,
} from '@samarbeid/api/data-access';
import { DEFAULT_BENEFIT_THRESHOLDS } from '@samarbeid/shared/domain';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { benefitStatus, multiplyAmounts, sumAmounts } from '@samarbeid/shared/domain/allocation';
import { EntityManager, In } from 'typeorm';

import type { BenefitYear } from '../dto/economics.types';

/** Benefits of some measures with their planned values, every actual, and the latest actual per year and place. */
export interface BenefitFigures {
  readonly benefits: readonly BenefitEntity[];
  readonly plan: ReadonlyMap<string, readonly BenefitPlanValueEntity[]>;
  /** Every recorded actual, newest first. */
  readonly actuals: ReadonlyMap<string, readonly BenefitActualEntity[]>;
  readonly goalTitles: ReadonlyMap<string, string>;
}

/** Three queries for any number of measures. */
export async function loadBenefitFigures(
  manager: EntityManager,
  measureIds: readonly string[],
): Promise<BenefitFigures> {
  if (measureIds.length === 0)
    return { benefits: [], plan: new Map(), actuals: new Map(), goalTitles: new Map() };
  const benefits = await manager.find(BenefitEntity, {
    where: { measureId: In([...measureIds]) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const ids = benefits.map((benefit) => benefit.id);
  const goalIds = [...new Set(benefits.flatMap((benefit) => (benefit.goalId ? [benefit.goalId] : [])))];
  const [plan, actuals, goals] = await Promise.all([
    ids.length
      ? manager.find(BenefitPlanValueEntity, {
          where: { benefitId: In(ids) },
          order: { year: 'ASC', municipalityNumber: 'ASC' },
        })
      : [],
    ids.length
      ? manager.find(BenefitActualEntity, {
          where: { benefitId: In(ids) },
          order: { recordedAt: 'DESC', id: 'DESC' },
        })
      : [],
    goalIds.length
      ? (manager.query('SELECT id, title FROM strategy_goal WHERE id = ANY($1::uuid[])', [
          goalIds,
        ]) as Promise<{ id: string; title: string }[]>)
      : [],
  ]);
  return {
    benefits,
    plan: groupBy(plan, (value) => value.benefitId),
    actuals: groupBy(actuals, (actual) => actual.benefitId),
    goalTitles: new Map(goals.map((goal) => [goal.id, goal.title])),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The latest actual per (year, municipality): later records correct earlier ones. */
export function latestActuals(actuals: readonly BenefitActualEntity[]): BenefitActualEntity[] {
  const latest = new Map<string, BenefitActualEntity>();
  for (const actual of actuals) {
    const key = `${actual.year}|${actual.municipalityNumber}`;
    if (!latest.has(key)) latest.set(key, actual);
  }
  return [...latest.values()];
}

/** A value of the benefit in NOK: kroner as they are, FTE times the cost of one; qualitative benefits have none. */
export function inKroner(benefit: BenefitEntity, value: string): string | null {
  if (benefit.unitKind === 'NOK') return value;
  if (benefit.unitKind === 'FTE' && benefit.fteCostNok) return multiplyAmounts(value, benefit.fteCostNok);
  return null;
}

export interface Filter {
  /** Only this municipality's values (planned values for the whole region then count for nobody). */
  readonly municipalityNumber?: string;
}

/** Planned and realised per year for one benefit, in its own unit (or in NOK with `kroner`). */
export function benefitYears(
  benefit: BenefitEntity,
  figures: BenefitFigures,
  thresholds: BenefitThresholds,
  options: { kroner?: boolean } & Filter = {},
): BenefitYear[] {
  const convert = (value: string) => (options.kroner ? inKroner(benefit, value) : value);
  const only = options.municipalityNumber;
  const plan = (figures.plan.get(benefit.id) ?? []).filter(
    (value) => only === undefined || value.municipalityNumber === only,
  );
  const actuals = latestActuals(figures.actuals.get(benefit.id) ?? []).filter(
    (actual) => only === undefined || actual.municipalityNumber === only,
  );
  const years = [...new Set([...plan.map((v) => v.year), ...actuals.map((a) => a.year)])].sort(
    (a, b) => a - b,
  );
  return years.map((year) => {
    const planned = sumAmounts(plan.filter((v) => v.year === year).map((v) => convert(v.planned)));
    const recorded = actuals.filter((a) => a.year === year);
    const realised = recorded.length ? sumAmounts(recorded.map((a) => convert(a.value))) : null;
    const status = benefitStatus(planned, realised, thresholds);
    return { year, planned, realised, percent: status?.percent ?? null, status: status?.status ?? null };
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
    const status = benefitStatus(planned, realised, thresholds);
    return { year, planned, realised, percent: status?.percent ?? null, status: status?.status ?? null };
  });
}

export async function loadThresholds(manager: EntityManager, regionId: string): Promise<BenefitThresholds> {
  const row = await manager.findOneBy(RegionEconomicsEntity, { regionId });
  return row
    ? {
        greenFromPercent: trimZeros(row.greenFromPercent),
        yellowFromPercent: trimZeros(row.yellowFromPercent),
      }
    : { ...DEFAULT_BENEFIT_THRESHOLDS };
}

/** "90.00" → "90", "72.50" → "72.5". */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
