import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { AllocationError, roundedSplitter, sumAmounts } from '@samarbeid/shared/domain/allocation';
import Decimal from 'decimal.js';

import type { BenefitUnit, BenefitValues } from '../../benefit/domain/benefit-years';
import { benefitYears } from '../../benefit/domain/benefit-years';
import type {
  AgreementCostYear,
  CostShareTable,
  MunicipalityEconomicsYear,
  SavingsGapYear,
  YearAmount,
} from '../../dto/economics.types';
import type { KeySpec, Population } from '../../cost/cost-shares';
import { allocationInput } from '../../cost/cost-shares';
import type { RequirementRow } from '../../savings/savings.repository';

/**
 * The figures across measures, pure and exact: what a municipality pays and gains per year, what each measure costs
 * and gains, and the savings gap (required against planned and realised).
 */

/** Amounts collected per year, summed exactly when read. */
export class YearSums {
  private readonly byYear = new Map<number, string[]>();

  /** Adds an amount to its year; null adds nothing (and does not make the year appear). */
  add(year: number, amount: string | null): void {
    if (amount === null) return;
    const amounts = this.byYear.get(year);
    if (amounts) amounts.push(amount);
    else this.byYear.set(year, [amount]);
  }

  /** One row per year with anything added, in year order. */
  amounts(): YearAmount[] {
    return [...this.byYear]
      .sort(([a], [b]) => a - b)
      .map(([year, amounts]) => ({ year, amount: sumAmounts(amounts) }));
  }
}

/** The amount of `year` in a list, or null. */
export const amountIn = (list: readonly YearAmount[], year: number): string | null =>
  list.find((row) => row.year === year)?.amount ?? null;

/** A measure's economic benefits (in NOK) planned and realised per year, optionally for one municipality only. */
export function gainsOf(
  benefits: readonly (BenefitUnit & { readonly measureId: string })[],
  values: BenefitValues,
  thresholds: BenefitThresholds,
  measureId: string,
  municipalityNumber?: string,
): { plannedGain: YearAmount[]; realisedGain: YearAmount[] } {
  const planned = new YearSums();
  const realised = new YearSums();
  const economic = benefits.filter((b) => b.measureId === measureId && b.unitKind !== 'QUALITATIVE');
  for (const benefit of economic) {
    for (const year of benefitYears(benefit, values, thresholds, { kroner: true, municipalityNumber })) {
      planned.add(year.year, year.planned);
      realised.add(year.year, year.realised);
    }
  }
  return { plannedGain: planned.amounts(), realisedGain: realised.amounts() };
}

/**
 * Each measure's planned and realised gains per year from the summed rows of `BenefitRepository.economicGains`
 * (in year order): the same figures `gainsOf` computes benefit by benefit, without a pass over every benefit per
 * measure. Measures without rows get empty lists.
 */
export function gainsByMeasure(
  rows: readonly { measureId: string; year: number; planned: string; realised: string | null }[],
): Map<string, { plannedGain: YearAmount[]; realisedGain: YearAmount[] }> {
  const result = new Map<string, { plannedGain: YearAmount[]; realisedGain: YearAmount[] }>();
  for (const row of rows) {
    let gains = result.get(row.measureId);
    if (!gains) {
      gains = { plannedGain: [], realisedGain: [] };
      result.set(row.measureId, gains);
    }
    gains.plannedGain.push({ year: row.year, amount: sumAmounts([row.planned]) });
    if (row.realised !== null)
      gains.realisedGain.push({ year: row.year, amount: sumAmounts([row.realised]) });
  }
  return result;
}

/** Rows grouped by a key, in their order (one pass). */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * What a municipality pays for a measure per year, from the measure's cost totals per year and its key: its share
 * of each year's total (the same allocation as the measure's share table, rounded shares only, no explanations),
 * and what it buys under the measure's service-purchase agreements. A key that cannot split (missing population,
 * no usage …) gives its sentence as `shareError` and no cost shares, as the share table does.
 */
export function municipalityPays(
  municipalityNumber: string,
  totals: readonly { year: number; amount: string }[],
  spec: KeySpec,
  participants: readonly { readonly number: string; readonly name: string }[],
  populations: ReadonlyMap<string, Population>,
  agreementCosts: readonly AgreementCostYear[],
): { pays: YearAmount[]; shareError: string | null } {
  const pays = new YearSums();
  let shareError: string | null = null;
  try {
    const input = allocationInput(spec, participants, populations);
    // The key's weights once for all the years (as the share table's allocate computes them for each year).
    const split = roundedSplitter(input.participants, input.key);
    const own: { year: number; amount: string | null }[] = [...totals]
      .sort((a, b) => a.year - b.year)
      .map(({ year, amount }) => ({
        year,
        amount: split(sumAmounts([amount])).get(municipalityNumber) ?? null,
      }));
    for (const { year, amount } of own) pays.add(year, amount);
  } catch (error) {
    if (!(error instanceof AllocationError)) throw error;
    shareError = error.nb;
  }
  for (const cost of agreementCosts) {
    pays.add(
      cost.year,
      cost.shares.find((share) => share.municipalityNumber === municipalityNumber)?.amount ?? null,
    );
  }
  return { pays: pays.amounts(), shareError };
}

/**
 * What a municipality earns from a measure per year: its share of the measure's income by the measure's key (the
 * same allocation as its costs), and what the buyers pay under the measure's service purchases it sells.
 */
export function municipalityEarns(
  municipalityNumber: string,
  income: readonly { year: number; amount: string }[],
  spec: KeySpec,
  participants: readonly { readonly number: string; readonly name: string }[],
  populations: ReadonlyMap<string, Population>,
  agreementCosts: readonly AgreementCostYear[],
  sellers: ReadonlyMap<string, readonly string[]>,
): YearAmount[] {
  const earns = new YearSums();
  const shares = participants.some((participant) => participant.number === municipalityNumber)
    ? municipalityPays(municipalityNumber, income, spec, participants, populations, []).pays
    : [];
  for (const share of shares) earns.add(share.year, share.amount);
  for (const cost of agreementCosts) {
    if (sellers.get(cost.agreementId)?.includes(municipalityNumber)) earns.add(cost.year, cost.total);
  }
  return earns.amounts();
}

/**
 * What a municipality pays for a measure per year: its share of the measure's costs by the measure's key, and what
 * it buys under the measure's service-purchase agreements, split by their own terms.
 */
export function paysFor(
  municipalityNumber: string,
  shares: CostShareTable,
  agreementCosts: readonly AgreementCostYear[],
): YearAmount[] {
  const pays = new YearSums();
  const own = (list: readonly { municipalityNumber: string; amount: string }[]) =>
    list.find((share) => share.municipalityNumber === municipalityNumber)?.amount ?? null;
  for (const year of shares.years) pays.add(year.year, own(year.shares));
  for (const cost of agreementCosts) pays.add(cost.year, own(cost.shares));
  return pays.amounts();
}

/** What a measure costs per year: its cost lines and the agreements in force for it. */
export function costsOf(
  costLines: readonly { year: number; amount: string }[],
  agreementCosts: readonly AgreementCostYear[],
): YearAmount[] {
  const costs = new YearSums();
  for (const cost of costLines) costs.add(cost.year, cost.amount);
  for (const cost of agreementCosts) costs.add(cost.year, cost.total);
  return costs.amounts();
}

interface MunicipalityMeasureFigures {
  readonly pays: readonly YearAmount[];
  readonly earns: readonly YearAmount[];
  readonly plannedGain: readonly YearAmount[];
  readonly realisedGain: readonly YearAmount[];
}

/**
 * A municipality's year rows: every year with a payment, a gain or a requirement of its own. A measure counts in a
 * year when it pays or plans a gain then; realised is null until something is realised in the year.
 */
export function municipalityYears(
  measures: readonly MunicipalityMeasureFigures[],
  requirements: readonly RequirementRow[],
): MunicipalityEconomicsYear[] {
  const years = [
    ...new Set([
      ...measures.flatMap((m) =>
        [...m.pays, ...m.earns, ...m.plannedGain, ...m.realisedGain].map((y) => y.year),
      ),
      ...requirements.map((r) => r.year),
    ]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const active = measures.filter((m) =>
      [amountIn(m.pays, year), amountIn(m.earns, year), amountIn(m.plannedGain, year)].some(
        (a) => a !== null,
      ),
    );
    const realised = measures.map((m) => amountIn(m.realisedGain, year)).filter((a) => a !== null);
    const required = requirements.find((r) => r.year === year);
    return {
      year,
      measureCount: active.length,
      pays: sumAmounts(measures.map((m) => amountIn(m.pays, year))),
      earns: sumAmounts(measures.map((m) => amountIn(m.earns, year))),
      plannedGain: sumAmounts(measures.map((m) => amountIn(m.plannedGain, year))),
      realisedGain: realised.length ? sumAmounts(realised) : null,
      required: required ? sumAmounts([required.amount]) : null,
    };
  });
}

/**
 * The region's savings gap per year (every year with a requirement or a gain): required is the region's own
 * requirement when it has set one for the year, else the sum of its municipalities'; the gaps are planned and
 * realised minus required (negative: still to be found).
 */
export function savingsGapYears(
  requirements: readonly RequirementRow[],
  measures: readonly Omit<MunicipalityMeasureFigures, 'pays' | 'earns'>[],
): SavingsGapYear[] {
  const years = [
    ...new Set([
      ...requirements.map((r) => r.year),
      ...measures.flatMap((m) => [...m.plannedGain, ...m.realisedGain].map((y) => y.year)),
    ]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const regionWide = requirements.find((r) => r.year === year && r.municipalityNumber === null);
    const required = regionWide
      ? sumAmounts([regionWide.amount])
      : sumAmounts(requirements.filter((r) => r.year === year).map((r) => r.amount));
    const planned = sumAmounts(measures.map((m) => amountIn(m.plannedGain, year)));
    const realised = sumAmounts(measures.map((m) => amountIn(m.realisedGain, year)));
    return {
      year,
      required,
      planned,
      realised,
      plannedGap: new Decimal(planned).minus(required).toFixed(),
      realisedGap: new Decimal(realised).minus(required).toFixed(),
    };
  });
}
