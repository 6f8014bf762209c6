import type ExcelJS from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';

import {
  BENEFIT_PLAN_COLUMN_SPECS,
  BENEFIT_PLAN_COLUMNS,
  BENEFIT_PLAN_GUIDE_SHEET,
  BENEFIT_PLAN_HEADERS,
  BENEFIT_PLAN_SHEET,
  BENEFIT_TYPE_LABELS,
  BENEFIT_UNIT_LABELS,
  benefitPlanColumnIndex,
  type BenefitPlanColumnKey,
  MAX_BENEFIT_PLAN_ROWS,
  type ParsedBenefit,
} from './benefit-plan';
import {
  addHeader,
  addNote,
  addTitle,
  DATE_FORMAT,
  decimal,
  finishSheet,
  newWorkbook,
  numberFormat,
  setWidths,
  styleBold,
  styleWrapped,
  workbookBuffer,
  YEAR_FORMAT,
} from './excel-format';

/**
 * The benefit-plan import template (sheet "Gevinstplan" with example rows and dropdowns, and a guide "Veiledning").
 * Its parser is in benefit-plan-parser.ts, the shared types and labels in benefit-plan.ts; this file is the public
 * face of all three.
 */

export * from './benefit-plan';
export { parseBenefitPlanWorkbook } from './benefit-plan-parser';

const TEMPLATE_ROWS = MAX_BENEFIT_PLAN_ROWS + 1;

/** The import template: header, the given benefits as example rows, dropdowns for type and unit, and a guide. */
export async function benefitPlanTemplate(example: readonly ParsedBenefit[] = []): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(BENEFIT_PLAN_SHEET);
  addHeader(sheet, 1, BENEFIT_PLAN_COLUMNS);
  setWidths(
    sheet,
    BENEFIT_PLAN_COLUMN_SPECS.map((column) => column.width),
  );
  sheet.getColumn(benefitPlanColumnIndex('municipalityNumber')).numFmt = '@';
  sheet.getColumn(benefitPlanColumnIndex('baselineDate')).numFmt = DATE_FORMAT;
  addDropdowns(sheet);

  let row = 2;
  for (const benefit of example) {
    const plan = benefit.plan.length > 0 ? benefit.plan : [null];
    for (const entry of plan) {
      writeExampleRow(sheet, row, benefit, entry);
      row += 1;
    }
  }
  finishSheet(sheet, { headerRow: 1, frozenColumns: 1, footer: BENEFIT_PLAN_SHEET });
  addGuide(workbook.addWorksheet(BENEFIT_PLAN_GUIDE_SHEET));
  return workbookBuffer(workbook);
}

/** exceljs 4.4 has `worksheet.dataValidations` (one rule for a whole range) but leaves it out of its types. */
type WithRangeValidations = Worksheet & {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
};

function addDropdowns(sheet: Worksheet): void {
  const lists = [
    { key: 'type', labels: Object.values(BENEFIT_TYPE_LABELS) },
    { key: 'unitKind', labels: Object.values(BENEFIT_UNIT_LABELS) },
  ] as const;
  for (const list of lists) {
    const letter = sheet.getColumn(benefitPlanColumnIndex(list.key)).letter;
    (sheet as WithRangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.labels.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: BENEFIT_PLAN_HEADERS[list.key],
      error: `Velg en verdi fra listen: ${list.labels.join(', ')}.`,
    });
  }
}

function setNumber(sheet: Worksheet, row: number, key: BenefitPlanColumnKey, value: string | null): void {
  if (value === null) return;
  const amount = decimal(value);
  const cell = sheet.getCell(row, benefitPlanColumnIndex(key));
  cell.value = amount.toNumber();
  cell.numFmt = numberFormat(amount.isInteger() ? 0 : 2);
}

function writeExampleRow(
  sheet: Worksheet,
  row: number,
  benefit: ParsedBenefit,
  entry: ParsedBenefit['plan'][number] | null,
): void {
  const cell = (key: BenefitPlanColumnKey): ExcelJS.Cell => sheet.getCell(row, benefitPlanColumnIndex(key));
  cell('title').value = benefit.title;
  cell('type').value = BENEFIT_TYPE_LABELS[benefit.type];
  cell('unitKind').value = BENEFIT_UNIT_LABELS[benefit.unitKind];
  setNumber(sheet, row, 'fteCostNok', benefit.fteCostNok);
  cell('indicator').value = benefit.indicator;
  cell('unit').value = benefit.unit;
  setNumber(sheet, row, 'baselineValue', benefit.baselineValue);
  if (benefit.baselineDate !== null) {
    const [year, month, day] = benefit.baselineDate.split('-').map(Number);
    cell('baselineDate').value = new Date(Date.UTC(year, month - 1, day));
  }
  cell('owner').value = benefit.owner;
  cell('change').value = benefit.change === '' ? null : benefit.change;
  for (const key of ['title', 'indicator', 'owner', 'change'] as const) styleWrapped(cell(key));
  if (entry === null) return;
  cell('municipalityNumber').value = entry.municipalityNumber;
  cell('year').value = entry.year;
  cell('year').numFmt = YEAR_FORMAT;
  setNumber(sheet, row, 'planned', entry.planned);
}

function addGuide(sheet: Worksheet): void {
  setWidths(sheet, [22, 28, 100]);
  addTitle(sheet, 'Slik fyller du ut gevinstplanen', 3);
  const intro = [
    `Fyll ut arket «${BENEFIT_PLAN_SHEET}» med én rad per planlagt verdi: én gevinst, ett år og eventuelt én kommune.`,
    'En gevinst med verdier for flere år (eller flere kommuner) får flere rader med samme navn i kolonnen Gevinst.',
    'Opplysningene om gevinsten (type, måleenhet, nullpunkt, gevinsteier osv.) hentes fra gevinstens første rad; ' +
      'de kan stå tomme på de neste radene, men må ellers være like.',
    'Ikke endre overskriftene i rad 1. Tomme rader hoppes over. Filen kan ha høyst ' +
      `${MAX_BENEFIT_PLAN_ROWS.toLocaleString('nb-NO')} rader.`,
    'Inneholder filen feil, lagres ingenting; du får en liste over hver celle som må rettes.',
  ];
  intro.forEach((text, index) => addNote(sheet, index + 2, text, 3));
  const headerRow = intro.length + 3;
  addHeader(sheet, headerRow, ['Kolonne', 'Påkrevd', 'Forklaring']);
  BENEFIT_PLAN_COLUMN_SPECS.forEach((column, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.getCell(1).value = column.header;
    styleBold(row.getCell(1));
    row.getCell(2).value = column.required;
    row.getCell(3).value = column.guide;
    for (const cell of [row.getCell(1), row.getCell(2), row.getCell(3)]) styleWrapped(cell);
  });
  finishSheet(sheet, { headerRow, footer: 'Veiledning til gevinstplanen' });
}
