import Decimal from 'decimal.js';
import type { Worksheet } from 'exceljs';

import { BENEFIT_UNIT_LABELS } from './benefit-plan';
import {
  address,
  addHeader,
  addTitle,
  amountsByYear,
  boldRow,
  columnLetter,
  freeze,
  newWorkbook,
  setAmount,
  setFormula,
  setWidths,
  sheetAddress,
  sum,
  workbookBuffer,
  YEAR_FORMAT,
} from './excel-format';

/**
 * Excel exports of a measure's economics (costs, cost shares, benefits) and of one municipality's economics across
 * the measures it takes part in. Every sum is a formula (`SUM`, `SUMIFS`) with its exact result (decimal.js)
 * cached in the cell. Columns are the given years only (amounts for other years are left out); a year missing
 * from a cost, share or planned list counts as 0, a year missing from a realised list is an empty cell (nothing
 * recorded yet); a year listed twice counts with its sum.
 */

/** `amount` is a decimal string in NOK, e.g. "12591000" or "1234.50". */
export interface YearAmount {
  readonly year: number;
  readonly amount: string;
}

export interface MeasureEconomicsSheetData {
  readonly regionName: string;
  readonly measure: { readonly code: string; readonly title: string };
  /** Ascending. */
  readonly years: readonly number[];
  readonly costs: readonly { readonly year: number; readonly oneOff: string; readonly running: string }[];
  /** E.g. "Fast andel 30 % likt, resten etter folketall 1.1.2025 (SSB)". */
  readonly keyDescription: string;
  readonly shares: readonly {
    readonly municipalityNumber: string;
    readonly municipalityName: string;
    readonly byYear: readonly YearAmount[];
    readonly explanation: string;
  }[];
  readonly benefits: readonly {
    readonly title: string;
    readonly typeLabel: string;
    /** "Kroner" marks a benefit in NOK (money format and the region total); other units are plain numbers. */
    readonly unitLabel: string;
    readonly planned: readonly YearAmount[];
    readonly realised: readonly YearAmount[];
  }[];
}

export interface MunicipalityEconomicsSheetData {
  readonly regionName: string;
  readonly municipality: { readonly number: string; readonly name: string };
  /** Ascending. */
  readonly years: readonly number[];
  readonly measures: readonly {
    readonly code: string;
    readonly title: string;
    readonly pays: readonly YearAmount[];
    readonly plannedGain: readonly YearAmount[];
    readonly realisedGain: readonly YearAmount[];
  }[];
}

export const MEASURE_SHEETS = { costs: 'Kostnader', shares: 'Fordeling', benefits: 'Gevinster' } as const;
export const MUNICIPALITY_SHEETS = {
  overview: 'Tiltak',
  pays: 'Betaler',
  plannedGain: 'Planlagt gevinst',
  realisedGain: 'Realisert gevinst',
} as const;

const PLANNED = 'Planlagt';
const REALISED = 'Realisert';
const ZERO = new Decimal(0);

function period(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? ` ${first}` : ` ${first}–${last}`;
}

/** `SUM(C4:F4)` over a non-empty run of cells in one row. */
function rowSum(row: number, firstColumn: number, lastColumn: number): string {
  return `SUM(${address(row, firstColumn)}:${address(row, lastColumn)})`;
}

/** `SUM(C4:C9)` over a non-empty run of cells in one column. */
function columnSum(column: number, firstRow: number, lastRow: number): string {
  return `SUM(${address(firstRow, column)}:${address(lastRow, column)})`;
}

/**
 * The bold row under `firstRow`…`lastRow`: "Sum" in the first column, then from `firstColumn` on each column's sum
 * as a formula, with its total cached.
 */
function addSumRow(
  sheet: Worksheet,
  firstRow: number,
  lastRow: number,
  firstColumn: number,
  totals: readonly Decimal[],
): void {
  const totalRow = lastRow + 1;
  sheet.getCell(totalRow, 1).value = 'Sum';
  totals.forEach((total, index) => {
    const column = firstColumn + index;
    setFormula(sheet.getCell(totalRow, column), columnSum(column, firstRow, lastRow), total);
  });
  boldRow(sheet, totalRow);
}

export async function measureEconomicsWorkbook(data: MeasureEconomicsSheetData): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `${data.regionName} – ${data.measure.code} ${data.measure.title}`;
  addCostsSheet(workbook.addWorksheet(MEASURE_SHEETS.costs), title, data);
  addSharesSheet(workbook.addWorksheet(MEASURE_SHEETS.shares), title, data);
  addBenefitsSheet(workbook.addWorksheet(MEASURE_SHEETS.benefits), title, data);
  return workbookBuffer(workbook);
}

/** År | Engangskostnader | Løpende kostnader | Sum, one row per year, then a sum row. */
function addCostsSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  addTitle(sheet, `${title}: kostnader${period(data.years)}`);
  const headerRow = 2;
  addHeader(sheet, headerRow, ['År', 'Engangskostnader', 'Løpende kostnader', 'Sum']);
  setWidths(sheet, [10, 20, 20, 20]);
  freeze(sheet, headerRow);

  const oneOffByYear = amountsByYear(data.costs.map((cost) => ({ year: cost.year, amount: cost.oneOff })));
  const runningByYear = amountsByYear(data.costs.map((cost) => ({ year: cost.year, amount: cost.running })));
  const firstRow = headerRow + 1;
  const columnTotals = [ZERO, ZERO, ZERO];
  data.years.forEach((year, index) => {
    const row = firstRow + index;
    const oneOff = oneOffByYear.get(year) ?? ZERO;
    const running = runningByYear.get(year) ?? ZERO;
    const yearCell = sheet.getCell(row, 1);
    yearCell.value = year;
    yearCell.numFmt = YEAR_FORMAT;
    setAmount(sheet.getCell(row, 2), oneOff);
    setAmount(sheet.getCell(row, 3), running);
    setFormula(sheet.getCell(row, 4), rowSum(row, 2, 3), oneOff.plus(running));
    columnTotals[0] = columnTotals[0].plus(oneOff);
    columnTotals[1] = columnTotals[1].plus(running);
    columnTotals[2] = columnTotals[2].plus(oneOff).plus(running);
  });
  if (data.years.length === 0) return;

  addSumRow(sheet, firstRow, firstRow + data.years.length - 1, 2, columnTotals);
}

/** Kommunenummer | Kommune | one column per year | Sum | Forklaring, one row per municipality, then a sum row. */
function addSharesSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  addTitle(sheet, `${title}: fordeling av kostnader${period(data.years)}`);
  sheet.getCell(2, 1).value = `Fordelingsnøkkel: ${data.keyDescription}`;
  const headerRow = 3;
  const yearColumn = 3;
  const sumColumn = yearColumn + data.years.length;
  addHeader(sheet, headerRow, ['Kommunenummer', 'Kommune', ...data.years.map(String), 'Sum', 'Forklaring']);
  setWidths(sheet, [16, 22, ...data.years.map(() => 16), 18, 60]);
  freeze(sheet, headerRow, 2);

  const firstRow = headerRow + 1;
  const yearTotals = data.years.map(() => ZERO);
  data.shares.forEach((share, index) => {
    const row = firstRow + index;
    sheet.getCell(row, 1).value = share.municipalityNumber;
    sheet.getCell(row, 2).value = share.municipalityName;
    const byYear = amountsByYear(share.byYear);
    const amounts = data.years.map((year) => byYear.get(year) ?? ZERO);
    amounts.forEach((amount, yearIndex) => {
      setAmount(sheet.getCell(row, yearColumn + yearIndex), amount);
      yearTotals[yearIndex] = yearTotals[yearIndex].plus(amount);
    });
    if (data.years.length > 0) {
      setFormula(sheet.getCell(row, sumColumn), rowSum(row, yearColumn, sumColumn - 1), sum(amounts));
    }
    const explanation = sheet.getCell(row, sumColumn + 1);
    explanation.value = share.explanation;
    explanation.alignment = { wrapText: true, vertical: 'top' };
  });
  if (data.shares.length === 0 || data.years.length === 0) return;

  addSumRow(sheet, firstRow, firstRow + data.shares.length - 1, yearColumn, [...yearTotals, sum(yearTotals)]);
}

function isMoney(unitLabel: string): boolean {
  return ['kroner', 'kr', 'nok'].includes(unitLabel.trim().toLocaleLowerCase('nb'));
}

/**
 * Gevinst | Gevinsttype | Måleenhet | Verdi | one column per year | Sum, a planned and a realised row per benefit,
 * then the region's benefits in kroner summed (`SUMIFS` over the NOK rows), planned and realised.
 */
function addBenefitsSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  addTitle(sheet, `${title}: gevinster${period(data.years)}`);
  const headerRow = 2;
  const yearColumn = 5;
  const sumColumn = yearColumn + data.years.length;
  addHeader(sheet, headerRow, [
    'Gevinst',
    'Gevinsttype',
    'Måleenhet',
    'Verdi',
    ...data.years.map(String),
    'Sum',
  ]);
  setWidths(sheet, [40, 24, 14, 12, ...data.years.map(() => 16), 18]);
  freeze(sheet, headerRow, 1);

  const firstRow = headerRow + 1;
  const moneyTotals = {
    [PLANNED]: data.years.map(() => ZERO),
    [REALISED]: data.years.map(() => ZERO),
  };
  let row = firstRow;
  for (const benefit of data.benefits) {
    const money = isMoney(benefit.unitLabel);
    const lines = [
      { kind: PLANNED, byYear: amountsByYear(benefit.planned), missingIsZero: true },
      { kind: REALISED, byYear: amountsByYear(benefit.realised), missingIsZero: false },
    ] as const;
    for (const line of lines) {
      sheet.getCell(row, 1).value = benefit.title;
      sheet.getCell(row, 2).value = benefit.typeLabel;
      sheet.getCell(row, 3).value = benefit.unitLabel;
      sheet.getCell(row, 4).value = line.kind;
      const amounts: Decimal[] = [];
      data.years.forEach((year, yearIndex) => {
        const amount = line.byYear.get(year) ?? (line.missingIsZero ? ZERO : undefined);
        if (amount === undefined) return;
        setAmount(sheet.getCell(row, yearColumn + yearIndex), amount, money);
        amounts.push(amount);
        if (money) moneyTotals[line.kind][yearIndex] = moneyTotals[line.kind][yearIndex].plus(amount);
      });
      if (data.years.length > 0) {
        setFormula(
          sheet.getCell(row, sumColumn),
          rowSum(row, yearColumn, sumColumn - 1),
          sum(amounts),
          money,
        );
      }
      row += 1;
    }
  }
  if (data.benefits.length === 0 || data.years.length === 0) return;

  const lastRow = row - 1;
  const range = (column: number, absolute: boolean): string => {
    const letter = absolute ? `$${columnLetter(column)}$` : columnLetter(column);
    return `${letter}${firstRow}:${letter}${lastRow}`;
  };
  const totalRows = [
    { kind: PLANNED, row: lastRow + 2, label: 'Sum gevinster i kroner, planlagt' },
    { kind: REALISED, row: lastRow + 3, label: 'Sum gevinster i kroner, realisert' },
  ] as const;
  for (const total of totalRows) {
    sheet.getCell(total.row, 1).value = total.label;
    const totals = moneyTotals[total.kind];
    totals.forEach((amount, yearIndex) => {
      const column = yearColumn + yearIndex;
      const formula =
        `SUMIFS(${range(column, false)},${range(3, true)},"${BENEFIT_UNIT_LABELS.NOK}",` +
        `${range(4, true)},"${total.kind}")`;
      setFormula(sheet.getCell(total.row, column), formula, amount);
    });
    setFormula(
      sheet.getCell(total.row, sumColumn),
      rowSum(total.row, yearColumn, sumColumn - 1),
      sum(totals),
    );
    boldRow(sheet, total.row);
  }
}

export async function municipalityEconomicsWorkbook(data: MunicipalityEconomicsSheetData): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `${data.regionName} – ${data.municipality.number} ${data.municipality.name}`;
  const detail = [
    { sheet: MUNICIPALITY_SHEETS.pays, label: 'betaler', list: 'pays', missingIsZero: true },
    {
      sheet: MUNICIPALITY_SHEETS.plannedGain,
      label: 'planlagt gevinst',
      list: 'plannedGain',
      missingIsZero: true,
    },
    {
      sheet: MUNICIPALITY_SHEETS.realisedGain,
      label: 'realisert gevinst',
      list: 'realisedGain',
      missingIsZero: false,
    },
  ] as const;
  const overview = workbook.addWorksheet(MUNICIPALITY_SHEETS.overview);
  const totals = detail.map((sheet) =>
    addMunicipalityYearSheet(
      workbook.addWorksheet(sheet.sheet),
      `${title}: ${sheet.label}${period(data.years)}`,
      data,
      (measure) => measure[sheet.list],
      sheet.missingIsZero,
    ),
  );
  addMunicipalityOverview(overview, `${title}: økonomi per tiltak${period(data.years)}`, data, totals);
  return workbookBuffer(workbook);
}

const MEASURE_FIRST_ROW = 3;

/**
 * Tiltak | Tittel | one column per year | Sum, one row per measure, then a sum row. Returns each measure's sum
 * (in measure order) for the overview.
 */
function addMunicipalityYearSheet(
  sheet: Worksheet,
  title: string,
  data: MunicipalityEconomicsSheetData,
  list: (measure: MunicipalityEconomicsSheetData['measures'][number]) => readonly YearAmount[],
  missingIsZero: boolean,
): Decimal[] {
  addTitle(sheet, title);
  const headerRow = MEASURE_FIRST_ROW - 1;
  const yearColumn = 3;
  const sumColumn = yearColumn + data.years.length;
  addHeader(sheet, headerRow, ['Tiltak', 'Tittel', ...data.years.map(String), 'Sum']);
  setWidths(sheet, [10, 44, ...data.years.map(() => 16), 18]);
  freeze(sheet, headerRow, 2);

  const yearTotals = data.years.map(() => ZERO);
  const measureTotals = data.measures.map((measure, index) => {
    const row = MEASURE_FIRST_ROW + index;
    sheet.getCell(row, 1).value = measure.code;
    sheet.getCell(row, 2).value = measure.title;
    const byYear = amountsByYear(list(measure));
    const amounts: Decimal[] = [];
    data.years.forEach((year, yearIndex) => {
      const amount = byYear.get(year) ?? (missingIsZero ? ZERO : undefined);
      if (amount === undefined) return;
      setAmount(sheet.getCell(row, yearColumn + yearIndex), amount);
      amounts.push(amount);
      yearTotals[yearIndex] = yearTotals[yearIndex].plus(amount);
    });
    const total = sum(amounts);
    if (data.years.length > 0)
      setFormula(sheet.getCell(row, sumColumn), rowSum(row, yearColumn, sumColumn - 1), total);
    return total;
  });
  if (data.measures.length === 0 || data.years.length === 0) return measureTotals;

  const lastRow = MEASURE_FIRST_ROW + data.measures.length - 1;
  addSumRow(sheet, MEASURE_FIRST_ROW, lastRow, yearColumn, [...yearTotals, sum(yearTotals)]);
  return measureTotals;
}

/**
 * Tiltak | Tittel | Betaler | Planlagt gevinst | Realisert gevinst | Planlagt netto, each a reference to the
 * measure's sum on its year sheet; net = planned gain − pays; then a sum row.
 */
function addMunicipalityOverview(
  sheet: Worksheet,
  title: string,
  data: MunicipalityEconomicsSheetData,
  totals: readonly (readonly Decimal[])[],
): void {
  addTitle(sheet, title);
  const headerRow = MEASURE_FIRST_ROW - 1;
  addHeader(sheet, headerRow, [
    'Tiltak',
    'Tittel',
    'Betaler',
    'Planlagt gevinst',
    'Realisert gevinst',
    'Planlagt netto',
  ]);
  setWidths(sheet, [10, 44, 18, 18, 18, 18]);
  freeze(sheet, headerRow, 2);
  if (data.years.length === 0) return;

  const yearSumColumn = 3 + data.years.length;
  const sources = [
    MUNICIPALITY_SHEETS.pays,
    MUNICIPALITY_SHEETS.plannedGain,
    MUNICIPALITY_SHEETS.realisedGain,
  ];
  const netColumn = 6;
  const columnTotals = [ZERO, ZERO, ZERO, ZERO];
  data.measures.forEach((measure, index) => {
    const row = MEASURE_FIRST_ROW + index;
    sheet.getCell(row, 1).value = measure.code;
    sheet.getCell(row, 2).value = measure.title;
    sources.forEach((source, sourceIndex) => {
      const value = totals[sourceIndex][index];
      setFormula(sheet.getCell(row, 3 + sourceIndex), sheetAddress(source, row, yearSumColumn), value);
      columnTotals[sourceIndex] = columnTotals[sourceIndex].plus(value);
    });
    const net = totals[1][index].minus(totals[0][index]);
    setFormula(sheet.getCell(row, netColumn), `${address(row, 4)}-${address(row, 3)}`, net);
    columnTotals[3] = columnTotals[3].plus(net);
  });
  if (data.measures.length === 0) return;

  addSumRow(sheet, MEASURE_FIRST_ROW, MEASURE_FIRST_ROW + data.measures.length - 1, 3, columnTotals);
}
