import { describe, expect, it } from '@jest/globals';

import { cellContent, decimalString, parseNumberText, readDate, readDecimal, readText } from './cell-values';

describe('parseNumberText', () => {
  it.each([
    ['12 591', '12591'],
    ['12 591,5', '12591.5'],
    ['1 234 567,89', '1234567.89'],
    ['1\u00a0234\u00a0567,89', '1234567.89'],
    ['12\u202f591', '12591'],
    ['1\u2009000', '1000'],
    ['kr 12 591', '12591'],
    ['12 591 kr', '12591'],
    ['12 591,-', '12591'],
    ['12591', '12591'],
    ['1234.5', '1234.5'],
    ['0,25', '0.25'],
    ['-1 000', '-1000'],
    ['\u2212250', '-250'],
  ])('reads «%s» as %s', (text, expected) => {
    const read = parseNumberText(text);
    expect(read.ok && decimalString(read.value)).toBe(expected);
  });

  it.each(['abc', '1 23', '12 5910', '1.234.567', '12,5,3', '', '12 591 NOK', '1e5'])(
    'refuses «%s»',
    (text) => {
      const read = parseNumberText(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.reason.nb).toBe(
        `«${text}» er ikke et tall. Skriv for eksempel 12 591 eller 12 591,50.`,
      );
    },
  );

  it('refuses a dot before three digits as ambiguous (thousands or decimals?)', () => {
    const read = parseNumberText('12.591');
    expect(!read.ok && read.reason.nb).toMatch(/^«12\.591» er tvetydig/);
  });
});

describe('readDecimal', () => {
  it('rounds to two decimals half up, going through the number’s string form', () => {
    // 1234.565 and 0.285 are stored as binary fractions just below; as text they round up.
    const values = [1234.565, 0.285, 12591000, -0.001].map((value) => {
      const read = readDecimal(cellContent(value));
      return read.ok ? decimalString(read.value) : null;
    });
    expect(values).toEqual(['1234.57', '0.29', '12591000', '0']);
  });

  it('uses the result of a formula and refuses a formula without one', () => {
    const read = readDecimal(cellContent({ formula: 'A1*2', result: 42 }));
    expect(read.ok && decimalString(read.value)).toBe('42');
    const missing = readDecimal(cellContent({ formula: 'A1*2' }));
    expect(!missing.ok && missing.reason.nb).toMatch(/formel uten beregnet verdi/);
  });

  it('refuses booleans and dates', () => {
    expect(readDecimal(cellContent(true)).ok).toBe(false);
    expect(readDecimal(cellContent(new Date(Date.UTC(2025, 0, 1)))).ok).toBe(false);
  });
});

describe('readDate', () => {
  it.each([
    [new Date(Date.UTC(2025, 11, 31)), '2025-12-31'],
    ['31.12.2025', '2025-12-31'],
    ['1.2.2025', '2025-02-01'],
    ['2025-02-01', '2025-02-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %p as %s', (value, expected) => {
    expect(readDate(cellContent(value))).toEqual({ ok: true, value: expected });
  });

  it.each(['29.02.2025', '32.01.2025', '2025-1-1', '01/02/2025', 'i går', 45000])('refuses %p', (value) => {
    expect(readDate(cellContent(value)).ok).toBe(false);
  });
});

describe('cellContent and readText', () => {
  it('joins rich text, reads hyperlinks as their text and trims', () => {
    const rich = cellContent({ richText: [{ text: ' Felles ' }, { text: 'avtale ', font: { bold: true } }] });
    expect(readText(rich)).toEqual({ ok: true, value: 'Felles avtale' });
    const link = cellContent({ text: 'Veileder', hyperlink: 'https://dfo.no' });
    expect(readText(link)).toEqual({ ok: true, value: 'Veileder' });
    expect(cellContent('   ')).toEqual({ kind: 'empty' });
  });

  it('keeps line breaks only in multiline text', () => {
    const content = cellContent('Første linje\r\nandre  linje ');
    expect(readText(content)).toEqual({ ok: true, value: 'Første linje andre linje' });
    expect(readText(content, true)).toEqual({ ok: true, value: 'Første linje\nandre  linje' });
  });
});
