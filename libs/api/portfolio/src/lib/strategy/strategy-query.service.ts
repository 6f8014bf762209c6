import { Injectable } from '@nestjs/common';

import { MeasureRepository } from '../measure/measure.repository';
import { StrategyRepository } from './strategy.repository';
import { ActionPlanItem, ActionPlanItemReport, Strategy, StrategyGoal } from './strategy.types';

/** Reading strategies and their parts, in the batches the per-request loaders ask for. */
@Injectable()
export class StrategyQueryService {
  constructor(
    private readonly strategies: StrategyRepository,
    private readonly measures: MeasureRepository,
  ) {}

  byNetworks(networkIds: readonly string[]): Promise<Strategy[][]> {
    return this.strategies.byNetworks(networkIds);
  }

  /** The strategies each decision adopted. */
  adoptedBy(decisionIds: readonly string[]): Promise<Strategy[][]> {
    return this.strategies.adoptedBy(decisionIds);
  }

  /** Strategies by id in one statement (null where none), for the per-request loader. */
  byIds(ids: readonly string[]): Promise<(Strategy | null)[]> {
    return this.strategies.byIds(ids);
  }

  goalsOf(strategyIds: readonly string[]): Promise<StrategyGoal[][]> {
    return this.strategies.goalsOf(strategyIds);
  }

  /** The strategy goals each measure serves: the measures' links, then the goals in one batch. */
  async goalsOfMeasures(measureIds: readonly string[]): Promise<StrategyGoal[][]> {
    const links = await this.measures.goalIdsOf(measureIds);
    const goals = await this.strategies.goalsByIds([...new Set(links.flat())]);
    return links.map((ids) => goals.filter((goal) => ids.includes(goal.id)));
  }

  actionPlansOf(strategyIds: readonly string[]): Promise<ActionPlanItem[][]> {
    return this.strategies.actionPlansOf(strategyIds);
  }

  /** The newest status report on each measure (null where none). */
  latestReports(measureIds: readonly string[]): Promise<(ActionPlanItemReport | null)[]> {
    return this.strategies.latestReports(measureIds);
  }
}
