import type { AuditRecord } from '@samarbeid/api/data-access';
import type { StrategyStatus } from '@samarbeid/shared/domain';

import { STRATEGY_STATUS_NB } from './strategy.errors';
import type { ActionPlanItem, Strategy, StrategyGoal } from './strategy.types';

/** The change-history records of a strategy's changes: what each says, and what it keeps before and after. */
const of = (strategy: Strategy) => ({
  entityType: 'strategy',
  entityId: strategy.id,
  regionId: strategy.regionId,
});

/** ", høringsfrist 2027-03-01" when the consultation's last day was set or changed, ", høringsfrist fjernet" when removed. */
function consultationChange(before: Strategy, after: Strategy): string {
  if (before.consultationEndsOn === after.consultationEndsOn) return '';
  return after.consultationEndsOn ? `, høringsfrist ${after.consultationEndsOn}` : ', høringsfrist fjernet';
}

export const strategyAudit = {
  created: (strategy: Strategy): AuditRecord => ({
    action: 'CREATE',
    ...of(strategy),
    summary: `Strategi «${strategy.title}» opprettet`,
    before: null,
    after: strategy,
  }),

  saved: (
    before: Strategy,
    after: Strategy,
    goals: { readonly before: StrategyGoal[]; readonly after: StrategyGoal[] },
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(after),
    summary: `Strategi «${after.title}» endret (${goals.after.length} mål${consultationChange(before, after)})`,
    before: { ...before, goals: goals.before },
    after: { ...after, goals: goals.after },
  }),

  actionPlanSet: (
    strategy: Strategy,
    year: number,
    codes: readonly string[],
    before: readonly ActionPlanItem[],
    after: readonly object[],
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(strategy),
    summary: `Handlingsplan ${year} for «${strategy.title}»: ${codes.join(', ') || 'tom'}`,
    before: { year, items: before.filter((item) => item.year === year) },
    after: { year, items: after },
  }),

  actionPlanCarriedOver: (
    strategy: Strategy,
    fromYear: number,
    codes: readonly string[],
    items: readonly { measureId: string; priority: number }[],
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(strategy),
    summary: `Handlingsplan ${fromYear + 1} for «${strategy.title}» startet fra ${fromYear}: ${codes.join(', ')}`,
    before: { year: fromYear + 1, items: [] },
    after: { year: fromYear + 1, carriedOverFrom: fromYear, items },
  }),

  stepped: (strategy: Strategy, from: StrategyStatus, to: StrategyStatus): AuditRecord => ({
    action: 'TRANSITION',
    ...of(strategy),
    summary: `Strategi «${strategy.title}»: ${STRATEGY_STATUS_NB[from]} → ${STRATEGY_STATUS_NB[to]}`,
    before: { status: from },
    after: { status: to, adoptedByDecisionId: strategy.adoptedByDecisionId },
  }),
};
