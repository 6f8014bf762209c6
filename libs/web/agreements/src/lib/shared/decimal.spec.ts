import { describe, expect, it } from '@jest/globals';

import { agreementPdfFileName, agreementPdfPath } from './agreement-files';
import { decimalForInput, formatDecimal } from './decimal';

describe('decimal helpers', () => {
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
