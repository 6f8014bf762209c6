import type { MeasureStatus } from '@samarbeid/shared/domain';

/** A measure is finished in an action plan once it is completed, or dropped once it is rejected. */
const FINISHED: readonly MeasureStatus[] = ['COMPLETED', 'REJECTED'];

export interface PlannedItem {
  readonly year: number;
  readonly priority: number;
  readonly measureId: string;
}

export type CarryOverProblem =
  | { readonly code: 'YEAR_OUTSIDE_PERIOD'; readonly periodFrom: number; readonly periodTo: number }
  | { readonly code: 'NEXT_YEAR_PLANNED'; readonly year: number }
  | { readonly code: 'NOTHING_UNFINISHED'; readonly year: number };

/**
 * Next year's action plan started from `fromYear`'s: its unfinished measures (neither completed nor rejected), in
 * the same order, numbered 1, 2, 3 … Refused when next year lies outside the strategy period, already has a plan (it
 * is edited, not overwritten), or nothing is left to carry over.
 */
export function carryOverActionPlan(
  strategy: { readonly periodFrom: number; readonly periodTo: number },
  items: readonly PlannedItem[],
  statusOf: ReadonlyMap<string, MeasureStatus>,
  fromYear: number,
):
  | { readonly items: readonly { measureId: string; priority: number }[] }
  | { readonly problem: CarryOverProblem } {
  const year = fromYear + 1;
  if (fromYear < strategy.periodFrom || year > strategy.periodTo) {
    return {
      problem: { code: 'YEAR_OUTSIDE_PERIOD', periodFrom: strategy.periodFrom, periodTo: strategy.periodTo },
    };
  }
  if (items.some((item) => item.year === year)) return { problem: { code: 'NEXT_YEAR_PLANNED', year } };
  const unfinished = items
    .filter((item) => item.year === fromYear)
    .filter((item) => {
      const status = statusOf.get(item.measureId);
      return status !== undefined && !FINISHED.includes(status);
    })
    .sort((a, b) => a.priority - b.priority);
  if (unfinished.length === 0) return { problem: { code: 'NOTHING_UNFINISHED', year: fromYear } };
  return { items: unfinished.map((item, index) => ({ measureId: item.measureId, priority: index + 1 })) };
}
