import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import Decimal from 'decimal.js';

import { costYearTwice } from '../../economics.errors';
import { assertYearInPeriod, type MeasureContext } from '../../measure-context';

/** A year's income and actual cost as the client sends them (CostYearInput); null: none. */
export interface CostYearDraft {
  readonly year: number;
  readonly income?: string | null;
  readonly incomeSource?: string | null;
  readonly actual?: string | null;
  readonly actualNote?: string | null;
}

/** A year's income and actual cost as stored. */
export interface CostYearRow {
  readonly year: number;
  readonly income: string | null;
  readonly incomeSource: string;
  readonly actual: string | null;
  readonly actualNote: string;
}

/**
 * The year figures to store in place of a measure's: every year within the measure's period and given once (refused
 * otherwise, the first problem in the order given); a year with neither income nor actual cost nor words is none.
 */
export function costYearsToSave(measure: MeasureContext, years: readonly CostYearDraft[]): CostYearRow[] {
  const seen = new Set<number>();
  for (const figure of years) {
    assertYearInPeriod(measure, figure.year);
    if (seen.has(figure.year)) throw costYearTwice(figure.year);
    seen.add(figure.year);
  }
  return years
    .map((figure) => ({
      year: figure.year,
      income: figure.income ?? null,
      incomeSource: figure.incomeSource?.trim() ?? '',
      actual: figure.actual ?? null,
      actualNote: figure.actualNote?.trim() ?? '',
    }))
    .filter((row) => row.income !== null || row.actual !== null || row.incomeSource || row.actualNote)
    .sort((a, b) => a.year - b.year);
}

/** A year of the plan against what happened: planned costs, income, net, actual cost and its deviation. */
export interface CostYearSummary {
  readonly year: number;
  /** One-off and running costs planned. */
  readonly planned: string;
  readonly income: string;
  /** Planned costs less income: what the participants share in the end. */
  readonly net: string;
  readonly actual: string | null;
  /** Actual less planned (positive: more than planned); null until an actual cost is recorded. */
  readonly deviation: string | null;
}

/** Every year with a planned cost, income or actual cost, in order; exact decimals. */
export function costYearSummary(
  lines: readonly { readonly year: number; readonly amount: string }[],
  figures: readonly CostYearRow[],
): CostYearSummary[] {
  const years = [
    ...new Set([...lines.map((line) => line.year), ...figures.map((figure) => figure.year)]),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const planned = sumAmounts(lines.filter((line) => line.year === year).map((line) => line.amount));
    const figure = figures.find((candidate) => candidate.year === year);
    const income = sumAmounts([figure?.income ?? '0']);
    const actual =
      figure?.actual === null || figure?.actual === undefined ? null : sumAmounts([figure.actual]);
    return {
      year,
      planned,
      income,
      net: new Decimal(planned).minus(income).toFixed(),
      actual,
      deviation: actual === null ? null : new Decimal(actual).minus(planned).toFixed(),
    };
  });
}

/** The income as lines the cost key splits (one per year with income), so that income shares sum to the income. */
export function incomeLines(
  figures: readonly CostYearRow[],
): { year: number; kind: 'RUNNING'; amount: string }[] {
  return figures
    .filter((figure) => figure.income !== null && !new Decimal(figure.income).isZero())
    .map((figure) => ({
      year: figure.year,
      kind: 'RUNNING' as const,
      amount: sumAmounts([figure.income ?? '0']),
    }));
}
