import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { parseAmount, type TranslationKey } from '@samarbeid/web/data-access';
import type { CostYearInput } from '@samarbeid/web/graphql';

import { type MeasureEconomics, plainAmount } from './economics-form';

/*
 * The income and actual costs per year, as the economics tab edits them: a cell per year and field, typed the
 * Norwegian way, turned into what `setMeasureCosts` takes as `years`.
 */

export const YEAR_FIELDS = ['income', 'incomeSource', 'actual', 'actualNote'] as const;
export type YearField = (typeof YEAR_FIELDS)[number];
export type YearCells = Readonly<Partial<Record<string, string>>>;

export const yearCell = (year: number, field: YearField): string => `${year}|${field}`;

const MAX_LENGTH: Readonly<Record<'incomeSource' | 'actualNote', number>> = {
  incomeSource: 200,
  actualNote: 500,
};

/** The saved figures as the inputs show them (amounts as a person types them). */
export function yearCellsOf(figures: MeasureEconomics['yearFigures']): YearCells {
  return Object.fromEntries(
    figures.flatMap((figure) => [
      [yearCell(figure.year, 'income'), figure.income === null ? '' : plainAmount(figure.income)],
      [yearCell(figure.year, 'incomeSource'), figure.incomeSource],
      [yearCell(figure.year, 'actual'), figure.actual === null ? '' : plainAmount(figure.actual)],
      [yearCell(figure.year, 'actualNote'), figure.actualNote],
    ]),
  );
}

/** An amount typed in a cell: null when empty (none), undefined when it is not an amount of kroner. */
function optionalAmount(text: string | undefined): string | null | undefined {
  if (!text?.trim()) return null;
  const parsed = parseAmount(text);
  return parsed === null || parsed.startsWith('-') ? undefined : parsed;
}

export interface YearsOutcome {
  readonly years: CostYearInput[];
  readonly errors: Readonly<Record<string, TranslationKey>>;
}

/** The years `setMeasureCosts` gets from the inputs (a year with nothing in it is left out), or each cell's problem. */
export function yearFiguresOf(cells: YearCells, years: readonly number[]): YearsOutcome {
  const result: CostYearInput[] = [];
  const errors: Record<string, TranslationKey> = {};
  for (const year of years) {
    const income = optionalAmount(cells[yearCell(year, 'income')]);
    const actual = optionalAmount(cells[yearCell(year, 'actual')]);
    if (income === undefined) errors[yearCell(year, 'income')] = 'economics.costs.invalidAmount';
    if (actual === undefined) errors[yearCell(year, 'actual')] = 'economics.costs.invalidAmount';
    const texts = { incomeSource: '', actualNote: '' };
    for (const field of ['incomeSource', 'actualNote'] as const) {
      texts[field] = cells[yearCell(year, field)]?.trim() ?? '';
      if (texts[field].length > MAX_LENGTH[field])
        errors[yearCell(year, field)] = 'economics.years.textTooLong';
    }
    if (income === undefined || actual === undefined) continue;
    if (income === null && actual === null && !texts.incomeSource && !texts.actualNote) continue;
    result.push({ year, income, actual, ...texts });
  }
  return { years: result, errors };
}

/** Whether the inputs say something else than what is saved (an amount written another way is the same). */
export function yearCellsChanged(
  cells: YearCells,
  years: readonly number[],
  saved: MeasureEconomics['yearFigures'],
): boolean {
  const before = yearCellsOf(saved);
  return years.some((year) =>
    YEAR_FIELDS.some((field) => {
      const cell = yearCell(year, field);
      const [typed, stored] = [cells[cell]?.trim() ?? '', before[cell]?.trim() ?? ''];
      if (field === 'income' || field === 'actual') {
        const [a, b] = [optionalAmount(typed), optionalAmount(stored)];
        if (a && b) return sumAmounts([a]) !== sumAmounts([b]);
      }
      return typed !== stored;
    }),
  );
}
