import { describe, expect, it } from '@jest/globals';

import {
  compareWithBaseline,
  criteriaFlags,
  datesProblem,
  daysBetween,
  dependencyConflicts,
  monthsBetween,
  overloadMonths,
  type PlanBar,
  type PlannedMeasure,
} from './plan-rules';

const bar = (id: string, startDate: string | null, endDate: string | null, extra: Partial<PlanBar> = {}) => ({
  id,
  code: id,
  networkId: 'N1',
  parentId: null,
  status: 'DECIDED',
  startDate,
  endDate,
  ...extra,
});

describe('days and months', () => {
  it('counts days across month, leap day and year ends', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2); // 2028 is a leap year
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59); // 31 (Jan) + 28 (Feb)
  });

  it('lists the months a bar touches', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
  });

  it('refuses an end before the start, a day that does not exist and the far future', () => {
    expect(datesProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(datesProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(datesProblem(null, null)).toBeNull();
    expect(datesProblem('2026-06-01', '2026-05-31')).toBe('END_BEFORE_START');
    expect(datesProblem('2026-02-30', null)).toBe('NOT_A_DAY');
    expect(datesProblem('2026-13-01', null)).toBe('NOT_A_DAY');
    expect(datesProblem(null, '2201-01-01')).toBe('OUT_OF_RANGE');
  });
});

describe('dependency conflicts', () => {
  // T2 runs Jan–Jun 2026. T5 depends on T2 having started, T7 on T2 being done.
  const t2 = bar('T2', '2026-01-01', '2026-06-30');

  it('flags a START dependency only when the measure starts before the other starts', () => {
    const dependencies = [{ measureId: 'T5', dependsOnId: 'T2', kind: 'START' as const }];
    expect(dependencyConflicts([t2, bar('T5', '2026-01-01', '2026-12-31')], dependencies)).toEqual([]);
    expect(dependencyConflicts([t2, bar('T5', '2026-03-01', '2026-12-31')], dependencies)).toEqual([]);
    expect(dependencyConflicts([t2, bar('T5', '2025-12-22', '2026-12-31')], dependencies)).toEqual([
      { measureId: 'T5', dependsOnId: 'T2', kind: 'START', earliestStart: '2026-01-01', daysEarly: 10 },
    ]);
  });

  it('flags a FINISH dependency when the measure starts before the other ends', () => {
    const dependencies = [{ measureId: 'T7', dependsOnId: 'T2', kind: 'FINISH' as const }];
    // Starting on T2's last day is allowed; the day before is one day early; 1 March is 121 days early.
    expect(dependencyConflicts([t2, bar('T7', '2026-06-30', null)], dependencies)).toEqual([]);
    expect(dependencyConflicts([t2, bar('T7', '2026-06-29', null)], dependencies)).toEqual([
      { measureId: 'T7', dependsOnId: 'T2', kind: 'FINISH', earliestStart: '2026-06-30', daysEarly: 1 },
    ]);
    expect(dependencyConflicts([t2, bar('T7', '2026-03-01', null)], dependencies)[0]?.daysEarly).toBe(121);
  });

  it('cannot judge a dependency whose dates are not known', () => {
    const dependencies = [{ measureId: 'T7', dependsOnId: 'T2', kind: 'FINISH' as const }];
    expect(
      dependencyConflicts([bar('T2', '2026-01-01', null), bar('T7', '2025-01-01', null)], dependencies),
    ).toEqual([]);
    expect(dependencyConflicts([t2, bar('T7', null, null)], dependencies)).toEqual([]);
    expect(dependencyConflicts([bar('T7', '2025-01-01', null)], dependencies)).toEqual([]);
  });
});

describe('capacity', () => {
  it('finds the months in which a network runs more measures than it can take on', () => {
    const bars = [
      bar('A', '2026-01-15', '2026-03-10'), // Jan, Feb, Mar
      bar('B', '2026-02-01', '2026-02-28'), // Feb
      bar('C', '2026-02-20', '2026-04-01'), // Feb, Mar, Apr
      bar('D', '2026-03-01', '2026-03-31', { status: 'REJECTED' }), // takes nothing
      bar('E', '2026-02-01', '2026-03-31', { parentId: 'A' }), // part of A's work
      bar('F', '2026-02-01', null), // not planned to an end
      bar('G', '2026-02-01', '2026-02-02', { networkId: 'N2' }), // another network
    ];
    // Capacity 2: February has A, B, C (3 > 2); March has A, C (2, not over).
    expect(overloadMonths(bars, [], 2)).toEqual([
      { networkId: 'N1', month: '2026-02', count: 3, capacity: 2, measureIds: ['A', 'B', 'C'] },
    ]);
    // Capacity 1 of its own: February and March are over; the default does not apply.
    expect(overloadMonths(bars, [{ networkId: 'N1', capacity: 1 }], 5).map((o) => o.month)).toEqual([
      '2026-02',
      '2026-03',
    ]);
    expect(overloadMonths(bars, [{ networkId: 'N1', capacity: 3 }], 0)).toEqual([
      { networkId: 'N2', month: '2026-02', count: 1, capacity: 0, measureIds: ['G'] },
    ]);
  });
});

describe('comparison with a baseline', () => {
  const planned = (
    measureId: string,
    startDate: string | null,
    endDate: string | null,
    milestones: PlannedMeasure['milestones'] = [],
  ): PlannedMeasure => ({
    measureId,
    code: measureId,
    title: `Tiltak ${measureId}`,
    startDate,
    endDate,
    milestones,
  });

  it('gives the slip in days, moved, new and removed milestones, new and removed measures', () => {
    const baseline = [
      planned('T2', '2026-01-01', '2026-06-30', [
        { id: 'm1', name: 'Avtale signert', date: '2026-03-01' },
        { id: 'm2', name: 'Oppstart', date: '2026-01-10' },
      ]),
      planned('T5', '2026-02-01', '2026-12-31'),
      planned('T9', '2026-01-01', '2026-02-01'),
    ];
    const current = [
      planned('T2', '2026-01-15', '2026-07-31', [
        { id: 'm1', name: 'Avtale signert', date: '2026-04-01' },
        { id: 'm3', name: 'Evaluering', date: '2026-07-01' },
      ]),
      planned('T5', '2026-02-01', '2026-12-31'),
      planned('T8', '2026-05-01', null),
    ];
    expect(compareWithBaseline(baseline, current)).toEqual([
      {
        measureId: 'T2',
        code: 'T2',
        title: 'Tiltak T2',
        change: 'MOVED',
        baselineStart: '2026-01-01',
        baselineEnd: '2026-06-30',
        currentStart: '2026-01-15',
        currentEnd: '2026-07-31',
        startSlipDays: 14,
        endSlipDays: 31,
        milestones: [
          {
            milestoneId: 'm1',
            name: 'Avtale signert',
            baselineDate: '2026-03-01',
            currentDate: '2026-04-01',
            slipDays: 31,
          },
          {
            milestoneId: 'm3',
            name: 'Evaluering',
            baselineDate: null,
            currentDate: '2026-07-01',
            slipDays: null,
          },
          {
            milestoneId: 'm2',
            name: 'Oppstart',
            baselineDate: '2026-01-10',
            currentDate: null,
            slipDays: null,
          },
        ],
      },
      expect.objectContaining({
        measureId: 'T8',
        change: 'NEW',
        currentStart: '2026-05-01',
        startSlipDays: null,
      }),
      expect.objectContaining({
        measureId: 'T9',
        change: 'REMOVED',
        baselineEnd: '2026-02-01',
        currentEnd: null,
      }),
    ]);
  });

  it('gives an earlier date as a negative slip and an unplanned one as no slip', () => {
    const [difference] = compareWithBaseline(
      [planned('T2', '2026-03-01', '2026-06-30')],
      [planned('T2', '2026-02-01', null)],
    );
    expect(difference).toMatchObject({ startSlipDays: -28, endSlipDays: null, currentEnd: null });
  });
});

describe('the five criteria', () => {
  const facts = {
    startDate: '2026-03-01',
    politicalDecisionNeeded: false,
    politicalDecisionRecorded: false,
    anchoringPending: false,
    firstBenefitYear: null,
    overCapacity: false,
    hasDependencyConflict: false,
    resourcesFromOtherUnits: '',
  };

  it('flags nothing for a measure that meets them all', () => {
    expect(criteriaFlags(facts, 2026)).toEqual([]);
  });

  it('flags a political decision needed and not recorded, but not one recorded', () => {
    expect(criteriaFlags({ ...facts, politicalDecisionNeeded: true }, 2026)).toEqual([
      'POLITICAL_DECISION_PENDING',
    ]);
    expect(
      criteriaFlags({ ...facts, politicalDecisionNeeded: true, politicalDecisionRecorded: true }, 2026),
    ).toEqual([]);
    expect(criteriaFlags({ ...facts, anchoringPending: true }, 2026)).toEqual(['POLITICAL_DECISION_PENDING']);
  });

  it('flags an early gain: the first benefit year at the latest the year after the start', () => {
    expect(criteriaFlags({ ...facts, firstBenefitYear: 2027 }, 2026)).toEqual(['EARLY_GAIN']);
    expect(criteriaFlags({ ...facts, firstBenefitYear: 2028 }, 2026)).toEqual([]);
    // Not yet planned: judged from the current year.
    expect(criteriaFlags({ ...facts, startDate: null, firstBenefitYear: 2030 }, 2029)).toEqual([
      'EARLY_GAIN',
    ]);
  });

  it('flags capacity, other units and a broken dependency, in the criteria order', () => {
    expect(
      criteriaFlags(
        {
          ...facts,
          overCapacity: true,
          resourcesFromOtherUnits: 'IKT fra Kongsberg',
          hasDependencyConflict: true,
        },
        2026,
      ),
    ).toEqual(['DEPENDENCY_CONFLICT', 'CAPACITY', 'OTHER_UNITS']);
    expect(criteriaFlags({ ...facts, resourcesFromOtherUnits: '  ' }, 2026)).toEqual([]);
  });
});
