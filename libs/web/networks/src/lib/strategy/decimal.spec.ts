import { describe, expect, it } from '@jest/globals';

import { formatDecimal, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('turns Norwegian input with a decimal comma into the API form with a point', () => {
    expect(parseDecimal('38,5', 'nb')).toBe('38.5');
    expect(parseDecimal('12,5', 'nb')).toBe('12.5');
    expect(parseDecimal(' 0,0625 ', 'nb')).toBe('0.0625');
    expect(parseDecimal('21', 'nb')).toBe('21');
  });

  it('accepts a point in Norwegian too, as the API writes it', () => {
    expect(parseDecimal('38.5', 'nb')).toBe('38.5');
  });

  it('keeps every digit exactly: no rounding through floating point', () => {
    expect(parseDecimal('0,1', 'nb')).toBe('0.1');
    expect(parseDecimal('12345678901234,9999', 'nb')).toBe('12345678901234.9999');
    expect(parseDecimal('99999999999999,9999', 'nb')).toBe('99999999999999.9999');
    expect(parseDecimal('0,3000', 'nb')).toBe('0.3000');
  });

  it('takes a leading minus (hyphen or the real minus sign) and digits grouped by spaces', () => {
    expect(parseDecimal('-3,25', 'nb')).toBe('-3.25');
    expect(parseDecimal('\u22123,25', 'nb')).toBe('-3.25');
    expect(parseDecimal('1 250,75', 'nb')).toBe('1250.75');
    expect(parseDecimal('1\u00a0250\u00a0000', 'nb')).toBe('1250000');
    expect(parseDecimal('12\u202f500', 'nb')).toBe('12500');
  });

  it('refuses what the API would refuse, or what is not a number', () => {
    for (const text of [
      '',
      ' ',
      ',5',
      '5,',
      '1,23456',
      '123456789012345',
      '1 25',
      '12 5,5',
      '1,2,3',
      '1e3',
      '0x1F',
      '--5',
      '+5',
      'abc',
      'NaN',
      '12,5 %',
    ]) {
      expect(parseDecimal(text, 'nb')).toBeUndefined();
    }
  });

  it('in English takes the point as the decimal separator and refuses a comma', () => {
    expect(parseDecimal('38.5', 'en')).toBe('38.5');
    expect(parseDecimal('1 250.5', 'en')).toBe('1250.5');
    expect(parseDecimal('38,5', 'en')).toBeUndefined();
    expect(parseDecimal('1,250', 'en')).toBeUndefined();
  });
});

describe('formatDecimal', () => {
  it('writes the decimal comma in Norwegian and keeps the point in English', () => {
    expect(formatDecimal('38.5', 'nb')).toBe('38,5');
    expect(formatDecimal('-0.0625', 'nb')).toBe('-0,0625');
    expect(formatDecimal('21', 'nb')).toBe('21');
    expect(formatDecimal('38.5', 'en')).toBe('38.5');
  });

  it('round-trips with parseDecimal without changing a digit', () => {
    for (const value of ['12.5', '0.1', '99999999999999.9999', '-3.25', '7']) {
      expect(parseDecimal(formatDecimal(value, 'nb'), 'nb')).toBe(value);
      expect(parseDecimal(formatDecimal(value, 'en'), 'en')).toBe(value);
    }
  });
});
