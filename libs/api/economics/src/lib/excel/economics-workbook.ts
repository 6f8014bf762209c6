import { EXCEL_FORMATS, decimalsFor, excelNumberFormat, kronerFormatFor } from '@samarbeid/api/documents';
import type { BenefitUnitKind } from '@samarbeid/shared/domain';
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
  styleSumRow,
  styleWrapped,
  sum,
  workbookBuffer,
  YEAR_FORMAT,
} from './excel-format';
import {
  columnSum,
  PAYS_NOTE,
  period,
  range,
  rowSum,
  writeYears,
  YEAR_WIDTH,
  type YearAmount,
  yearAmounts,
  yearValues,
} from './workbook-parts';

export * from './municipality-workbook';
export { PAYS_NOTE, type YearAmount } from './workbook-parts';

/**
 * Excel exports of a measure's economics (costs, what each municipality pays by the key and under the measure's
 * service-purchase agreements, the explanations, benefits) and of one municipality's economics across the measures
 * it takes part in. Every figure comes from the same API reads as the pages, so a municipality's total for a
 * measure is the same in both workbooks and on both pages. Every sum is a formula (`SUM`, `SUMIFS`) with its exact
 * result (decimal.js) cached in the cell, and only where a sum means something: costs, payments and economic
 * benefits (kroner, full-time equivalents), never a qualitative benefit's targets. Nothing recorded is an empty
 * cell, not 0. Columns are the given years only.
 */

export const KEY_PART = 'Etter fordelingsnøkkel';
export const AGREEMENTS_PART = 'Tjenestekjøpsavtaler';
export const TOTAL_PART = 'Totalt';

export interface MeasureEconomicsSheetData {
  readonly regionName: string;
  readonly measure: { readonly code: string; readonly title: string };
  /** Ascending. */
  readonly years: readonly number[];
  readonly costs: readonly { readonly year: number; readonly oneOff: string; readonly running: string }[];
  /** What the service-purchase agreements in force for the measure cost per year, all buyers together. */
  readonly agreementCosts: readonly YearAmount[];
  /** E.g. "Fast andel likt, resten etter folketall: 30,00 % likt (folketall 1.1.2025, SSB)". */
  readonly keyDescription: string;
  /** Every municipality that pays, by the key or under an agreement. */
  readonly shares: readonly {
    readonly municipalityNumber: string;
    readonly municipalityName: string;
    /** Its share of the measure's costs by the key. */
    readonly byKey: readonly YearAmount[];
    /** What it pays under the measure's service-purchase agreements. */
    readonly byAgreements: readonly YearAmount[];
    readonly explanations: readonly { readonly year: number; readonly part: string; readonly text: string }[];
  }[];
  readonly benefits: readonly {
    readonly title: string;
    readonly typeLabel: string;
    readonly unitKind: BenefitUnitKind;
    /** "Kroner", "Årsverk", or a qualitative benefit's own unit ("%"). */
    readonly unitLabel: string;
    readonly planned: readonly YearAmount[];
    readonly realised: readonly YearAmount[];
  }[];
}

export const MEASURE_SHEETS = {
  costs: 'Kostnader',
  shares: 'Fordeling',
  explanations: 'Forklaring',
  benefits: 'Gevinster',
} as const;

const PLANNED = 'Planlagt';
const REALISED = 'Realisert';

export async function measureEconomicsWorkbook(data: MeasureEconomicsSheetData): Promise<Buffer> {
  const workbook = newWorkbook();
  const title = `${data.regionName} – ${data.measure.code} ${data.measure.title}`;
  addCostsSheet(workbook.addWorksheet(MEASURE_SHEETS.costs), title, data);
  addSharesSheet(workbook.addWorksheet(MEASURE_SHEETS.shares), title, data);
  addExplanationsSheet(workbook.addWorksheet(MEASURE_SHEETS.explanations), title, data);
  addBenefitsSheet(workbook.addWorksheet(MEASURE_SHEETS.benefits), title, data);
  return workbookBuffer(workbook);
}

/** År | Engangskostnader | Løpende kostnader | Tjenestekjøpsavtaler | Sum, one row per year, then a sum row. */
function addCostsSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  const headers = ['År', 'Engangskostnader', 'Løpende kostnader', AGREEMENTS_PART, 'Sum'];
  setWidths(sheet, [10, 20, 20, 22, 20]);
  const sheetTitle = `${title}: kostnader${period(data.years)}`;
  addTitle(sheet, sheetTitle, headers.length);
  const headerRow = 2;
  addHeader(sheet, headerRow, headers, { numbersFrom: 2 });

  const columns = [
    yearAmounts(
      data.costs.map((cost) => ({ year: cost.year, amount: cost.oneOff })),
      data.years,
    ),
    yearAmounts(
      data.costs.map((cost) => ({ year: cost.year, amount: cost.running })),
      data.years,
    ),
    yearAmounts(data.agreementCosts, data.years),
  ];
  const format = kronerFormatFor(columns.flat());
  const firstRow = headerRow + 1;
  data.years.forEach((year, index) => {
    const row = firstRow + index;
    const yearCell = sheet.getCell(row, 1);
    yearCell.value = year;
    yearCell.numFmt = YEAR_FORMAT;
    yearCell.alignment = { horizontal: 'left' };
    writeYears(
      sheet,
      row,
      2,
      columns.map((column) => column[index]),
      format,
      true,
    );
  });
  if (data.years.length > 0) {
    const lastRow = firstRow + data.years.length - 1;
    const totalRow = lastRow + 1;
    sheet.getCell(totalRow, 1).value = 'Sum';
    const totals = columns.map((column) => sum(column));
    [...totals, sum(totals)].forEach((total, index) => {
      setFormula(sheet.getCell(totalRow, 2 + index), columnSum(2 + index, firstRow, lastRow), total, format);
    });
    styleSumRow(sheet, totalRow, headers.length);
  }
  finishSheet(sheet, { headerRow, footer: sheetTitle });
}

/**
 * Kommunenr. | Kommune | Del | one column per year | Sum: per municipality its share by the key, and when the
 * measure has service-purchase agreements, what it pays under them and its total; then the sums of each part.
 */
function addSharesSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  const withAgreements = data.shares.some((share) => share.byAgreements.length > 0);
  const yearColumn = 4;
  const sumColumn = yearColumn + data.years.length;
  const headers = ['Kommunenr.', 'Kommune', 'Del', ...data.years.map(String), 'Sum'];
  setWidths(sheet, [12, 20, 24, ...data.years.map(() => YEAR_WIDTH), 16]);
  const sheetTitle = `${title}: hva kommunene betaler${period(data.years)}`;
  addTitle(sheet, sheetTitle, headers.length);
  addNote(
    sheet,
    2,
    `Fordelingsnøkkel: ${data.keyDescription}.` +
      (withAgreements
        ? ` ${AGREEMENTS_PART} knyttet til tiltaket fordeles etter avtalenes egne vilkår. ${PAYS_NOTE}`
        : '') +
      ` Utregningen for hver kommune og hvert år står i arket «${MEASURE_SHEETS.explanations}».`,
    headers.length,
  );
  const headerRow = 3;
  addHeader(sheet, headerRow, headers, { numbersFrom: yearColumn });

  const parts = data.shares.map((share) => {
    const byKey = yearAmounts(share.byKey, data.years);
    const byAgreements = yearAmounts(share.byAgreements, data.years);
    return { share, byKey, byAgreements, total: byKey.map((amount, i) => amount.plus(byAgreements[i])) };
  });
  const format = kronerFormatFor(parts.flatMap((part) => [...part.byKey, ...part.byAgreements]));
  const firstRow = headerRow + 1;
  let row = firstRow;
  for (const part of parts) {
    const lines = withAgreements
      ? [
          { label: KEY_PART, values: part.byKey },
          { label: AGREEMENTS_PART, values: part.byAgreements },
        ]
      : [{ label: KEY_PART, values: part.byKey }];
    const keyRow = row;
    for (const line of lines) {
      sheet.getCell(row, 1).value = part.share.municipalityNumber;
      sheet.getCell(row, 2).value = part.share.municipalityName;
      sheet.getCell(row, 3).value = line.label;
      writeYears(sheet, row, yearColumn, line.values, format, true);
      row += 1;
    }
    if (withAgreements) {
      sheet.getCell(row, 1).value = part.share.municipalityNumber;
      sheet.getCell(row, 2).value = part.share.municipalityName;
      sheet.getCell(row, 3).value = TOTAL_PART;
      part.total.forEach((total, index) => {
        const column = yearColumn + index;
        setFormula(
          sheet.getCell(row, column),
          `${address(keyRow, column)}+${address(keyRow + 1, column)}`,
          total,
          format,
        );
      });
      if (data.years.length > 0) {
        setFormula(
          sheet.getCell(row, sumColumn),
          rowSum(row, yearColumn, sumColumn - 1),
          sum(part.total),
          format,
        );
      }
      styleSumRow(sheet, row, headers.length);
      row += 1;
    }
  }
  if (data.shares.length > 0 && data.years.length > 0) {
    const lastRow = row - 1;
    const totals = withAgreements
      ? [
          { label: KEY_PART, pick: (part: (typeof parts)[number]) => part.byKey },
          { label: AGREEMENTS_PART, pick: (part: (typeof parts)[number]) => part.byAgreements },
          { label: TOTAL_PART, pick: (part: (typeof parts)[number]) => part.total },
        ]
      : [{ label: KEY_PART, pick: (part: (typeof parts)[number]) => part.byKey }];
    totals.forEach((total, index) => {
      const totalRow = lastRow + 1 + index;
      sheet.getCell(totalRow, 1).value = 'Sum';
      sheet.getCell(totalRow, 3).value = total.label;
      const yearTotals = data.years.map((_, yearIndex) =>
        sum(parts.map((part) => total.pick(part)[yearIndex])),
      );
      yearTotals.forEach((amount, yearIndex) => {
        const column = yearColumn + yearIndex;
        const formula = withAgreements
          ? `SUMIFS(${range(column, firstRow, lastRow, false)},${range(3, firstRow, lastRow, true)},"${total.label}")`
          : columnSum(column, firstRow, lastRow);
        setFormula(sheet.getCell(totalRow, column), formula, amount, format);
      });
      setFormula(
        sheet.getCell(totalRow, sumColumn),
        rowSum(totalRow, yearColumn, sumColumn - 1),
        sum(yearTotals),
        format,
      );
      styleSumRow(sheet, totalRow, headers.length);
    });
  }
  finishSheet(sheet, { headerRow, frozenColumns: 3, footer: sheetTitle });
}

/** Kommune | År | Del | Forklaring: how each municipality's share of each year was worked out. */
function addExplanationsSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  const headers = ['Kommune', 'År', 'Del', 'Forklaring'];
  setWidths(sheet, [20, 8, 22, 100]);
  const sheetTitle = `${title}: slik er andelene regnet ut${period(data.years)}`;
  addTitle(sheet, sheetTitle, headers.length);
  const headerRow = 2;
  addHeader(sheet, headerRow, headers);
  let row = headerRow + 1;
  for (const share of data.shares) {
    const explanations = [...share.explanations].sort((a, b) => a.year - b.year);
    for (const explanation of explanations) {
      sheet.getCell(row, 1).value = `${share.municipalityName} (${share.municipalityNumber})`;
      const yearCell = sheet.getCell(row, 2);
      yearCell.value = explanation.year;
      yearCell.numFmt = YEAR_FORMAT;
      sheet.getCell(row, 3).value = explanation.part;
      const text = sheet.getCell(row, 4);
      text.value = explanation.text;
      styleWrapped(text);
      for (let column = 1; column <= 3; column++) {
        sheet.getCell(row, column).alignment = { vertical: 'top', horizontal: 'left' };
      }
      row += 1;
    }
  }
  finishSheet(sheet, { headerRow, frozenColumns: 1, footer: sheetTitle });
}

const ECONOMIC_UNITS: readonly BenefitUnitKind[] = ['NOK', 'FTE'];

/**
 * Gevinst | Gevinsttype | Måleenhet | Verdi | one column per year | Sum, a planned and a realised row per benefit,
 * then the economic benefits summed by unit (`SUMIFS` over the kroner rows, and the full-time-equivalent rows),
 * planned and realised. A qualitative benefit's values are targets for an indicator: shown, never summed.
 */
function addBenefitsSheet(sheet: Worksheet, title: string, data: MeasureEconomicsSheetData): void {
  const yearColumn = 5;
  const sumColumn = yearColumn + data.years.length;
  const headers = ['Gevinst', 'Gevinsttype', 'Måleenhet', 'Verdi', ...data.years.map(String), 'Sum'];
  setWidths(sheet, [42, 20, 12, 11, ...data.years.map(() => YEAR_WIDTH), 16]);
  const sheetTitle = `${title}: gevinster${period(data.years)}`;
  addTitle(sheet, sheetTitle, headers.length);
  const headerRow = 2;
  addHeader(sheet, headerRow, headers, { numbersFrom: yearColumn });

  const values = data.benefits.map((benefit) => ({
    benefit,
    planned: yearValues(benefit.planned, data.years),
    realised: yearValues(benefit.realised, data.years),
  }));
  const defined = (list: readonly (Decimal | undefined)[]): Decimal[] =>
    list.filter((value): value is Decimal => value !== undefined);
  const kronerFormat = kronerFormatFor(
    values
      .filter((entry) => entry.benefit.unitKind === 'NOK')
      .flatMap((entry) => [...defined(entry.planned), ...defined(entry.realised)]),
  );
  const formatOf = (entry: (typeof values)[number]): string => {
    if (entry.benefit.unitKind === 'NOK') return kronerFormat;
    if (entry.benefit.unitKind === 'FTE') return EXCEL_FORMATS.fte;
    return excelNumberFormat(decimalsFor([...defined(entry.planned), ...defined(entry.realised)]));
  };

  const firstRow = headerRow + 1;
  let row = firstRow;
  for (const entry of values) {
    const economic = ECONOMIC_UNITS.includes(entry.benefit.unitKind);
    for (const line of [
      { kind: PLANNED, values: entry.planned },
      { kind: REALISED, values: entry.realised },
    ]) {
      sheet.getCell(row, 1).value = entry.benefit.title;
      styleWrapped(sheet.getCell(row, 1));
      sheet.getCell(row, 2).value = entry.benefit.typeLabel;
      sheet.getCell(row, 3).value = entry.benefit.unitLabel;
      sheet.getCell(row, 4).value = line.kind;
      writeYears(sheet, row, yearColumn, line.values, formatOf(entry), economic);
      row += 1;
    }
  }
  if (data.benefits.length === 0 || data.years.length === 0) {
    finishSheet(sheet, { headerRow, frozenColumns: 1, footer: sheetTitle });
    return;
  }

  const lastRow = row - 1;
  let totalRow = lastRow + 2;
  const units = [
    { kind: 'NOK', label: 'kroner', unitLabel: 'Kroner', format: kronerFormat },
    { kind: 'FTE', label: 'årsverk', unitLabel: 'Årsverk', format: EXCEL_FORMATS.fte },
  ] as const;
  for (const unit of units) {
    const ofUnit = values.filter((entry) => entry.benefit.unitKind === unit.kind);
    if (ofUnit.length === 0) continue;
    for (const kind of [PLANNED, REALISED]) {
      sheet.getCell(totalRow, 1).value = `Sum gevinster i ${unit.label}, ${kind.toLocaleLowerCase('nb')}`;
      const yearTotals = data.years.map((_, yearIndex) => {
        const recorded = defined(
          ofUnit.map((entry) => (kind === PLANNED ? entry.planned : entry.realised)[yearIndex]),
        );
        return recorded.length === 0 ? undefined : sum(recorded);
      });
      yearTotals.forEach((total, yearIndex) => {
        if (total === undefined) return;
        const column = yearColumn + yearIndex;
        const formula =
          `SUMIFS(${range(column, firstRow, lastRow, false)},${range(3, firstRow, lastRow, true)},` +
          `"${unit.unitLabel}",${range(4, firstRow, lastRow, true)},"${kind}")`;
        setFormula(sheet.getCell(totalRow, column), formula, total, unit.format);
      });
      const recorded = defined(yearTotals);
      if (recorded.length > 0) {
        setFormula(
          sheet.getCell(totalRow, sumColumn),
          rowSum(totalRow, yearColumn, sumColumn - 1),
          sum(recorded),
          unit.format,
        );
      }
      styleSumRow(sheet, totalRow, headers.length);
      totalRow += 1;
    }
  }
  if (values.some((entry) => !ECONOMIC_UNITS.includes(entry.benefit.unitKind))) {
    addNote(
      sheet,
      totalRow + 1,
      'Kvalitative gevinster er mål for en indikator og summeres ikke. Tomme celler: ingenting registrert.',
      headers.length,
    );
  }
  finishSheet(sheet, { headerRow, frozenColumns: 1, footer: sheetTitle });
}
