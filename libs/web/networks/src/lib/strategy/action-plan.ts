import type { SetActionPlanInput } from '@samarbeid/web/graphql';

import type { StrategyDetail } from './strategy-draft';

/** One measure in a year's action plan; its priority is its place in the list (1 first). */
export interface PlanItem {
  readonly code: string;
  readonly title: string;
}

/** The years of the strategy period, in order: the years an action plan can be made for. */
export function planYears(strategy: Pick<StrategyDetail, 'periodFrom' | 'periodTo'>): readonly number[] {
  const years: number[] = [];
  for (let year = strategy.periodFrom; year <= strategy.periodTo; year++) years.push(year);
  return years;
}

/** The saved action plan of `year`, by priority. */
export function planFor(strategy: Pick<StrategyDetail, 'actionPlan'>, year: number): readonly PlanItem[] {
  return strategy.actionPlan
    .filter((item) => item.year === year)
    .sort((a, b) => a.priority - b.priority)
    .map((item) => ({ code: item.measure.code, title: item.measure.title }));
}

/** Every year that has an action plan, with its plan: for reading. */
export function savedPlans(
  strategy: Pick<StrategyDetail, 'actionPlan'>,
): readonly { readonly year: number; readonly items: readonly PlanItem[] }[] {
  const years = [...new Set(strategy.actionPlan.map((item) => item.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, items: planFor(strategy, year) }));
}

/** Adds a measure last (lowest priority); a measure already in the plan is not added again. */
export function addPlanItem(items: readonly PlanItem[], item: PlanItem): readonly PlanItem[] {
  return items.some((existing) => existing.code === item.code) ? items : [...items, item];
}

export function removePlanItem(items: readonly PlanItem[], index: number): readonly PlanItem[] {
  return items.filter((_, i) => i !== index);
}

/** Moves a measure one place up (-1, higher priority) or down (1); at either end, nothing changes. */
export function movePlanItem(items: readonly PlanItem[], index: number, delta: -1 | 1): readonly PlanItem[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

export function samePlan(a: readonly PlanItem[], b: readonly PlanItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.code === b[i].code);
}

/** What `setActionPlan` gets: the year's measures by code, priority 1 first. */
export function actionPlanInput(
  strategyId: string,
  version: number,
  year: number,
  items: readonly PlanItem[],
): SetActionPlanInput {
  return {
    strategyId,
    version,
    year,
    items: items.map((item, index) => ({ measureCode: item.code, priority: index + 1 })),
  };
}

/**
 * Whether `year`'s saved plan can start next year's: it has measures, next year lies in the strategy period and has
 * no plan yet (the API also leaves completed and rejected measures behind, and refuses when none is left).
 */
export function canCarryOver(
  strategy: Pick<StrategyDetail, 'actionPlan' | 'periodTo'>,
  year: number,
): boolean {
  return (
    year + 1 <= strategy.periodTo &&
    strategy.actionPlan.some((item) => item.year === year) &&
    !strategy.actionPlan.some((item) => item.year === year + 1)
  );
}
