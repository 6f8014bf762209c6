import { describe, expect, it } from '@jest/globals';

import { compareDecimals, normalizeDecimal, parseDecimal, sameDecimal, sumDecimals } from './decimal';

describe('parseDecimal', () => {
  it.each([
    ['1 250 000,50', '1250000.50'],
    ['1\u00a0250\u00a0000,50', '1250000.50'],
    ['1\u202f250', '1250'],
    ['1250000.50', '1250000.50'],
    ['12591.5', '12591.5'],
    ['  700 ', '700'],
    ['1 000 kr', '1000'],
    ['1000kr.', '1000'],
    ['−3,25', '-3.25'],
    ['-3.25', '-3.25'],
    ['0,5', '0.5'],
    ['007', '007'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['kr'],
    ['abc'],
    ['12 50'],
    ['1,2,3'],
    ['1.2.3'],
    ['1 2 3'],
    ['12,'],
    [',5'],
    ['1e5'],
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('passes null and undefined through as null', () => {
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal(undefined)).toBeNull();
  });
});

describe('normalizeDecimal', () => {
  it.each([
    ['1150.00', '1150'],
    ['0.80', '0.8'],
    ['1 250 000,50', '1250000.5'],
    ['007.50', '7.5'],
    ['0.000', '0'],
    ['-0', '0'],
    ['-0,10', '-0.1'],
    ['33.333333', '33.333333'],
  ])('writes %j as %j', (text, expected) => {
    expect(normalizeDecimal(text)).toBe(expected);
  });

  it('answers null for what is not a number', () => {
    expect(normalizeDecimal(null)).toBeNull();
    expect(normalizeDecimal('')).toBeNull();
    expect(normalizeDecimal('tolv')).toBeNull();
  });
});

describe('decimal arithmetic', () => {
  it('sums exactly, whatever the decimals', () => {
    expect(sumDecimals(['33.333333', '33.333333', '33.333334'])).toBe('100');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['700', '400'])).toBe('1100');
    expect(sumDecimals(['1 200,5', '0.05'])).toBe('1200.55');
    expect(sumDecimals(['5', '-7.25'])).toBe('-2.25');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['1', 'x'])).toBeNull();
  });

  it('compares exactly', () => {
    expect(compareDecimals('100', '100.00')).toBe(0);
    expect(compareDecimals('100', '99.999999')).toBe(1);
    expect(compareDecimals('87.49', '087.5')).toBe(-1);
    expect(compareDecimals('-1', '0')).toBe(-1);
    expect(compareDecimals('1', 'x')).toBeNull();
    expect(sameDecimal('0.30', '0.3')).toBe(true);
    expect(sameDecimal('0.3', '0.31')).toBe(false);
  });
});
