import { describe, expect, it } from '@jest/globals';
import type { I18nService } from '@samarbeid/web/data-access';

import { amountIn, formatPercent, gapCell, isNegative, yearsOf } from './economics-figures';

/** The key with the amount filled in, so the spec sees which sentence and which figure. */
const t: I18nService['t'] = (key, params) => `${key}:${params?.['amount'] ?? ''}`;

describe('economics figures', () => {
  it('tells a gap by its sign, on the text', () => {
    expect(isNegative('-1250000')).toBe(true);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('0')).toBe(false);
    expect(isNegative('12')).toBe(false);
  });

  it('spells out the kind of gap beside the formatted amount', () => {
    expect(gapCell('-1250000', t)).toEqual({
      kind: 'short',
      text: 'economicsPages.gap.short:\u22121\u00a0250\u00a0000\u00a0kr',
    });
    expect(gapCell('250000.5', t)).toEqual({
      kind: 'over',
      text: 'economicsPages.gap.over:250\u00a0000,50\u00a0kr',
    });
    expect(gapCell('0', t).kind).toBe('even');
  });

  it('formats percentages the Norwegian way', () => {
    expect(formatPercent('90')).toBe('90');
    expect(formatPercent('87.50')).toBe('87,5');
    expect(formatPercent('70.00')).toBe('70');
  });

  it('finds amounts and years in per-year lists', () => {
    const list = [
      { year: 2027, amount: '2' },
      { year: 2025, amount: '1' },
    ];
    expect(amountIn(list, 2025)).toBe('1');
    expect(amountIn(list, 2026)).toBeNull();
    expect(yearsOf(list, [{ year: 2026, amount: '3' }], [])).toEqual([2025, 2026, 2027]);
  });
});
