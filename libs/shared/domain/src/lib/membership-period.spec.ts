import { describe, expect, it } from '@jest/globals';

import { membershipEndProblem, periodHolds, periodsOverlap } from './membership-period';

describe('membership periods', () => {
  it('ends a membership on a day not before its first, once', () => {
    const open = { validFrom: '2026-01-01', validTo: null };
    expect(membershipEndProblem(open, '2026-12-07', '2026-12-07')).toBeNull();
    expect(membershipEndProblem(open, '2026-01-01', '2026-12-07')).toBeNull();
    expect(membershipEndProblem(open, '2025-12-31', '2026-12-07')).toBe('ENDS_BEFORE_START');
    expect(membershipEndProblem({ ...open, validTo: '2026-06-01' }, '2026-12-07', '2026-12-07')).toBe(
      'ALREADY_ENDED',
    );
    // Ending again a membership whose planned end is still ahead moves the end.
    expect(membershipEndProblem({ ...open, validTo: '2027-06-01' }, '2026-12-07', '2026-12-07')).toBeNull();
  });

  it('tells overlapping periods (the end day is the first day without)', () => {
    const a = { validFrom: '2026-01-01', validTo: '2026-07-01' };
    expect(periodsOverlap(a, { validFrom: '2026-07-01', validTo: null })).toBe(false);
    expect(periodsOverlap(a, { validFrom: '2026-06-30', validTo: null })).toBe(true);
    expect(
      periodsOverlap({ validFrom: '2026-01-01', validTo: null }, { validFrom: '2020-01-01', validTo: null }),
    ).toBe(true);
  });

  it('holds from the first day up to, not including, the end', () => {
    const period = { validFrom: '2026-01-01', validTo: '2026-07-01' };
    expect(periodHolds(period, '2025-12-31')).toBe(false);
    expect(periodHolds(period, '2026-01-01')).toBe(true);
    expect(periodHolds(period, '2026-06-30')).toBe(true);
    expect(periodHolds(period, '2026-07-01')).toBe(false);
    expect(periodHolds({ validFrom: '2026-01-01', validTo: null }, '2099-01-01')).toBe(true);
  });
});
