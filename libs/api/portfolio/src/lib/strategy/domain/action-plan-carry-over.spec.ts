import { describe, expect, it } from '@jest/globals';
import type { MeasureStatus } from '@samarbeid/shared/domain';

import { carryOverActionPlan } from './action-plan-carry-over';

const PERIOD = { periodFrom: 2026, periodTo: 2029 };
const statuses = new Map<string, MeasureStatus>([
  ['t5', 'IN_PROGRESS'],
  ['t7', 'COMPLETED'],
  ['t2', 'DECIDED'],
  ['t1', 'REJECTED'],
  ['t8', 'PAUSED'],
]);
const plan2026 = [
  { year: 2026, priority: 1, measureId: 't7' },
  { year: 2026, priority: 2, measureId: 't5' },
  { year: 2026, priority: 3, measureId: 't1' },
  { year: 2026, priority: 4, measureId: 't8' },
  { year: 2026, priority: 5, measureId: 't2' },
];

describe('carryOverActionPlan', () => {
  it('starts next year from the unfinished measures, in their order, numbered from 1', () => {
    expect(carryOverActionPlan(PERIOD, plan2026, statuses, 2026)).toEqual({
      items: [
        { measureId: 't5', priority: 1 },
        { measureId: 't8', priority: 2 },
        { measureId: 't2', priority: 3 },
      ],
    });
  });

  it('refuses a next year outside the period, a next year already planned, and a plan with nothing unfinished', () => {
    expect(carryOverActionPlan(PERIOD, plan2026, statuses, 2029)).toEqual({
      problem: { code: 'YEAR_OUTSIDE_PERIOD', periodFrom: 2026, periodTo: 2029 },
    });
    expect(carryOverActionPlan(PERIOD, plan2026, statuses, 2025)).toMatchObject({
      problem: { code: 'YEAR_OUTSIDE_PERIOD' },
    });
    expect(
      carryOverActionPlan(
        PERIOD,
        [...plan2026, { year: 2027, priority: 1, measureId: 't2' }],
        statuses,
        2026,
      ),
    ).toEqual({ problem: { code: 'NEXT_YEAR_PLANNED', year: 2027 } });
    expect(carryOverActionPlan(PERIOD, [plan2026[0], plan2026[2]], statuses, 2026)).toEqual({
      problem: { code: 'NOTHING_UNFINISHED', year: 2026 },
    });
    expect(carryOverActionPlan(PERIOD, plan2026, statuses, 2027)).toEqual({
      problem: { code: 'NOTHING_UNFINISHED', year: 2027 },
    });
  });
});
