import { describe, expect, it } from '@jest/globals';

import { benefitStatusCounts, comingDeadlines, sum, weightedGain } from './overview-figures';

describe('overview figures', () => {
  it('weights a planned gain by the certainty of its colour, exactly; an unrated gain counts for nothing', () => {
    expect(weightedGain('1000000.10', 'GREEN')).toBe('900000.09');
    expect(weightedGain('1000', 'YELLOW')).toBe('600');
    expect(weightedGain('1000', 'RED')).toBe('300');
    expect(weightedGain('1000', null)).toBe('0');
    expect(sum(['0.1', '0.2', '116000000'])).toBe('116000000.3');
  });

  it('lists the notice and expiry deadlines, the reports due and the consultations ending inside the window, by date', () => {
    const deadlines = comingDeadlines(
      [
        { agreementId: 'a', title: 'Byggesak', endDate: '2027-08-31', noticeMonths: 6 },
        { agreementId: 'b', title: 'Arkiv', endDate: '2027-01-15', noticeMonths: null },
        { agreementId: 'c', title: 'Langt unna', endDate: '2030-01-01', noticeMonths: 3 },
      ],
      [
        { periodId: 'p1', name: '1. halvår 2027', dueDate: '2027-08-31' },
        { periodId: 'p0', name: '2. halvår 2026', dueDate: '2026-12-01' },
        { periodId: 'p2', name: 'Årsrapport 2027', dueDate: '2028-02-15' },
      ],
      '2026-12-07',
      12,
      [
        { strategyId: 's1', networkId: 'n', title: 'Strategi (Teknisk nettverk)', endsOn: '2027-08-31' },
        { strategyId: 's0', networkId: 'n', title: 'Gammel høring', endsOn: '2026-12-06' },
        { strategyId: 's2', networkId: 'n', title: 'Langt fram', endsOn: '2027-12-08' },
      ],
    );
    expect(deadlines.map((d) => `${d.date} ${d.kind} ${d.title}`)).toEqual([
      '2027-01-15 EXPIRY Arkiv',
      '2027-02-28 NOTICE Byggesak',
      '2027-08-31 EXPIRY Byggesak',
      '2027-08-31 REPORT_DUE 1. halvår 2027',
      '2027-08-31 CONSULTATION_END Strategi (Teknisk nettverk)',
    ]);
    expect(deadlines[3]).toMatchObject({ agreementId: null, periodId: 'p1', strategyId: null });
    expect(deadlines[4]).toMatchObject({
      agreementId: null,
      periodId: null,
      strategyId: 's1',
      networkId: 'n',
    });
    // A notice deadline already passed is not coming any more; the end still is.
    expect(
      comingDeadlines(
        [{ agreementId: 'a', title: 'T', endDate: '2027-01-31', noticeMonths: 3 }],
        [],
        '2026-12-07',
        6,
      ),
    ).toEqual([
      {
        kind: 'EXPIRY',
        date: '2027-01-31',
        agreementId: 'a',
        periodId: null,
        strategyId: null,
        networkId: null,
        title: 'T',
      },
    ]);
  });

  it('counts benefit statuses by the thresholds, nothing realised as not measured', () => {
    expect(
      benefitStatusCounts(
        [
          { planned: '1000', realised: '950' },
          { planned: '1000', realised: '700' },
          { planned: '1000', realised: '10' },
          { planned: '1000', realised: null },
        ],
        { greenFromPercent: '90', yellowFromPercent: '70' },
      ),
    ).toEqual({ GREEN: 1, YELLOW: 1, RED: 1, NOT_MEASURED: 1 });
  });
});
