import { describe, expect, it } from '@jest/globals';

import {
  comparePeriods,
  duePeriods,
  indicatorStanding,
  indicatorTrend,
  IndicatorTarget,
  measuredValues,
  parsePeriod,
  periodProblem,
  periodTime,
  progressPercent,
  targetPathAt,
} from './indicators';

// Hand-checked: the demo strategy's case-processing time, 38.5 days in 2025 down to 21 in 2029: the path falls
// 17.5 / 4 = 4.375 days a year → 34.125 (2026), 29.75 (2027), 25.375 (2028), 21 (2029).
const DAYS: IndicatorTarget = {
  baselineYear: 2025,
  baselineValue: '38.5',
  targetYear: 2029,
  targetValue: '21',
  direction: 'DECREASE',
};
// Municipalities with building-case expertise, 4 in 2025 up to 7 in 2029: 0.75 a year → 5.5 in 2027.
const MUNICIPALITIES: IndicatorTarget = {
  baselineYear: 2025,
  baselineValue: '4',
  targetYear: 2029,
  targetValue: '7',
  direction: 'INCREASE',
};
const SATISFACTION: IndicatorTarget = {
  baselineYear: 2025,
  baselineValue: '90',
  targetYear: 2035,
  targetValue: '90',
  direction: 'MAINTAIN',
};

const v = (period: string, value: string | null) => ({ period, value });

describe('periods', () => {
  it('reads years and half-years, and nothing else', () => {
    expect(parsePeriod('2025')).toEqual({ year: 2025, half: null });
    expect(parsePeriod('2025-H2')).toEqual({ year: 2025, half: 2 });
    for (const text of ['25', '2025-H3', '2025H1', '1999', '2025-1', ' 2025', '']) {
      expect(parsePeriod(text)).toBeNull();
    }
  });

  it('fits a period to the reporting frequency', () => {
    expect(periodProblem('2025', 'YEARLY')).toBeNull();
    expect(periodProblem('2025-H1', 'HALF_YEARLY')).toBeNull();
    expect(periodProblem('2025-H1', 'YEARLY')).toBe('HALF_YEAR_NOT_ALLOWED');
    expect(periodProblem('2025', 'HALF_YEARLY')).toBe('HALF_YEAR_REQUIRED');
    expect(periodProblem('i fjor', 'YEARLY')).toBe('NOT_A_PERIOD');
  });

  it('places and orders periods in time', () => {
    expect(periodTime('2025')).toBe(2025);
    expect(periodTime('2025-H1')).toBe(2025);
    expect(periodTime('2025-H2')).toBe(2025.5);
    expect(['2026', '2025-H2', '2024', '2025-H1'].sort(comparePeriods)).toEqual([
      '2024',
      '2025-H1',
      '2025-H2',
      '2026',
    ]);
  });

  it('lists the periods due from the baseline year', () => {
    expect(duePeriods(2025, 2027, 'YEARLY')).toEqual(['2025', '2026', '2027']);
    expect(duePeriods(2025, 2026, 'HALF_YEARLY')).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
  });
});

describe('the straight path from baseline to target', () => {
  it('falls evenly for a decreasing indicator', () => {
    expect(targetPathAt(DAYS, 2025)).toBe(38.5);
    expect(targetPathAt(DAYS, 2026)).toBeCloseTo(34.125, 10);
    expect(targetPathAt(DAYS, 2027)).toBeCloseTo(29.75, 10);
    expect(targetPathAt(DAYS, 2029)).toBe(21);
  });

  it('holds the baseline before the baseline year and the target after the target year', () => {
    expect(targetPathAt(MUNICIPALITIES, 2020)).toBe(4);
    expect(targetPathAt(MUNICIPALITIES, 2035)).toBe(7);
    expect(targetPathAt(MUNICIPALITIES, 2026.5)).toBeCloseTo(5.125, 10);
  });

  it('expects the target throughout when the target is set in the baseline year', () => {
    expect(targetPathAt({ ...MUNICIPALITIES, targetYear: 2025 }, 2024)).toBe(7);
  });
});

describe('progress towards the target', () => {
  it('is the share of the distance covered, for both directions', () => {
    // (36 − 38.5) / (21 − 38.5) = 2.5 / 17.5 = 14.29 %
    expect(progressPercent(DAYS, '36')).toBe(14.3);
    expect(progressPercent(DAYS, '21')).toBe(100);
    expect(progressPercent(MUNICIPALITIES, '5')).toBe(33.3);
    expect(progressPercent(MUNICIPALITIES, '3')).toBe(-33.3);
  });

  it('has none when baseline and target are equal', () => {
    expect(progressPercent(SATISFACTION, '88')).toBeNull();
  });
});

describe('trend over the last three measured values', () => {
  it('skips "not measured" years and spans the last three measured values', () => {
    const values = [v('2025', '38.5'), v('2026', '36'), v('2027', null), v('2028', '30'), v('2029', '27')];
    expect(measuredValues(values, 3).map((entry) => entry.period)).toEqual(['2026', '2028', '2029']);
    // 27 − 36 = −9 over three years: −3 a year, downwards, which a decreasing indicator wants.
    expect(indicatorTrend('DECREASE', values)).toEqual({
      from: '2026',
      to: '2029',
      change: '-9',
      perYear: -3,
      direction: 'DOWN',
      favourable: true,
    });
  });

  it('judges the same change the other way for an increasing indicator', () => {
    expect(indicatorTrend('INCREASE', [v('2025', '6'), v('2026', '5')])).toMatchObject({
      change: '-1',
      direction: 'DOWN',
      favourable: false,
    });
    expect(indicatorTrend('INCREASE', [v('2025', '4'), v('2026', '5'), v('2027', '6')])).toMatchObject({
      change: '2',
      perYear: 1,
      direction: 'UP',
      favourable: true,
    });
  });

  it('is flat without a verdict, except that flat is what MAINTAIN wants', () => {
    expect(indicatorTrend('INCREASE', [v('2025', '5'), v('2026', '5.0')])).toMatchObject({
      direction: 'FLAT',
      favourable: null,
    });
    expect(indicatorTrend('MAINTAIN', [v('2025', '90'), v('2026', '90')])?.favourable).toBe(true);
    expect(indicatorTrend('MAINTAIN', [v('2025', '90'), v('2026', '91')])?.favourable).toBe(false);
  });

  it('is exact in decimals and per half-year', () => {
    expect(indicatorTrend('INCREASE', [v('2025', '0.1'), v('2026', '0.3')])?.change).toBe('0.2');
    // 10 → 40 from 2025-H2 to 2026-H2: one year, 30 a year.
    expect(
      indicatorTrend('INCREASE', [v('2025-H2', '10'), v('2026-H1', '25'), v('2026-H2', '40')]),
    ).toMatchObject({ from: '2025-H2', to: '2026-H2', perYear: 30 });
  });

  it('needs two measured values', () => {
    expect(indicatorTrend('INCREASE', [v('2025', '4')])).toBeNull();
    expect(indicatorTrend('INCREASE', [v('2025', '4'), v('2026', null), v('2027', null)])).toBeNull();
  });
});

describe('status', () => {
  it('is on track for a decreasing indicator at or below the path, behind above it', () => {
    // 2027: the path expects 29.75.
    expect(indicatorStanding(DAYS, [v('2026', '36'), v('2027', '29')])).toEqual({
      status: 'ON_TRACK',
      latest: { period: '2027', value: '29' },
      expected: 29.75,
      progressPercent: 54.3,
    });
    expect(indicatorStanding(DAYS, [v('2027', '29.75')]).status).toBe('ON_TRACK');
    // 2026: the path expects 34.125; 36 is above it.
    expect(indicatorStanding(DAYS, [v('2026', '36')]).status).toBe('BEHIND');
  });

  it('is on track for an increasing indicator at or above the path, behind below it', () => {
    expect(indicatorStanding(MUNICIPALITIES, [v('2027', '5.5')]).status).toBe('ON_TRACK');
    expect(indicatorStanding(MUNICIPALITIES, [v('2027', '5')]).status).toBe('BEHIND');
    expect(indicatorStanding(MUNICIPALITIES, [v('2024', '3')]).status).toBe('BEHIND');
    expect(indicatorStanding(MUNICIPALITIES, [v('2031', '7')]).status).toBe('ON_TRACK');
  });

  it('judges the latest measured value when later years were not measured', () => {
    const standing = indicatorStanding(MUNICIPALITIES, [v('2026', '5'), v('2027', null), v('2028', null)]);
    // 2026: the path expects 4.75; 5 is above it.
    expect(standing).toMatchObject({
      status: 'ON_TRACK',
      latest: { period: '2026', value: '5' },
      expected: 4.75,
    });
  });

  it('keeps a MAINTAIN indicator on track within 5 % of its target', () => {
    expect(indicatorStanding(SATISFACTION, [v('2026', '86')]).status).toBe('ON_TRACK');
    expect(indicatorStanding(SATISFACTION, [v('2026', '85')]).status).toBe('BEHIND');
    expect(indicatorStanding(SATISFACTION, [v('2026', '94.5')]).status).toBe('ON_TRACK');
  });

  it('has no data without a measured value', () => {
    expect(indicatorStanding(DAYS, [])).toEqual({
      status: 'NO_DATA',
      latest: null,
      expected: null,
      progressPercent: null,
    });
    expect(indicatorStanding(DAYS, [v('2026', null)]).status).toBe('NO_DATA');
  });
});
