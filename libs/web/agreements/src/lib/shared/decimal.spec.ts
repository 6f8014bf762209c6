import { describe, expect, it } from '@jest/globals';

import { agreementPdfFileName, agreementPdfPath } from './agreement-files';
import { decimalForInput, formatDecimal, sameDecimal, sumDecimals } from './decimal';

describe('decimal helpers', () => {
  it('add decimal strings exactly', () => {
    expect(sumDecimals(['33.333333', '33.333333', '33.333334'])).toBe('100');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['12', 'tolv'])).toBeNull();
  });

  it('compare decimals by value', () => {
    expect(sameDecimal('100.000', '100')).toBe(true);
    expect(sameDecimal('99.999999', '100')).toBe(false);
  });

  it('write decimals the Norwegian way without rounding', () => {
    expect(decimalForInput('33.333333')).toBe('33,333333');
    expect(decimalForInput(null)).toBe('');
    expect(formatDecimal('1200.5')).toBe('1\u00a0200,5');
  });
});

describe('agreement files', () => {
  it("name the API's PDF of a version", () => {
    expect(agreementPdfPath('a1', 2)).toBe('agreements/a1.pdf?version=2');
    expect(agreementPdfFileName('Kjøp av byggesaksbehandling – Ål', 2)).toBe(
      'avtale-kjop-av-byggesaksbehandling-al-v2.pdf',
    );
  });
});
