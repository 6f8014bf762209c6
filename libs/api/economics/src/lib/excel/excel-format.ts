import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';

/**
 * Shared layout for the economics workbooks: number formats, title and header rows, sums as formulas.
 * Amounts stay decimal.js values until the cell boundary, where they become the number Excel stores.
 */

/** Whole kroner. Excel shows the reader's thousands separator (a space in Norwegian Excel). */
export const MONEY_FORMAT = '#,##0 "kr"';
/** Kroner and øre, for amounts that are not whole kroner. */
export const MONEY_FORMAT_DECIMALS = '#,##0.00 "kr"';
export const NUMBER_FORMAT = '#,##0';
export const NUMBER_FORMAT_DECIMALS = '#,##0.00';
export const YEAR_FORMAT = '0';
export const DATE_FORMAT = 'dd.mm.yyyy';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF2' } } as const;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samarbeid';
  workbook.created = new Date();
  // Excel recalculates every formula on opening; the cached results are for readers that do not calculate.
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs types its result as its own ArrayBuffer-like `Buffer`; under Node it is a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

function formatFor(value: Decimal, money: boolean): string {
  if (money) return value.isInteger() ? MONEY_FORMAT : MONEY_FORMAT_DECIMALS;
  return value.isInteger() ? NUMBER_FORMAT : NUMBER_FORMAT_DECIMALS;
}

/** A numeric cell; the decimal becomes a JS number only here. */
export function setAmount(cell: Cell, value: Decimal, money = true): void {
  cell.value = value.toNumber();
  cell.numFmt = formatFor(value, money);
}

/** A formula cell with its exact result cached, so readers that do not recalculate still see the value. */
export function setFormula(cell: Cell, formula: string, result: Decimal, money = true): void {
  cell.value = { formula, result: result.toNumber() };
  cell.numFmt = formatFor(result, money);
}

/** Row 1: the title in bold. */
export function addTitle(sheet: Worksheet, title: string): void {
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
}

/** A bold, shaded header row. */
export function addHeader(sheet: Worksheet, row: number, headers: readonly string[]): void {
  const headerRow = sheet.getRow(row);
  headers.forEach((header, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** Rows above `headerRow` inclusive and the first `columns` columns stay in view when scrolling. */
export function freeze(sheet: Worksheet, headerRow: number, columns = 0): void {
  sheet.views = [
    { state: 'frozen', xSplit: columns, ySplit: headerRow, topLeftCell: address(headerRow + 1, columns + 1) },
  ];
}

export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

export function boldRow(sheet: Worksheet, row: number): void {
  sheet.getRow(row).font = { bold: true };
}
