import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';

import { focusSheetRows } from './focus-sheet';
import { parseFocusRows, type UploadItem } from './focus-upload';

const items: UploadItem[] = [
  { id: 'a', name: 'Bruk av vikarbyrå', municipalityNumber: null, frequency: 'MONTHLY' },
  { id: 'o', name: 'Sykefravær', municipalityNumber: '0301', frequency: 'YEARLY' },
];

function sheet(rows: unknown[][]): ExcelJS.Worksheet {
  const worksheet = new ExcelJS.Workbook().addWorksheet('Verdier');
  rows.forEach((row) => worksheet.addRow(row));
  return worksheet;
}

describe('a worksheet of focus values', () => {
  it('reads as the CSV file would: leading zeros back, dates Excel made of periods as months, numbers with a point', () => {
    const rows = focusSheetRows(
      sheet([
        ['Fokuspost', 'Kommune', 'Periode', 'Verdi'],
        ['Bruk av vikarbyrå', null, new Date(Date.UTC(2026, 2, 1)), 1250000],
        [],
        ['Sykefravær', 301, 2026, 7.3999999999999995],
        ['Sykefravær', '0301', 2025, { formula: 'A1/0', result: { error: '#DIV/0!' } }],
      ]),
    );
    expect(rows.slice(0, 4)).toEqual([
      ['Fokuspost', 'Kommune', 'Periode', 'Verdi'],
      ['Bruk av vikarbyrå', '', '2026-03', '1250000'],
      ['', '', '', ''],
      ['Sykefravær', '0301', '2026', '7.4'],
    ]);
    const result = parseFocusRows(rows, items);
    expect(result.values).toEqual([]);
    expect(result.errors.map((error) => [error.row, error.reason.nb])).toEqual([
      [5, expect.stringMatching(/^Verdien må være et tall/)],
    ]);
    expect(parseFocusRows(rows.slice(0, 4), items).values).toEqual([
      { row: 2, focusItemId: 'a', period: '2026-03', value: '1250000' },
      { row: 4, focusItemId: 'o', period: '2026', value: '7.4' },
    ]);
  });
});
