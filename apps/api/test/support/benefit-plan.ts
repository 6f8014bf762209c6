/** Benefit-plan spreadsheets as a person fills in the import template: rows by column header, read by the API. */
import ExcelJS from 'exceljs';

export const IMPORT_BENEFIT_PLAN = `mutation($input: ImportBenefitPlanInput!) {
  importBenefitPlan(input: $input) { created updated plannedValues } }`;

/** The template's columns, in order, as its header row names them. */
export const BENEFIT_PLAN_HEADERS = [
  'Gevinst',
  'Gevinsttype',
  'Måleenhet',
  'Kostnad per årsverk',
  'Indikator',
  'Enhet',
  'Nullpunkt',
  'Nullpunktsdato',
  'Gevinsteier',
  'Endring',
  'Kommunenummer',
  'År',
  'Planlagt verdi',
] as const;

export type PlanCell = string | number | null;

/** One row by column header; a column left out stays empty. `Kommentar` is a column the import ignores. */
export type PlanRow = Partial<Record<(typeof BENEFIT_PLAN_HEADERS)[number] | 'Kommentar', PlanCell>>;

/** A kroner efficiency benefit with its owner: the columns most plans fill in the same way. */
export function kronerBenefit(title: string, owner: string, change = ''): PlanRow {
  return {
    Gevinst: title,
    Gevinsttype: 'Effektiviseringsgevinst',
    Måleenhet: 'Kroner',
    Gevinsteier: owner,
    Endring: change,
  };
}

/**
 * An .xlsx file with the sheet "Gevinstplan": the header row, then `rows`. `withComments` adds the ignored column
 * "Kommentar" after the template's columns.
 */
export async function benefitPlanFile(rows: readonly PlanRow[], withComments = false): Promise<Buffer> {
  const headers: readonly (keyof PlanRow)[] = withComments
    ? [...BENEFIT_PLAN_HEADERS, 'Kommentar']
    : BENEFIT_PLAN_HEADERS;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Gevinstplan');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same file as the import mutation takes it: base64. */
export async function benefitPlanBase64(rows: readonly PlanRow[]): Promise<string> {
  return (await benefitPlanFile(rows)).toString('base64');
}
