import { describe, expect, it } from '@jest/globals';

import { lastClosedPeriod, reminderPeriod } from './reminder-period';

describe('when an indicator value is due', () => {
  it('takes last year for a yearly indicator, the last ended half-year for a half-yearly one', () => {
    expect(lastClosedPeriod('2026-01-01', 'YEARLY')).toBe('2025');
    expect(lastClosedPeriod('2026-12-31', 'YEARLY')).toBe('2025');
    expect(lastClosedPeriod('2026-06-30', 'HALF_YEARLY')).toBe('2025-H2');
    expect(lastClosedPeriod('2026-07-01', 'HALF_YEARLY')).toBe('2026-H1');
  });

  const yearly = { baselineYear: 2022, targetYear: 2032, frequency: 'YEARLY' } as const;

  it('is due for the last closed period when nothing is recorded for it', () => {
    expect(reminderPeriod(yearly, ['2023', '2024'], '2026-03-01')).toBe('2025');
  });

  it('is not due once a value, or an explicit "not measured", is recorded', () => {
    expect(reminderPeriod(yearly, ['2024', '2025'], '2026-03-01')).toBeNull();
  });

  it('is not due before the baseline year or after the target year', () => {
    expect(reminderPeriod({ ...yearly, baselineYear: 2026 }, [], '2026-03-01')).toBeNull();
    expect(reminderPeriod({ ...yearly, targetYear: 2024 }, [], '2026-03-01')).toBeNull();
    expect(reminderPeriod({ ...yearly, targetYear: 2025 }, [], '2026-03-01')).toBe('2025');
  });

  it('asks a half-yearly indicator for the half-year', () => {
    const half = { ...yearly, frequency: 'HALF_YEARLY' } as const;
    expect(reminderPeriod(half, ['2025-H1'], '2026-03-01')).toBe('2025-H2');
    expect(reminderPeriod(half, ['2025-H2'], '2026-03-01')).toBeNull();
  });
});
