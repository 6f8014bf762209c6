import { EXCEL_FORMATS, excelNumberFormat } from '@samarbeid/api/documents';
import Decimal from 'decimal.js';
import type { Cell } from 'exceljs';

/**
 * Cell helpers for the economics workbooks: addresses, sums as formulas with their exact results cached, amounts
 * that stay decimal.js values until the cell. Fonts, header rows, number formats and the page come from the shared
 * document style (`@samarbeid/api/documents`).
 */

export {
  addHeader,
  addNote,
  addTitle,
  finishSheet,
  newWorkbook,
  setWidths,
  styleBold,
  styleSumRow,
  styleWrapped,
  workbookBuffer,
} from '@samarbeid/api/documents';

export const YEAR_FORMAT = EXCEL_FORMATS.year;
export const DATE_FORMAT = EXCEL_FORMATS.date;

/** Column letter(s) for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A worksheet reference usable in a formula on another sheet: `'Planlagt gevinst'!F3`. */
export function sheetAddress(sheetName: string, row: number, column: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address(row, column)}`;
}

/** Parses a decimal string (e.g. "12591000", "1234.50"); a malformed amount is a programming error upstream. */
export function decimal(amount: string): Decimal {
  return new Decimal(amount);
}

/** Amount per year; a year listed twice counts with its sum. */
export function amountsByYear(
  list: readonly { readonly year: number; readonly amount: string }[],
): Map<number, Decimal> {
  const byYear = new Map<number, Decimal>();
  for (const entry of list) {
    byYear.set(entry.year, (byYear.get(entry.year) ?? new Decimal(0)).plus(decimal(entry.amount)));
  }
  return byYear;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}

/** A plain number with `decimals` decimals (Norwegian separators). */
export function numberFormat(decimals: number): string {
  return excelNumberFormat(decimals);
}

/** A numeric cell in the given format; the decimal becomes a JS number only here. */
export function setAmount(cell: Cell, value: Decimal, format: string): void {
  cell.value = value.toNumber();
  cell.numFmt = format;
}

/** A formula cell with its exact result cached, so readers that do not recalculate still see the value. */
export function setFormula(cell: Cell, formula: string, result: Decimal, format: string): void {
  cell.value = { formula, result: result.toNumber() };
  cell.numFmt = format;
}
