import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';

import { readPdf } from '../testing';
import { decimalsFor, EXCEL_FORMATS, excelNumberFormat, kronerFormatFor } from './excel/number-formats';
import {
  addHeader,
  addNote,
  addTitle,
  finishSheet,
  newWorkbook,
  setWidths,
  wrappedLines,
} from './excel/sheet-layout';
import { archivalPdf, PDF_FONTS } from './pdf/archival-pdf';

describe('number formats', () => {
  it('are Norwegian, with the unit after the number', () => {
    expect(EXCEL_FORMATS.kroner).toBe('[$-414]#,##0 "kr"');
    expect(excelNumberFormat(2)).toBe('[$-414]#,##0.00');
    expect(excelNumberFormat(1, '%')).toBe('[$-414]#,##0.0 "%"');
  });

  it('give every value of one unit the same decimals', () => {
    expect(decimalsFor(['85', '88.5', '91'].map((value) => new Decimal(value)))).toBe(1);
    expect(decimalsFor(['1.234'].map((value) => new Decimal(value)))).toBe(2);
    expect(decimalsFor([])).toBe(0);
    expect(kronerFormatFor([new Decimal('100'), new Decimal('0.5')])).toBe(EXCEL_FORMATS.kronerAndOre);
    expect(kronerFormatFor([new Decimal('100')])).toBe(EXCEL_FORMATS.kroner);
  });
});

describe('sheet layout', () => {
  it('counts the lines wrapped text takes', () => {
    expect(wrappedLines('kort', 20)).toBe(1);
    expect(wrappedLines('én\nto\ntre', 20)).toBe(3);
    expect(wrappedLines('ord '.repeat(20).trim(), 20)).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('x'.repeat(45), 10)).toBeGreaterThanOrEqual(5);
  });

  it('makes a sheet print on A4 landscape, one page wide, with the header repeated and the house font', async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Ark');
    setWidths(sheet, [12, 30]);
    addTitle(sheet, 'En tittel', 2);
    addNote(sheet, 2, 'En lang forklaring '.repeat(10), 2);
    addHeader(sheet, 3, ['Kommunenummer', 'Beløp'], { numbersFrom: 2 });
    sheet.getCell('A4').value = 'Ålesund';
    sheet.getCell('B4').value = 1;
    const wrapped = sheet.getCell('A5');
    wrapped.value = 'linje én\nlinje to\nlinje tre';
    wrapped.alignment = { wrapText: true };
    finishSheet(sheet, { headerRow: 3, frozenColumns: 1, footer: 'Bunntekst & mer' });

    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
    const read = loaded.getWorksheet('Ark') as ExcelJS.Worksheet;
    expect(read.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: '3:3',
    });
    expect(read.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(read.headerFooter.oddFooter).toContain('Bunntekst && mer');
    read.eachRow((row) => row.eachCell((cell) => expect(cell.font.name).toBe('Arial')));
    expect(read.getCell('A1').font.bold).toBe(true);
    expect(read.getCell('B3').alignment.horizontal).toBe('right');
    expect(read.getRow(2).height).toBeGreaterThan(2 * 12.75); // the note wraps over the two columns
    expect(read.getRow(5).height).toBeGreaterThanOrEqual(3 * 12.75);
  });
});

describe('archivalPdf', () => {
  it('declares PDF/A-2b, embeds its fonts and keeps every letter', async () => {
    const { doc, finished } = archivalPdf({
      title: 'Prøve – æøå',
      author: 'Kongsbergregionen',
      compress: false,
    });
    doc.text('Blåbærsyltetøy og Čáhcesuolu');
    doc.font(PDF_FONTS.bold).text('Sum');
    doc.end();
    const reading = readPdf(await finished);
    expect(reading.runs).toEqual(['Blåbærsyltetøy og Čáhcesuolu', 'Sum']);
    expect(reading.fonts.every((font) => font.embedded)).toBe(true);
    expect(reading.fonts).toHaveLength(2);
    expect(reading.info['Title']).toBe('Prøve – æøå');
    expect(reading.lang).toBe('nb-NO');
    expect(reading.metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });
});
