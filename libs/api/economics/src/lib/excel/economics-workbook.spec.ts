import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';

import {
  measureEconomicsWorkbook,
  type MeasureEconomicsSheetData,
  municipalityEconomicsWorkbook,
  type MunicipalityEconomicsSheetData,
} from './economics-workbook';
import {
  columnLetter,
  MONEY_FORMAT,
  MONEY_FORMAT_DECIMALS,
  NUMBER_FORMAT,
  NUMBER_FORMAT_DECIMALS,
} from './excel-format';

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

/** The values of a row from column A, as exceljs reads them back. */
function rowValues(sheet: Worksheet, row: number): CellValue[] {
  const values = sheet.getRow(row).values as CellValue[];
  return Array.from({ length: values.length - 1 }, (_, index) => values[index + 1] ?? null);
}

/** A numeric cell: its value and number format. */
function amount(sheet: Worksheet, ref: string): { value: CellValue; numFmt: string } {
  const cell = sheet.getCell(ref);
  return { value: cell.value, numFmt: cell.numFmt };
}

/** A sum cell: its formula, cached result and number format. */
function formula(sheet: Worksheet, ref: string): { formula: string; result: unknown; numFmt: string } {
  const cell = sheet.getCell(ref);
  return { formula: cell.formula, result: cell.result, numFmt: cell.numFmt };
}

const kr = (value: number): { value: number; numFmt: string } => ({
  value,
  numFmt: Number.isInteger(value) ? MONEY_FORMAT : MONEY_FORMAT_DECIMALS,
});
const sumKr = (text: string, result: number): { formula: string; result: number; numFmt: string } => ({
  formula: text,
  result,
  numFmt: Number.isInteger(result) ? MONEY_FORMAT : MONEY_FORMAT_DECIMALS,
});

const measure: MeasureEconomicsSheetData = {
  regionName: 'Kongsbergregionen',
  measure: { code: 'F1', title: 'Felles byggesaksbehandling' },
  years: [2026, 2027, 2028],
  costs: [
    { year: 2026, oneOff: '500000', running: '100000' },
    { year: 2027, oneOff: '0', running: '120000.50' },
  ],
  keyDescription: 'Fast andel 30 % likt, resten etter folketall 1.1.2025 (SSB)',
  shares: [
    {
      municipalityNumber: '3303',
      municipalityName: 'Kongsberg',
      byYear: [
        { year: 2026, amount: '400000' },
        { year: 2027, amount: '80000.33' },
      ],
      explanation: '30 % likt + 28 848 / 40 000 innbyggere',
    },
    {
      municipalityNumber: '3318',
      municipalityName: 'Flesberg',
      byYear: [
        { year: 2026, amount: '200000' },
        { year: 2027, amount: '40000.17' },
        { year: 2028, amount: '0' },
      ],
      explanation: '30 % likt + 2 781 / 40 000 innbyggere',
    },
  ],
  benefits: [
    {
      title: 'Reduserte lisenskostnader',
      typeLabel: 'Effektiviseringsgevinst',
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
      unitLabel: 'Årsverk',
      planned: [
        { year: 2027, amount: '0.5' },
        { year: 2028, amount: '1' },
      ],
      realised: [],
    },
    {
      title: 'Færre innleide konsulenter',
      typeLabel: 'Gevinst for andre aktører',
      unitLabel: 'Kroner',
      planned: [{ year: 2026, amount: '10000.5' }],
      realised: [
        { year: 2026, amount: '5000' },
        { year: 2028, amount: '2500' },
      ],
    },
  ],
};

describe('measureEconomicsWorkbook', () => {
  it('has the three sheets, with title rows', async () => {
    const workbook = await load(await measureEconomicsWorkbook(measure));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kostnader', 'Fordeling', 'Gevinster']);
    expect(sheetOf(workbook, 'Kostnader').getCell('A1').value).toBe(
      'Kongsbergregionen – F1 Felles byggesaksbehandling: kostnader 2026–2028',
    );
    expect(sheetOf(workbook, 'Fordeling').getCell('A2').value).toBe(
      'Fordelingsnøkkel: Fast andel 30 % likt, resten etter folketall 1.1.2025 (SSB)',
    );
  });

  it('lists costs per year with row and column sums as formulas', async () => {
    const sheet = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Kostnader');
    expect(rowValues(sheet, 2)).toEqual(['År', 'Engangskostnader', 'Løpende kostnader', 'Sum']);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(2).width).toBe(20);

    expect(rowValues(sheet, 3).slice(0, 3)).toEqual([2026, 500000, 100000]);
    // 2027: a non-integer amount gets øre; 2028 is not in the list and counts as 0.
    expect(amount(sheet, 'C4')).toEqual(kr(120000.5));
    expect(amount(sheet, 'B5')).toEqual(kr(0));
    expect(amount(sheet, 'C5')).toEqual(kr(0));

    // Rows: 500 000 + 100 000 = 600 000; 0 + 120 000,50 = 120 000,50; 0 + 0 = 0.
    expect(formula(sheet, 'D3')).toEqual(sumKr('SUM(B3:C3)', 600000));
    expect(formula(sheet, 'D4')).toEqual(sumKr('SUM(B4:C4)', 120000.5));
    expect(formula(sheet, 'D5')).toEqual(sumKr('SUM(B5:C5)', 0));
    // Columns: one-off 500 000; running 100 000 + 120 000,50 = 220 000,50; total 600 000 + 120 000,50 = 720 000,50.
    expect(sheet.getCell('A6').value).toBe('Sum');
    expect(formula(sheet, 'B6')).toEqual(sumKr('SUM(B3:B5)', 500000));
    expect(formula(sheet, 'C6')).toEqual(sumKr('SUM(C3:C5)', 220000.5));
    expect(formula(sheet, 'D6')).toEqual(sumKr('SUM(D3:D5)', 720000.5));
    expect(sheet.getCell('D6').font?.bold).toBe(true);
  });

  it('lists each municipality’s share per year with its explanation and sums', async () => {
    const sheet = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Fordeling');
    expect(rowValues(sheet, 3)).toEqual([
      'Kommunenummer',
      'Kommune',
      '2026',
      '2027',
      '2028',
      'Sum',
      'Forklaring',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 2 });
    expect(rowValues(sheet, 4).slice(0, 5)).toEqual(['3303', 'Kongsberg', 400000, 80000.33, 0]);
    expect(sheet.getCell('G4').value).toBe('30 % likt + 28 848 / 40 000 innbyggere');
    expect(amount(sheet, 'D5')).toEqual(kr(40000.17));

    // Kongsberg 400 000 + 80 000,33 + 0 = 480 000,33; Flesberg 200 000 + 40 000,17 + 0 = 240 000,17.
    expect(formula(sheet, 'F4')).toEqual(sumKr('SUM(C4:E4)', 480000.33));
    expect(formula(sheet, 'F5')).toEqual(sumKr('SUM(C5:E5)', 240000.17));
    // Per year: 600 000; 80 000,33 + 40 000,17 = 120 000,50; 0. All: 720 000,50, the same as the costs.
    expect(formula(sheet, 'C6')).toEqual(sumKr('SUM(C4:C5)', 600000));
    expect(formula(sheet, 'D6')).toEqual(sumKr('SUM(D4:D5)', 120000.5));
    expect(formula(sheet, 'E6')).toEqual(sumKr('SUM(E4:E5)', 0));
    expect(formula(sheet, 'F6')).toEqual(sumKr('SUM(F4:F5)', 720000.5));
  });

  it('lists planned and realised benefits, leaving unrecorded realised years empty', async () => {
    const sheet = sheetOf(await load(await measureEconomicsWorkbook(measure)), 'Gevinster');
    expect(rowValues(sheet, 2)).toEqual([
      'Gevinst',
      'Gevinsttype',
      'Måleenhet',
      'Verdi',
      '2026',
      '2027',
      '2028',
      'Sum',
    ]);
    expect(rowValues(sheet, 3).slice(0, 7)).toEqual([
      'Reduserte lisenskostnader',
      'Effektiviseringsgevinst',
      'Kroner',
      'Planlagt',
      0,
      150000,
      300000,
    ]);
    expect(sheet.getCell('D4').value).toBe('Realisert');
    expect(sheet.getCell('E4').value).toBeNull();
    expect(amount(sheet, 'F4')).toEqual(kr(120000));
    expect(sheet.getCell('G4').value).toBeNull();

    // Licences: planned 0 + 150 000 + 300 000 = 450 000; realised 120 000.
    expect(formula(sheet, 'H3')).toEqual(sumKr('SUM(E3:G3)', 450000));
    expect(formula(sheet, 'H4')).toEqual(sumKr('SUM(E4:G4)', 120000));
    // FTE are plain numbers: 0 + 0,5 + 1 = 1,5; nothing realised sums to 0.
    expect(amount(sheet, 'F5')).toEqual({ value: 0.5, numFmt: NUMBER_FORMAT_DECIMALS });
    expect(amount(sheet, 'G5')).toEqual({ value: 1, numFmt: NUMBER_FORMAT });
    expect(formula(sheet, 'H5')).toEqual({
      formula: 'SUM(E5:G5)',
      result: 1.5,
      numFmt: NUMBER_FORMAT_DECIMALS,
    });
    expect(formula(sheet, 'H6')).toEqual({ formula: 'SUM(E6:G6)', result: 0, numFmt: NUMBER_FORMAT });
    // Consultants: planned 10 000,50; realised 5 000 + 2 500 = 7 500.
    expect(formula(sheet, 'H7')).toEqual(sumKr('SUM(E7:G7)', 10000.5));
    expect(formula(sheet, 'H8')).toEqual(sumKr('SUM(E8:G8)', 7500));

    // Kroner only (FTE rows left out): planned 2026 10 000,50, 2027 150 000, 2028 300 000, all 460 000,50;
    // realised 2026 5 000, 2027 120 000, 2028 2 500, all 127 500.
    expect(sheet.getCell('A10').value).toBe('Sum gevinster i kroner, planlagt');
    expect(formula(sheet, 'E10')).toEqual(
      sumKr('SUMIFS(E3:E8,$C$3:$C$8,"Kroner",$D$3:$D$8,"Planlagt")', 10000.5),
    );
    expect(formula(sheet, 'F10').result).toBe(150000);
    expect(formula(sheet, 'G10').result).toBe(300000);
    expect(formula(sheet, 'H10')).toEqual(sumKr('SUM(E10:G10)', 460000.5));
    expect(sheet.getCell('A11').value).toBe('Sum gevinster i kroner, realisert');
    expect(formula(sheet, 'G11')).toEqual(
      sumKr('SUMIFS(G3:G8,$C$3:$C$8,"Kroner",$D$3:$D$8,"Realisert")', 2500),
    );
    expect(formula(sheet, 'H11')).toEqual(sumKr('SUM(E11:G11)', 127500));
  });

  it('writes no sum rows when there is nothing to sum', async () => {
    const workbook = await load(
      await measureEconomicsWorkbook({ ...measure, costs: [], shares: [], benefits: [], years: [2026] }),
    );
    const costs = sheetOf(workbook, 'Kostnader');
    expect(formula(costs, 'D3')).toEqual(sumKr('SUM(B3:C3)', 0));
    expect(formula(costs, 'B4')).toEqual(sumKr('SUM(B3:B3)', 0));
    expect(sheetOf(workbook, 'Fordeling').rowCount).toBe(3);
    expect(sheetOf(workbook, 'Gevinster').rowCount).toBe(2);
  });
});

const municipality: MunicipalityEconomicsSheetData = {
  regionName: 'Kongsbergregionen',
  municipality: { number: '3303', name: 'Kongsberg' },
  years: [2026, 2027],
  measures: [
    {
      code: 'F1',
      title: 'Felles byggesaksbehandling',
      pays: [
        { year: 2026, amount: '480000' },
        { year: 2027, amount: '80000.33' },
      ],
      plannedGain: [{ year: 2027, amount: '200000' }],
      realisedGain: [{ year: 2027, amount: '150000' }],
    },
    {
      code: 'T3',
      title: 'Felles GIS',
      pays: [{ year: 2026, amount: '10000' }],
      plannedGain: [
        { year: 2026, amount: '5000' },
        { year: 2027, amount: '25000' },
      ],
      realisedGain: [],
    },
  ],
};

describe('municipalityEconomicsWorkbook', () => {
  it('has an overview and one sheet per figure', async () => {
    const workbook = await load(await municipalityEconomicsWorkbook(municipality));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tiltak',
      'Betaler',
      'Planlagt gevinst',
      'Realisert gevinst',
    ]);
    expect(sheetOf(workbook, 'Tiltak').getCell('A1').value).toBe(
      'Kongsbergregionen – 3303 Kongsberg: økonomi per tiltak 2026–2027',
    );
  });

  it('sums what the municipality pays per measure and year', async () => {
    const sheet = sheetOf(await load(await municipalityEconomicsWorkbook(municipality)), 'Betaler');
    expect(rowValues(sheet, 2)).toEqual(['Tiltak', 'Tittel', '2026', '2027', 'Sum']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
    expect(rowValues(sheet, 4).slice(0, 4)).toEqual(['T3', 'Felles GIS', 10000, 0]);
    // F1 480 000 + 80 000,33 = 560 000,33; T3 10 000 + 0 = 10 000; per year 490 000 and 80 000,33; all 570 000,33.
    expect(formula(sheet, 'E3')).toEqual(sumKr('SUM(C3:D3)', 560000.33));
    expect(formula(sheet, 'E4')).toEqual(sumKr('SUM(C4:D4)', 10000));
    expect(formula(sheet, 'C5')).toEqual(sumKr('SUM(C3:C4)', 490000));
    expect(formula(sheet, 'D5')).toEqual(sumKr('SUM(D3:D4)', 80000.33));
    expect(formula(sheet, 'E5')).toEqual(sumKr('SUM(E3:E4)', 570000.33));
  });

  it('leaves unrecorded realised gains empty', async () => {
    const sheet = sheetOf(await load(await municipalityEconomicsWorkbook(municipality)), 'Realisert gevinst');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(amount(sheet, 'D3')).toEqual(kr(150000));
    expect(sheet.getCell('C4').value).toBeNull();
    expect(sheet.getCell('D4').value).toBeNull();
    // F1 150 000; T3 nothing = 0; all 150 000.
    expect(formula(sheet, 'E3')).toEqual(sumKr('SUM(C3:D3)', 150000));
    expect(formula(sheet, 'E4')).toEqual(sumKr('SUM(C4:D4)', 0));
    expect(formula(sheet, 'C5')).toEqual(sumKr('SUM(C3:C4)', 0));
    expect(formula(sheet, 'E5')).toEqual(sumKr('SUM(E3:E4)', 150000));
  });

  it('refers the overview to the sums on the other sheets, with the net gain', async () => {
    const sheet = sheetOf(await load(await municipalityEconomicsWorkbook(municipality)), 'Tiltak');
    expect(rowValues(sheet, 2)).toEqual([
      'Tiltak',
      'Tittel',
      'Betaler',
      'Planlagt gevinst',
      'Realisert gevinst',
      'Planlagt netto',
    ]);
    expect(formula(sheet, 'C3')).toEqual(sumKr("'Betaler'!E3", 560000.33));
    expect(formula(sheet, 'D3')).toEqual(sumKr("'Planlagt gevinst'!E3", 200000));
    expect(formula(sheet, 'E3')).toEqual(sumKr("'Realisert gevinst'!E3", 150000));
    // F1: 200 000 − 560 000,33 = −360 000,33; T3: planned 5 000 + 25 000 = 30 000, pays 10 000, net 20 000.
    expect(formula(sheet, 'F3')).toEqual(sumKr('D3-C3', -360000.33));
    expect(formula(sheet, 'D4')).toEqual(sumKr("'Planlagt gevinst'!E4", 30000));
    expect(formula(sheet, 'F4')).toEqual(sumKr('D4-C4', 20000));
    // Sums: pays 570 000,33; planned 230 000; realised 150 000; net −360 000,33 + 20 000 = −340 000,33.
    expect(formula(sheet, 'C5')).toEqual(sumKr('SUM(C3:C4)', 570000.33));
    expect(formula(sheet, 'D5')).toEqual(sumKr('SUM(D3:D4)', 230000));
    expect(formula(sheet, 'E5')).toEqual(sumKr('SUM(E3:E4)', 150000));
    expect(formula(sheet, 'F5')).toEqual(sumKr('SUM(F3:F4)', -340000.33));
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('%i → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
