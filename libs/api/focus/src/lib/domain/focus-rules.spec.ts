import { describe, expect, it } from '@jest/globals';

import {
  focusPeriodProblem,
  focusStatus,
  focusTrend,
  focusValueOf,
  mayDefineFocusItems,
  mayRecordFocusValue,
  targetFor,
} from './focus-rules';

describe('focus periods', () => {
  it('fit the frequency', () => {
    expect(focusPeriodProblem('2026-03', 'MONTHLY')).toBeNull();
    expect(focusPeriodProblem('2026-Q4', 'QUARTERLY')).toBeNull();
    expect(focusPeriodProblem('2026', 'YEARLY')).toBeNull();
    expect(focusPeriodProblem('2026', 'MONTHLY')).toBe('WRONG_KIND');
    expect(focusPeriodProblem('2026-13', 'MONTHLY')).toBe('NOT_A_PERIOD');
    expect(focusPeriodProblem('2026-Q5', 'QUARTERLY')).toBe('NOT_A_PERIOD');
    expect(focusPeriodProblem('1999-12', 'MONTHLY')).toBe('OUT_OF_RANGE');
  });
});

describe('focus values', () => {
  it('read Norwegian and plain decimals exactly and refuse what numeric(18,4) cannot hold', () => {
    expect(focusValueOf('1 250 000,50')).toBe('1250000.5');
    expect(focusValueOf('7.4')).toBe('7.4');
    expect(focusValueOf('-3')).toBe('-3');
    expect(focusValueOf('12345678901234')).toBe('12345678901234');
    expect(focusValueOf('123456789012345')).toBeNull();
    expect(focusValueOf('1.23456')).toBeNull();
    expect(focusValueOf('mye')).toBeNull();
  });
});

describe('status against the target', () => {
  const targets = [
    { period: '2026-01', value: '100' },
    { period: '2026-06', value: '80' },
  ];

  it('takes the latest target set for the period or before it', () => {
    expect(targetFor('2025-12', targets)).toBeNull();
    expect(targetFor('2026-03', targets)).toBe('100');
    expect(targetFor('2026-06', targets)).toBe('80');
    expect(targetFor('2027-01', targets)).toBe('80');
  });

  it('judges by direction, the target itself counting as met', () => {
    expect(focusStatus('LOWER', '90', '100')).toBe('ON_TARGET');
    expect(focusStatus('LOWER', '100', '100')).toBe('ON_TARGET');
    expect(focusStatus('LOWER', '100.5', '100')).toBe('OFF_TARGET');
    expect(focusStatus('HIGHER', '90', '100')).toBe('OFF_TARGET');
    expect(focusStatus('HIGHER', '110', '100')).toBe('ON_TARGET');
    expect(focusStatus('HIGHER', '110', null)).toBe('NO_TARGET');
    expect(focusStatus('HIGHER', null, '100')).toBe('NO_DATA');
  });

  it('calls the trend of the last two periods better or worse in the direction', () => {
    const values = [
      { period: '2026-02', value: '120' },
      { period: '2026-01', value: '150' },
    ];
    expect(focusTrend('LOWER', values)).toBe('IMPROVING');
    expect(focusTrend('HIGHER', values)).toBe('WORSENING');
    expect(focusTrend('HIGHER', values.slice(0, 1))).toBe('NO_TREND');
    expect(focusTrend('HIGHER', [...values, { period: '2026-03', value: '120.00' }])).toBe('STEADY');
  });
});

describe('who may', () => {
  const secretariat = { roles: ['secretariat'], municipalityNumber: null };
  const director = { roles: ['municipal-director'], municipalityNumber: '3303' };
  const viewer = { roles: ['viewer'], municipalityNumber: '3303' };

  it('define items: the secretariat only', () => {
    expect(mayDefineFocusItems(secretariat)).toBe(true);
    expect(mayDefineFocusItems(director)).toBe(false);
  });

  it('record by hand: the secretariat everywhere, a director for their own municipality', () => {
    expect(mayRecordFocusValue(secretariat, { municipalityNumber: null })).toBe(true);
    expect(mayRecordFocusValue(director, { municipalityNumber: '3303' })).toBe(true);
    expect(mayRecordFocusValue(director, { municipalityNumber: '3305' })).toBe(false);
    expect(mayRecordFocusValue(director, { municipalityNumber: null })).toBe(false);
    expect(mayRecordFocusValue(viewer, { municipalityNumber: '3303' })).toBe(false);
  });
});
