import Decimal from 'decimal.js';
import type { Worksheet } from 'exceljs';

import { address, amountsByYear, columnLetter, setAmount, setFormula, sum } from './excel-format';

/** What the economics workbooks share: year columns, sums as formulas, what "Betaler" means. */

/** `amount` is a decimal string in NOK, e.g. "12591000" or "1234.50". */
export interface YearAmount {
  readonly year: number;
  readonly amount: string;
}

/** What "Betaler" means, on both workbooks. */
export const PAYS_NOTE =
  'Betaler: kommunens andel av tiltakets kostnader etter fordelingsnøkkelen, pluss det kommunen kjøper etter ' +
  'tjenestekjøpsavtaler knyttet til tiltaket.';

export const YEAR_WIDTH = 14;

export function period(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? ` ${first}` : ` ${first}–${last}`;
}

/** `SUM(C4:F4)` over a non-empty run of cells in one row. */
export function rowSum(row: number, firstColumn: number, lastColumn: number): string {
  return `SUM(${address(row, firstColumn)}:${address(row, lastColumn)})`;
}

/** `SUM(C4:C9)` over a non-empty run of cells in one column. */
export function columnSum(column: number, firstRow: number, lastRow: number): string {
  return `SUM(${address(firstRow, column)}:${address(lastRow, column)})`;
}

/** `$C$4:$C$9`, or `C4:C9`. */
export function range(column: number, firstRow: number, lastRow: number, absolute: boolean): string {
  const letter = absolute ? `$${columnLetter(column)}$` : columnLetter(column);
  return `${letter}${firstRow}:${letter}${lastRow}`;
}

/** The amounts of `list` for `years`, undefined where nothing is recorded. */
export function yearValues(list: readonly YearAmount[], years: readonly number[]): (Decimal | undefined)[] {
  const byYear = amountsByYear(list);
  return years.map((year) => byYear.get(year));
}

/** The amounts of `list` for `years`, 0 where nothing is recorded (costs and payments). */
export function yearAmounts(list: readonly YearAmount[], years: readonly number[]): Decimal[] {
  return yearValues(list, years).map((value) => value ?? new Decimal(0));
}

/**
 * One row of amounts from `firstColumn`, the recorded ones only, and their sum as a formula in the column after the
 * years when `withSum` and at least one is recorded. Returns the sum, or undefined when nothing is recorded.
 */
export function writeYears(
  sheet: Worksheet,
  row: number,
  firstColumn: number,
  values: readonly (Decimal | undefined)[],
  format: string,
  withSum: boolean,
): Decimal | undefined {
  const recorded: Decimal[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    setAmount(sheet.getCell(row, firstColumn + index), value, format);
    recorded.push(value);
  });
  if (recorded.length === 0) return undefined;
  const total = sum(recorded);
  if (withSum && values.length > 0) {
    const sumColumn = firstColumn + values.length;
    setFormula(sheet.getCell(row, sumColumn), rowSum(row, firstColumn, sumColumn - 1), total, format);
  }
  return total;
}
