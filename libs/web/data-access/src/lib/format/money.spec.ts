import { describe, expect, it } from '@jest/globals';

import { formatAmount, formatKroner, parseAmount } from './money';

describe('money formatting', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatKroner('12591000')).toBe('12\u00a0591\u00a0000\u00a0kr');
    expect(formatAmount('1234.5')).toBe('1\u00a0234,50');
    expect(formatAmount('49714.867')).toBe('49\u00a0714,87');
    expect(formatAmount('999.995')).toBe('1\u00a0000,00');
    expect(formatAmount('0.004')).toBe('0,00');
    expect(formatAmount('-2583000')).toBe('\u22122\u00a0583\u00a0000');
    expect(formatAmount('730')).toBe('730');
    expect(formatAmount('123456789012345678.25')).toBe('123\u00a0456\u00a0789\u00a0012\u00a0345\u00a0678,25');
  });

  it('reads what a person types', () => {
    expect(parseAmount('12 591,50')).toBe('12591.50');
    expect(parseAmount('1\u00a0000 kr')).toBe('1000');
    expect(parseAmount('12591.5')).toBe('12591.5');
    expect(parseAmount('tolv')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
