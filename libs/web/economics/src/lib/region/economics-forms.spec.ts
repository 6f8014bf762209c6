import { describe, expect, it } from '@jest/globals';

import {
  checkRequirements,
  checkThresholds,
  compareDecimals,
  nextYear,
  parsePercent,
  parseRequirementAmount,
  requirementRow,
  requirementRows,
} from './economics-forms';

describe('parseRequirementAmount', () => {
  it('reads Norwegian amounts into the API decimal strings, exactly', () => {
    expect(parseRequirementAmount('1 250 000')).toBe('1250000');
    expect(parseRequirementAmount('1\u00a0250\u00a0000,50')).toBe('1250000.50');
    expect(parseRequirementAmount('12591000.5')).toBe('12591000.5');
    expect(parseRequirementAmount(' 1 000 kr ')).toBe('1000');
    expect(parseRequirementAmount('99999999999999,99')).toBe('99999999999999.99');
  });

  it('refuses what the API refuses: negatives, three decimals, words, too many digits', () => {
    expect(parseRequirementAmount('-5 000')).toBeNull();
    expect(parseRequirementAmount('\u22125 000')).toBeNull();
    expect(parseRequirementAmount('12,345')).toBeNull();
    expect(parseRequirementAmount('tolv')).toBeNull();
    expect(parseRequirementAmount('')).toBeNull();
    expect(parseRequirementAmount('123456789012345')).toBeNull();
  });
});

describe('checkRequirements', () => {
  it('gives the values in year order and skips blank rows', () => {
    const rows = [
      requirementRow('2027', '10 000 000'),
      requirementRow('', ' '),
      requirementRow(' 2026 ', '8 250 000,50'),
    ];
    expect(checkRequirements(rows)).toEqual({
      ok: true,
      values: [
        { year: 2026, amount: '8250000.50' },
        { year: 2027, amount: '10000000' },
      ],
    });
    expect(checkRequirements([])).toEqual({ ok: true, values: [] });
  });

  it('names each row problem: bad year, a year twice, bad amount', () => {
    const rows = [
      requirementRow('2026', '1 000'),
      requirementRow('2026', '2 000'),
      requirementRow('1999', 'mye'),
      requirementRow('26', '5'),
    ];
    const check = checkRequirements(rows);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.get(rows[0].key)).toBeUndefined();
    expect(check.problems.get(rows[1].key)).toEqual({ year: 'yearDuplicate' });
    expect(check.problems.get(rows[2].key)).toEqual({ year: 'yearInvalid', amount: 'amountInvalid' });
    expect(check.problems.get(rows[3].key)).toEqual({ year: 'yearInvalid' });
  });
});

describe('requirement rows', () => {
  it('show saved amounts in Norwegian format, in year order, each with its own key', () => {
    const rows = requirementRows([
      { year: 2027, amount: '10000000' },
      { year: 2026, amount: '8250000.5' },
    ]);
    expect(rows.map((row) => [row.year, row.amount])).toEqual([
      ['2026', '8\u00a0250\u00a0000,50'],
      ['2027', '10\u00a0000\u00a0000'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(2);
  });

  it('suggest the year after the last as the next one, or this year', () => {
    expect(nextYear(requirementRows([{ year: 2027, amount: '1' }]), 2026)).toBe('2028');
    expect(nextYear([], 2026)).toBe('2026');
  });
});

describe('thresholds', () => {
  it('compares decimals exactly', () => {
    expect(compareDecimals('70', '90')).toBeLessThan(0);
    expect(compareDecimals('100', '99.99')).toBeGreaterThan(0);
    expect(compareDecimals('87.5', '87.50')).toBe(0);
    expect(compareDecimals('087.5', '87.49')).toBeGreaterThan(0);
  });

  it('reads percentages the Norwegian way, from 0 to 100', () => {
    expect(parsePercent('87,5')).toBe('87.5');
    expect(parsePercent('90 %')).toBe('90');
    expect(parsePercent('100')).toBe('100');
    expect(parsePercent('100,01')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
    expect(parsePercent('12,345')).toBeNull();
  });

  it('refuses yellow above green, and names a bad field', () => {
    expect(checkThresholds('90', '70')).toEqual({
      ok: true,
      greenFromPercent: '90',
      yellowFromPercent: '70',
    });
    expect(checkThresholds('80', '80')).toEqual({
      ok: true,
      greenFromPercent: '80',
      yellowFromPercent: '80',
    });
    expect(checkThresholds('70', '90')).toEqual({ ok: false, yellow: 'order' });
    expect(checkThresholds('mye', '70')).toEqual({ ok: false, green: 'invalid' });
  });
});
