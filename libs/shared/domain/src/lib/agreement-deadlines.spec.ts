import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import {
  addMonths,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  deadlineStatus,
  isLeapYear,
  isValidIsoDate,
  lastNoticeDate,
} from './agreement-deadlines';

/** Every date from `first` to `last`, inclusive. */
function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= daysInMonth(year, month); day++) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (date >= first && date <= last) dates.push(date);
      }
    }
  }
  return dates;
}

const isoDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    [
      String(year),
      String(month).padStart(2, '0'),
      String(Math.min(day, daysInMonth(year, month))).padStart(2, '0'),
    ].join('-'),
  );

describe('isLeapYear and isValidIsoDate', () => {
  it.each([
    [2028, true],
    [2027, false],
    [2100, false],
    [2000, true],
    [1900, false],
    [2400, true],
  ])('%i is a leap year: %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(isValidIsoDate(`${year}-02-29`)).toBe(leap);
  });

  it.each(['2027-01-31', '2027-04-30', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => {
      expect(isValidIsoDate(value)).toBe(true);
    },
  );

  it.each([
    '2027-02-29',
    '2100-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '0000-01-01',
    '2027-1-1',
    '27-01-01',
    '2027-01-01T00:00:00Z',
    ' 2027-01-01',
    '',
    '1.1.2027',
  ])('refuses %p', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });
});

describe('addMonths', () => {
  it.each([
    ['2028-03-31', -1, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2099-08-31', 6, '2100-02-28'],
    ['1999-08-31', 6, '2000-02-29'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-01-31', 3, '2027-04-30'],
    ['2027-05-31', -1, '2027-04-30'],
    ['2027-01-15', 0, '2027-01-15'],
    ['2028-02-29', 0, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2027-01-01', -13, '2025-12-01'],
    ['2026-11-30', 14, '2028-01-30'],
    ['2027-06-30', -120, '2017-06-30'],
  ])('%s %s months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses an invalid date, a fractional month count and a result outside years 0001–9999', () => {
    expect(() => addMonths('2027-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2027-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
    expect(() => addMonths('0001-01-01', -1)).toThrow(RangeError);
  });

  it('every day of 2027–2029 moved by −25…25 months: right month, day clamped, and back again never overshoots', () => {
    const wrong: string[] = [];
    for (const date of datesFrom('2027-01-01', '2029-12-31')) {
      const [year, month, day] = date.split('-').map(Number);
      for (let n = -25; n <= 25; n++) {
        const moved = addMonths(date, n);
        const [y, m, d] = moved.split('-').map(Number);
        const back = addMonths(moved, -n);
        const ok =
          y * 12 + m - (year * 12 + month) === n &&
          d === Math.min(day, daysInMonth(y, m)) &&
          back <= date &&
          back.slice(0, 7) === date.slice(0, 7);
        if (!ok) wrong.push(`${date} ${n} → ${moved} → ${back}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('property: month arithmetic, clamping and round trips hold for any date and month count', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const moved = addMonths(date, n);
        expect(isValidIsoDate(moved)).toBe(true);
        const [year, month, day] = date.split('-').map(Number);
        const [y, m, d] = moved.split('-').map(Number);
        expect(y * 12 + m - (year * 12 + month)).toBe(n);
        expect(d).toBe(Math.min(day, daysInMonth(y, m)));
        expect(addMonths(moved, -n) <= date).toBe(true);
        expect(Math.sign(daysBetween(date, moved))).toBe(Math.sign(n));
        // Up to the 28th nothing is clamped, so months add up exactly.
        if (day <= 28) expect(addMonths(addMonths(date, n), 7)).toBe(addMonths(date, n + 7));
      }),
    );
  });
});

describe('lastNoticeDate', () => {
  it.each([
    ['2027-12-31', 3, '2027-09-30'],
    ['2027-08-31', 6, '2027-02-28'],
    ['2028-08-31', 6, '2028-02-29'],
    ['2027-03-01', 2, '2027-01-01'],
    ['2027-02-15', 3, '2026-11-15'],
    ['2027-12-31', 0, '2027-12-31'],
  ])('agreement ending %s with %i months notice: notice by %s', (end, months, expected) => {
    expect(lastNoticeDate(end, months)).toBe(expected);
  });

  it('refuses a negative or fractional notice period', () => {
    expect(() => lastNoticeDate('2027-12-31', -1)).toThrow(RangeError);
    expect(() => lastNoticeDate('2027-12-31', 0.5)).toThrow(RangeError);
  });
});

describe('deadlineStatus', () => {
  it.each([
    ['2026-11-21', '2026-11-22', 3, 'PASSED'],
    ['2026-11-22', '2026-11-22', 3, 'SOON'],
    ['2027-02-22', '2026-11-22', 3, 'SOON'],
    ['2027-02-23', '2026-11-22', 3, 'LATER'],
    ['2027-02-28', '2026-11-30', 3, 'SOON'],
    ['2027-03-01', '2026-11-30', 3, 'LATER'],
    ['2026-11-22', '2026-11-22', 0, 'SOON'],
    ['2026-11-23', '2026-11-22', 0, 'LATER'],
    ['2025-12-31', '2026-01-01', 12, 'PASSED'],
    ['2027-01-01', '2026-12-31', 1, 'SOON'],
  ] as const)('%s seen from %s within %i months: %s', (date, today, within, expected) => {
    expect(deadlineStatus(date, today, within)).toBe(expected);
  });

  it('refuses an invalid date rather than guessing', () => {
    expect(() => deadlineStatus('2027-02-30', '2026-11-22', 3)).toThrow(RangeError);
  });
});

describe('daysBetween and compareIsoDates', () => {
  it.each([
    ['2027-01-01', '2027-01-01', 0],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-01-01', '2026-12-31', -1],
    ['2027-01-01', '2028-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2100-02-28', '2100-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['2027-03-28', '2027-03-29', 1],
    ['2027-10-30', '2027-11-01', 2],
    ['1970-01-01', '2000-01-01', 10957],
    ['0001-01-01', '9999-12-31', 3652058],
  ])('%s → %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('agrees with UTC day counts for every day of 1999–2001 and 2099–2101', () => {
    for (const date of [...datesFrom('1999-01-01', '2001-12-31'), ...datesFrom('2099-01-01', '2101-12-31')]) {
      expect(daysBetween('1970-01-01', date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    }
  });

  it('property: days add up and compare like the strings sort', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
        expect(compareIsoDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
