import { kronerFormatFor } from '@samarbeid/api/documents';
import Decimal from 'decimal.js';
import type { Worksheet } from 'exceljs';

import {
  address,
  addHeader,
  addNote,
  addTitle,
  finishSheet,
  newWorkbook,
  setFormula,
  setWidths,
  sheetAddress,
  styleSumRow,
  styleWrapped,
  sum,
  workbookBuffer,
} from './excel-format';
import {
  columnSum,
  PAYS_NOTE,
  period,
  rowSum,
  writeYears,
  YEAR_WIDTH,
  type YearAmount,
  yearValues,
} from './workbook-parts';

/** One municipality's economics across the measures it takes part in, as a workbook (see economics-workbook.ts). */

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

export const MUNICIPALITY_SHEETS = {
  overview: 'Tiltak',
  pays: 'Betaler',
  plannedGain: 'Planlagt gevinst',
  realisedGain: 'Realisert gevinst',
} as const;

export async function municipalityEconomicsWorkbook(data: MunicipalityEconomicsSheetData): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `${data.regionName} – ${data.municipality.number} ${data.municipality.name}`;
  const detail = [
    { sheet: MUNICIPALITY_SHEETS.pays, label: 'betaler', list: 'pays', missingIsZero: true, note: PAYS_NOTE },
    {
      sheet: MUNICIPALITY_SHEETS.plannedGain,
      label: 'planlagt gevinst',
      list: 'plannedGain',
      missingIsZero: true,
      note: 'Planlagte gevinster i kroner for kommunen.',
    },
    {
      sheet: MUNICIPALITY_SHEETS.realisedGain,
      label: 'realisert gevinst',
      list: 'realisedGain',
      missingIsZero: false,
      note: 'Realiserte gevinster i kroner for kommunen. Tomme celler: ingenting registrert.',
    },
  ] as const;
  const overview = workbook.addWorksheet(MUNICIPALITY_SHEETS.overview);
  const totals = detail.map((sheet) =>
    addMunicipalityYearSheet(
      workbook.addWorksheet(sheet.sheet),
      `${title}: ${sheet.label}${period(data.years)}`,
      sheet.note,
      data,
      (measure) => measure[sheet.list],
      sheet.missingIsZero,
    ),
  );
  addMunicipalityOverview(overview, `${title}: økonomi per tiltak${period(data.years)}`, data, totals);
  return workbookBuffer(workbook);
}

const MEASURE_FIRST_ROW = 4;

/**
 * Tiltak | Tittel | one column per year | Sum, one row per measure, then a sum row. Returns each measure's sum
 * (in measure order; undefined where nothing is recorded) for the overview.
 */
function addMunicipalityYearSheet(
  sheet: Worksheet,
  title: string,
  note: string,
  data: MunicipalityEconomicsSheetData,
  list: (measure: MunicipalityEconomicsSheetData['measures'][number]) => readonly YearAmount[],
  missingIsZero: boolean,
): (Decimal | undefined)[] {
  const yearColumn = 3;
  const sumColumn = yearColumn + data.years.length;
  const headers = ['Tiltak', 'Tittel', ...data.years.map(String), 'Sum'];
  setWidths(sheet, [9, 40, ...data.years.map(() => YEAR_WIDTH), 16]);
  addTitle(sheet, title, headers.length);
  addNote(sheet, 2, note, headers.length);
  const headerRow = MEASURE_FIRST_ROW - 1;
  addHeader(sheet, headerRow, headers, { numbersFrom: yearColumn });

  const rows = data.measures.map((measure) => {
    const values = yearValues(list(measure), data.years);
    return missingIsZero ? values.map((value) => value ?? new Decimal(0)) : values;
  });
  const format = kronerFormatFor(rows.flat().filter((value): value is Decimal => value !== undefined));
  const measureTotals = data.measures.map((measure, index) => {
    const row = MEASURE_FIRST_ROW + index;
    sheet.getCell(row, 1).value = measure.code;
    sheet.getCell(row, 2).value = measure.title;
    styleWrapped(sheet.getCell(row, 2));
    return writeYears(sheet, row, yearColumn, rows[index], format, true);
  });
  if (data.measures.length > 0 && data.years.length > 0) {
    const lastRow = MEASURE_FIRST_ROW + data.measures.length - 1;
    const totalRow = lastRow + 1;
    sheet.getCell(totalRow, 1).value = 'Sum';
    const yearTotals = data.years.map((_, yearIndex) =>
      rows.map((values) => values[yearIndex]).filter((value): value is Decimal => value !== undefined),
    );
    yearTotals.forEach((recorded, yearIndex) => {
      if (recorded.length === 0) return;
      const column = yearColumn + yearIndex;
      setFormula(
        sheet.getCell(totalRow, column),
        columnSum(column, MEASURE_FIRST_ROW, lastRow),
        sum(recorded),
        format,
      );
    });
    if (yearTotals.some((recorded) => recorded.length > 0)) {
      setFormula(
        sheet.getCell(totalRow, sumColumn),
        rowSum(totalRow, yearColumn, sumColumn - 1),
        sum(yearTotals.flat()),
        format,
      );
    }
    styleSumRow(sheet, totalRow, headers.length);
  }
  finishSheet(sheet, { headerRow, frozenColumns: 2, footer: title });
  return measureTotals;
}

/**
 * Tiltak | Tittel | Betaler | Planlagt gevinst | Realisert gevinst | Planlagt netto, each a reference to the
 * measure's sum on its year sheet (empty where nothing is recorded); net = planned gain − pays; then a sum row.
 */
function addMunicipalityOverview(
  sheet: Worksheet,
  title: string,
  data: MunicipalityEconomicsSheetData,
  totals: readonly (readonly (Decimal | undefined)[])[],
): void {
  const headers = ['Tiltak', 'Tittel', 'Betaler', 'Planlagt gevinst', 'Realisert gevinst', 'Planlagt netto'];
  setWidths(sheet, [9, 44, 16, 16, 16, 16]);
  addTitle(sheet, title, headers.length);
  addNote(
    sheet,
    2,
    `Summert over årene. ${PAYS_NOTE} Gevinster i kroner; tomme celler: ingenting registrert.`,
    headers.length,
  );
  const headerRow = MEASURE_FIRST_ROW - 1;
  addHeader(sheet, headerRow, headers, { numbersFrom: 3 });
  if (data.years.length === 0) {
    finishSheet(sheet, { headerRow, frozenColumns: 2, footer: title });
    return;
  }

  const yearSumColumn = 3 + data.years.length;
  const sources = [
    MUNICIPALITY_SHEETS.pays,
    MUNICIPALITY_SHEETS.plannedGain,
    MUNICIPALITY_SHEETS.realisedGain,
  ];
  const zero = new Decimal(0);
  const format = kronerFormatFor(totals.flat().filter((value): value is Decimal => value !== undefined));
  const netColumn = 6;
  const columnTotals: Decimal[][] = [[], [], [], []];
  data.measures.forEach((measure, index) => {
    const row = MEASURE_FIRST_ROW + index;
    sheet.getCell(row, 1).value = measure.code;
    sheet.getCell(row, 2).value = measure.title;
    styleWrapped(sheet.getCell(row, 2));
    sources.forEach((source, sourceIndex) => {
      const value = totals[sourceIndex][index];
      if (value === undefined) return;
      setFormula(
        sheet.getCell(row, 3 + sourceIndex),
        sheetAddress(source, row, yearSumColumn),
        value,
        format,
      );
      columnTotals[sourceIndex].push(value);
    });
    const net = (totals[1][index] ?? zero).minus(totals[0][index] ?? zero);
    setFormula(sheet.getCell(row, netColumn), `${address(row, 4)}-${address(row, 3)}`, net, format);
    columnTotals[3].push(net);
  });
  if (data.measures.length > 0) {
    const lastRow = MEASURE_FIRST_ROW + data.measures.length - 1;
    const totalRow = lastRow + 1;
    sheet.getCell(totalRow, 1).value = 'Sum';
    columnTotals.forEach((recorded, index) => {
      if (recorded.length === 0) return;
      const column = 3 + index;
      setFormula(
        sheet.getCell(totalRow, column),
        columnSum(column, MEASURE_FIRST_ROW, lastRow),
        sum(recorded),
        format,
      );
    });
    styleSumRow(sheet, totalRow, headers.length);
  }
  finishSheet(sheet, { headerRow, frozenColumns: 2, footer: title });
}
