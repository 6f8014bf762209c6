/** Files and fixtures for the benefit-plan template and parser tests. Test-only (excluded from the library build). */
import { expect } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';

import {
  BENEFIT_PLAN_COLUMNS,
  type BenefitImportContext,
  type ParsedBenefit,
  type RowError,
} from '../benefit-plan-template';

export const context: BenefitImportContext = {
  firstYear: 2026,
  lastYear: 2029,
  participants: new Set(['3303', '3318', '3320', '0301']),
  knownMunicipalities: new Set(['3303', '3318', '3320', '3334', '0301']),
};

export async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A file as a person might fill it in: `rows` from row 2, one value per template column. */
export async function planFile(
  rows: readonly (readonly CellValue[])[],
  options: { header?: readonly string[]; sheetName?: string; extraSheet?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Gevinstplan');
  sheet.addRow([...(options.header ?? BENEFIT_PLAN_COLUMNS)]);
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      sheet.getCell(index + 2, column + 1).value = value;
    });
  });
  if (options.extraSheet) workbook.addWorksheet(options.extraSheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type Row = Partial<Record<(typeof BENEFIT_PLAN_COLUMNS)[number], CellValue>>;

/** One row by header name; the rest empty. */
export function row(values: Row): CellValue[] {
  return BENEFIT_PLAN_COLUMNS.map((header) => values[header] ?? null);
}

export const licences: Row = {
  Gevinst: 'Lisenser',
  Gevinsttype: 'Effektiviseringsgevinst',
  Måleenhet: 'Kroner',
  Gevinsteier: 'IKT-leder',
};

/** Errors as [row, column, Norwegian reason]; each also has an English sentence. */
export function summary(errors: readonly RowError[]): [number, string, string][] {
  for (const error of errors) {
    expect(error.reason.en).toMatch(/\w/);
    expect(error.reason.en).not.toBe(error.reason.nb);
  }
  return errors.map((error) => [error.row, error.column, error.reason.nb]);
}

export const examples: ParsedBenefit[] = [
  {
    title: 'Reduserte lisenskostnader',
    type: 'EFFICIENCY',
    unitKind: 'NOK',
    fteCostNok: null,
    indicator: 'Lisenskostnader per år',
    unit: 'kroner',
    baselineValue: '1250000',
    baselineDate: '2025-01-01',
    owner: 'IKT-leder',
    change: 'Felles avtale for saksbehandlingssystem',
    plan: [
      { year: 2026, municipalityNumber: null, planned: '150000' },
      { year: 2027, municipalityNumber: null, planned: '300000.5' },
    ],
  },
  {
    title: 'Frigjort saksbehandlertid',
    type: 'OTHER_ACTORS',
    unitKind: 'FTE',
    fteCostNok: '850000',
    indicator: null,
    unit: null,
    baselineValue: null,
    baselineDate: null,
    owner: 'Kommunalsjef teknisk',
    change: '',
    plan: [
      { year: 2027, municipalityNumber: '3303', planned: '0.5' },
      { year: 2027, municipalityNumber: '3318', planned: '0.25' },
      { year: 2028, municipalityNumber: '0301', planned: '1' },
    ],
  },
  {
    title: 'Kortere saksbehandlingstid',
    type: 'QUALITY',
    unitKind: 'QUALITATIVE',
    fteCostNok: null,
    indicator: 'Saksbehandlingstid byggesak',
    unit: 'dager',
    baselineValue: '42.5',
    baselineDate: '2024-09-30',
    owner: 'Byggesaksleder',
    change: 'Felles fagteam\nfor byggesak',
    plan: [{ year: 2029, municipalityNumber: null, planned: '21' }],
  },
];
