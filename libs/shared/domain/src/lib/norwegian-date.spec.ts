import { describe, expect, it } from '@jest/globals';

import { formatDate, formatDateTime, osloDate } from './norwegian-date';

describe('Norwegian dates', () => {
  it('takes the calendar day in Oslo, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo (UTC+1 in winter).
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('writes dates and times the Norwegian way', () => {
    expect(formatDate('2026-01-01')).toBe('1.1.2026');
    expect(formatDate('2026-11-22')).toBe('22.11.2026');
    expect(formatDateTime(new Date('2026-11-22T08:15:00Z'))).toBe('22.11.2026 kl. 09.15');
    expect(formatDateTime(new Date('2026-07-01T22:05:00Z'))).toBe('2.7.2026 kl. 00.05');
  });
});
