import { describe, expect, it } from '@jest/globals';
import { EXCEL_FORMATS } from '@samarbeid/api/documents';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';

import {
  measureEconomicsWorkbook,
  type MeasureEconomicsSheetData,
  municipalityEconomicsWorkbook,
  type MunicipalityEconomicsSheetData,
} from './economics-workbook';
import { columnLetter } from './excel-format';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The values of a row from column A, formulas as their cached results (exceljs leaves out a cached 0). */
function rowValues(sheet: Worksheet, row: number): CellValue[] {
  const values = sheet.getRow(row).values as CellValue[];
  return Array.from({ length: values.length - 1 }, (_, index) => {
    const value = values[index + 1] ?? null;
    return value !== null && typeof value === 'object' && 'formula' in value ? (value.result ?? 0) : value;
  });
}

function formula(sheet: Worksheet, ref: string): { formula: string; result: unknown; numFmt: string } {
  const cell = sheet.getCell(ref);
  return { formula: cell.formula, result: cell.result, numFmt: cell.numFmt };
}

const KR = EXCEL_FORMATS.kroner;
const KR_ORE = EXCEL_FORMATS.kronerAndOre;

const measure: MeasureEconomicsSheetData = {
  regionName: 'Kongsbergregionen',
  measure: { code: 'T7', title: 'Felles byggesaksbehandling' },
  years: [2026, 2027, 2028],
  costs: [
    { year: 2026, oneOff: '500000', running: '100000' },
    { year: 2027, oneOff: '0', running: '120000' },
  ],
  agreementCosts: [
    { year: 2026, amount: '1380000' },
    { year: 2027, amount: '1380000' },
  ],
  keyDescription: 'Fast andel likt, resten etter folketall: 30,00 % likt (folketall 1.1.2025, SSB)',
  shares: [
    {
      municipalityNumber: '3303',
      municipalityName: 'Kongsberg',
      byKey: [
        { year: 2026, amount: '400000' },
        { year: 2027, amount: '80000' },
      ],
      byAgreements: [],
      explanations: [{ year: 2026, part: 'Etter fordelingsnøkkel', text: '30 % likt + 28 848 / 40 000' }],
    },
    {
      municipalityNumber: '3334',
      municipalityName: 'Flesberg',
      byKey: [
        { year: 2026, amount: '200000' },
        { year: 2027, amount: '40000' },
      ],
      byAgreements: [
        { year: 2026, amount: '1380000' },
        { year: 2027, amount: '1380000' },
      ],
      explanations: [
        { year: 2027, part: 'Tjenestekjøpsavtaler', text: 'Avtalen «Byggesak»: 1 380 000 kr per år × 12/12' },
        { year: 2026, part: 'Etter fordelingsnøkkel', text: '30 % likt\n+ 2 781 / 40 000 innbyggere' },
      ],
    },
  ],
  benefits: [
    {
      title: 'Reduserte lisenskostnader',
      typeLabel: 'Effektiviseringsgevinst',
      unitKind: 'NOK',
      unitLabel: 'Kroner',
      planned: [
        { year: 2027, amount: '150000' },
        { year: 2028, amount: '300000' },
      ],
      realised: [{ year: 2027, amount: '120000' }],
    },
    {
      title: 'Frigjort saksbehandlertid',
      typeLabel: 'Effektiviseringsgevinst',
      unitKind: 'FTE',
      unitLabel: 'Årsverk',
      planned: [
        { year: 2027, amount: '0.5' },
        { year: 2028, amount: '1' },
      ],
      realised: [],
    },
    {
      title: 'Fornøyde søkere',
      typeLabel: 'Kvalitetsgevinst',
      unitKind: 'QUALITATIVE',
      unitLabel: '%',
      planned: [
        { year: 2026, amount: '85' },
        { year: 2027, amount: '88' },
        { year: 2028, amount: '91' },
      ],
      realised: [{ year: 2026, amount: '86.5' }],
    },
  ],
};

describe('measureEconomicsWorkbook', () => {
  it('has the four sheets, titled, ready to print', async () => {
    const workbook = await load(await measureEconomicsWorkbook(measure));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kostnader',
      'Fordeling',
      'Forklaring',
      'Gevinster',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').text).toContain('Kongsbergregionen – T7 Felles byggesaksbehandling');
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
      expect(sheet.pageSetup.fitToHeight).toBe(0);
      expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
      // Every cell carries the house font, bold ones included.
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.font?.name).toBe('Arial');
        }),
      );
    }
  });

  it('lists costs per year: one-off, running and the agreements, with sums as formulas', async () => {
    const costs = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Kostnader');
    expect(rowValues(costs, 2)).toEqual([
      'År',
      'Engangskostnader',
      'Løpende kostnader',
      'Tjenestekjøpsavtaler',
      'Sum',
    ]);
    expect(rowValues(costs, 3)).toEqual([2026, 500000, 100000, 1380000, 1980000]);
    expect(rowValues(costs, 5)).toEqual([2028, 0, 0, 0, 0]);
    expect(formula(costs, 'E6')).toEqual({ formula: 'SUM(E3:E5)', result: 3480000, numFmt: KR });
    expect(costs.getCell('B3').numFmt).toBe('[$-414]#,##0 "kr"');
  });

  it('shows each municipality’s share by the key, under the agreements and its total, each labelled', async () => {
    const shares = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Fordeling');
    expect(shares.getCell('A2').text).toContain('30,00 % likt');
    expect(rowValues(shares, 3)).toEqual(['Kommunenr.', 'Kommune', 'Del', '2026', '2027', '2028', 'Sum']);
    expect(rowValues(shares, 7)).toEqual([
      '3334',
      'Flesberg',
      'Etter fordelingsnøkkel',
      200000,
      40000,
      0,
      240000,
    ]);
    expect(rowValues(shares, 8)).toEqual([
      '3334',
      'Flesberg',
      'Tjenestekjøpsavtaler',
      1380000,
      1380000,
      0,
      2760000,
    ]);
    expect(rowValues(shares, 9)).toEqual(['3334', 'Flesberg', 'Totalt', 1580000, 1420000, 0, 3000000]);
    expect(formula(shares, 'D9').formula).toBe('D7+D8');
    expect(rowValues(shares, 10)).toEqual(['Sum', null, 'Etter fordelingsnøkkel', 600000, 120000, 0, 720000]);
    expect(formula(shares, 'D12')).toEqual({
      formula: 'SUMIFS(D4:D9,$C$4:$C$9,"Totalt")',
      result: 1980000,
      numFmt: KR,
    });
  });

  it('explains every share on its own sheet, with rows high enough for the wrapped text', async () => {
    const sheet = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Forklaring');
    expect(rowValues(sheet, 2)).toEqual(['Kommune', 'År', 'Del', 'Forklaring']);
    expect(rowValues(sheet, 4)).toEqual([
      'Flesberg (3334)',
      2026,
      'Etter fordelingsnøkkel',
      '30 % likt\n+ 2 781 / 40 000 innbyggere',
    ]);
    expect(sheet.getRow(4).height).toBeGreaterThanOrEqual(2 * 12.75);
  });

  it('sums economic benefits only, leaves nothing recorded empty, with one format per unit', async () => {
    const benefits = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Gevinster');
    expect(rowValues(benefits, 3)).toEqual([
      'Reduserte lisenskostnader',
      'Effektiviseringsgevinst',
      'Kroner',
      'Planlagt',
      null,
      150000,
      300000,
      450000,
    ]);
    expect(rowValues(benefits, 4)).toEqual([
      'Reduserte lisenskostnader',
      'Effektiviseringsgevinst',
      'Kroner',
      'Realisert',
      null,
      120000,
      null,
      120000,
    ]);
    // Full-time equivalents: two decimals always; summed.
    expect(benefits.getCell('F5').numFmt).toBe(EXCEL_FORMATS.fte);
    expect(benefits.getCell('G5').numFmt).toBe(EXCEL_FORMATS.fte);
    expect(formula(benefits, 'H5').result).toBe(1.5);
    expect(rowValues(benefits, 6).slice(4)).toEqual([]); // nothing realised: no cells at all
    // A qualitative benefit's targets are never summed; its values share one decimal format.
    expect(rowValues(benefits, 7)).toEqual([
      'Fornøyde søkere',
      'Kvalitetsgevinst',
      '%',
      'Planlagt',
      85,
      88,
      91,
    ]);
    expect(benefits.getCell('E7').numFmt).toBe('[$-414]#,##0.0');
    expect(benefits.getCell('H7').value).toBeNull();
    expect(benefits.getCell('H8').value).toBeNull();
    expect(rowValues(benefits, 10)).toEqual([
      'Sum gevinster i kroner, planlagt',
      null,
      null,
      null,
      null,
      150000,
      300000,
      450000,
    ]);
    expect(formula(benefits, 'F10').formula).toBe('SUMIFS(F3:F8,$C$3:$C$8,"Kroner",$D$3:$D$8,"Planlagt")');
    expect(rowValues(benefits, 11)).toEqual([
      'Sum gevinster i kroner, realisert',
      null,
      null,
      null,
      null,
      120000,
      null,
      120000,
    ]);
    expect(rowValues(benefits, 12)[0]).toBe('Sum gevinster i årsverk, planlagt');
    expect(benefits.getCell('A15').value).toMatch(/Kvalitative gevinster .* summeres ikke/);
  });

  it('shows øre everywhere in a sheet once one amount has øre', async () => {
    const costs = sheetOf(
      await load(
        await measureEconomicsWorkbook({ ...measure, costs: [{ year: 2026, oneOff: '0.5', running: '0' }] }),
      ),
      'Kostnader',
    );
    expect(costs.getCell('B3').numFmt).toBe(KR_ORE);
    expect(costs.getCell('C3').numFmt).toBe(KR_ORE);
  });

  it('writes no sum rows when there is nothing to sum', async () => {
    const workbook = await load(
      await measureEconomicsWorkbook({
        ...measure,
        years: [],
        costs: [],
        agreementCosts: [],
        shares: [],
        benefits: [],
      }),
    );
    for (const sheet of workbook.worksheets) expect(sheet.rowCount).toBeLessThanOrEqual(3);
  });
});

const municipality: MunicipalityEconomicsSheetData = {
  regionName: 'Kongsbergregionen',
  municipality: { number: '3334', name: 'Flesberg' },
  years: [2026, 2027],
  measures: [
    {
      code: 'T7',
      title: 'Felles byggesaksbehandling',
      pays: [
        { year: 2026, amount: '1580000' },
        { year: 2027, amount: '1420000' },
      ],
      plannedGain: [{ year: 2027, amount: '50000' }],
      realisedGain: [],
    },
    {
      code: 'O2',
      title: 'Felles barnevern',
      pays: [{ year: 2027, amount: '100000' }],
      plannedGain: [],
      realisedGain: [{ year: 2027, amount: '2500' }],
    },
  ],
};

describe('municipalityEconomicsWorkbook', () => {
  it('has an overview and one sheet per figure, explaining what "Betaler" holds', async () => {
    const workbook = await load(await municipalityEconomicsWorkbook(municipality));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tiltak',
      'Betaler',
      'Planlagt gevinst',
      'Realisert gevinst',
    ]);
    expect(sheetOf(workbook, 'Betaler').getCell('A2').text).toMatch(
      /fordelingsnøkkelen.*tjenestekjøpsavtaler/,
    );
  });

  it('sums what the municipality pays per measure and year', async () => {
    const pays = sheetOf(await load(await municipalityEconomicsWorkbook(municipality)), 'Betaler');
    expect(rowValues(pays, 3)).toEqual(['Tiltak', 'Tittel', '2026', '2027', 'Sum']);
    expect(rowValues(pays, 4)).toEqual(['T7', 'Felles byggesaksbehandling', 1580000, 1420000, 3000000]);
    expect(rowValues(pays, 6)).toEqual(['Sum', null, 1580000, 1520000, 3100000]);
  });

  it('leaves unrecorded realised gains empty, in the overview too', async () => {
    const workbook = await load(await municipalityEconomicsWorkbook(municipality));
    const realised = sheetOf(workbook, 'Realisert gevinst');
    expect(rowValues(realised, 4)).toEqual(['T7', 'Felles byggesaksbehandling']);
    expect(rowValues(realised, 5)).toEqual(['O2', 'Felles barnevern', null, 2500, 2500]);
    const overview = sheetOf(workbook, 'Tiltak');
    expect(rowValues(overview, 4)).toEqual([
      'T7',
      'Felles byggesaksbehandling',
      3000000,
      50000,
      null,
      -2950000,
    ]);
    expect(formula(overview, 'C4').formula).toBe("'Betaler'!E4");
    expect(formula(overview, 'F4').formula).toBe('D4-C4');
  });
});

describe('columnLetter', () => {
  it('counts like Excel', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
