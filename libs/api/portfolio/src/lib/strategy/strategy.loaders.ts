import { RequestContext } from '@samarbeid/api/platform';
import DataLoader from 'dataloader';

import { StrategyQueryService } from './strategy-query.service';
import { ActionPlanItem, ActionPlanItemReport, Strategy, StrategyGoal } from './strategy.types';

/** Per-request loaders of strategies and their parts. */
export function strategyLoaders(context: RequestContext, service: StrategyQueryService) {
  return {
    byId: context.loaders.get(
      'strategy.byId',
      () => new DataLoader<string, Strategy | null>((ids) => service.byIds(ids)),
    ),
    byNetwork: context.loaders.get(
      'strategy.byNetwork',
      () => new DataLoader<string, Strategy[]>((ids) => service.byNetworks(ids)),
    ),
    goals: context.loaders.get(
      'strategy.goals',
      () => new DataLoader<string, StrategyGoal[]>((ids) => service.goalsOf(ids)),
    ),
    actionPlan: context.loaders.get(
      'strategy.actionPlan',
      () => new DataLoader<string, ActionPlanItem[]>((ids) => service.actionPlansOf(ids)),
    ),
    latestReport: context.loaders.get(
      'strategy.latestReport',
      () => new DataLoader<string, ActionPlanItemReport | null>((ids) => service.latestReports(ids)),
    ),
  };
}
