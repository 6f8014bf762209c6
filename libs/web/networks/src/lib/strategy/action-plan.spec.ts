import { describe, expect, it } from '@jest/globals';

import { strategy } from '../../testing/network-fixtures';
import {
  actionPlanInput,
  addPlanItem,
  movePlanItem,
  planFor,
  planYears,
  removePlanItem,
  samePlan,
  savedPlans,
} from './action-plan';

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

describe('the action plan', () => {
  it('offers the years of the strategy period', () => {
    expect(planYears({ periodFrom: 2026, periodTo: 2029 })).toEqual([2026, 2027, 2028, 2029]);
  });

  it("reads a year's plan by priority, and every year that has one", () => {
    const seeded = strategy();
    const shuffled = strategy({ actionPlan: [...seeded.actionPlan].reverse() });
    expect(codes(planFor(shuffled, 2026))).toEqual(['T5', 'T7', 'T2']);
    expect(planFor(shuffled, 2027)).toEqual([]);
    expect(savedPlans(shuffled).map((plan) => plan.year)).toEqual([2026]);
  });

  it('adds a measure last, once; removes and reorders', () => {
    const plan = planFor(strategy(), 2026);
    const added = addPlanItem(plan, { code: 'T1', title: 'Strategi' });
    expect(codes(added)).toEqual(['T5', 'T7', 'T2', 'T1']);
    expect(addPlanItem(added, { code: 'T7', title: 'Byggesak' })).toBe(added);
    expect(codes(removePlanItem(added, 1))).toEqual(['T5', 'T2', 'T1']);
    expect(codes(movePlanItem(added, 3, -1))).toEqual(['T5', 'T7', 'T1', 'T2']);
    expect(codes(movePlanItem(added, 0, 1))).toEqual(['T7', 'T5', 'T2', 'T1']);
    expect(movePlanItem(added, 0, -1)).toBe(added);
    expect(movePlanItem(added, 3, 1)).toBe(added);
    expect(samePlan(movePlanItem(added, 0, 1), added)).toBe(false);
    expect(samePlan(planFor(strategy(), 2026), plan)).toBe(true);
  });

  it('sends the measures by code with priority 1 first', () => {
    expect(
      actionPlanInput('s1', 5, 2027, [
        { code: 'T8', title: 'Geodata' },
        { code: 'T1', title: 'Strategi' },
      ]),
    ).toEqual({
      strategyId: 's1',
      version: 5,
      year: 2027,
      items: [
        { measureCode: 'T8', priority: 1 },
        { measureCode: 'T1', priority: 2 },
      ],
    });
  });
});
