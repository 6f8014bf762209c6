import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionPlanItemEntity,
  GoalIndicatorEntity,
  StrategyEntity,
  StrategyGoalEntity,
  StrategyStatus,
} from '@samarbeid/api/data-access';
import type { MeasureStatus } from '@samarbeid/shared/domain';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';

import { Transaction } from '../shared/transaction';
import type { GoalWrite } from './domain/goal-writes';
import { trimDecimal } from './domain/goal-writes';
import { ActionPlanItem, ActionPlanItemReport, Strategy, StrategyGoal } from './strategy.types';

/** A new strategy as it is inserted (a draft; id and version are the database's). */
export interface NewStrategy {
  readonly networkId: string;
  readonly title: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly consultationEndsOn: string | null;
}

/** What a write may set on a strategy row. */
export type StrategyWrite = Partial<
  Pick<
    Strategy,
    'title' | 'periodFrom' | 'periodTo' | 'status' | 'adoptedByDecisionId' | 'consultationEndsOn'
  >
>;

interface StrategyRow {
  id: string;
  networkId: string;
  regionId: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  status: StrategyStatus;
  adoptedByDecisionId: string | null;
  consultationEndsOn: string | null;
  version: number;
}

const STRATEGY_COLUMNS = `s.id, s.network_id AS "networkId", n.region_id AS "regionId", s.title,
  s.period_from AS "periodFrom", s.period_to AS "periodTo", s.status,
  s.adopted_by_decision_id AS "adoptedByDecisionId", s.consultation_ends_on::text AS "consultationEndsOn",
  s.version`;

/**
 * Strategies with their goals, indicators and action plans: every statement on strategy, strategy_goal,
 * goal_indicator and action_plan_item. Reads outside a change use the pool; a change passes its transaction.
 */
@Injectable()
export class StrategyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each network's strategies, newest period first. */
  async byNetworks(networkIds: readonly string[]): Promise<Strategy[][]> {
    const rows = await this.select('s.network_id = ANY($1::uuid[])', [...networkIds]);
    return networkIds.map((id) => rows.filter((row) => row.networkId === id));
  }

  /** The strategies each decision adopted. */
  async adoptedBy(decisionIds: readonly string[]): Promise<Strategy[][]> {
    const rows = await this.select('s.adopted_by_decision_id = ANY($1::uuid[])', [...decisionIds]);
    return decisionIds.map((id) => rows.filter((row) => row.adoptedByDecisionId === id));
  }

  /** Strategies by id in one statement (null where none). */
  async byIds(ids: readonly string[]): Promise<(Strategy | null)[]> {
    const rows = await this.select('s.id = ANY($1::uuid[])', [...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Goals with their indicators, by strategy; inside a change, pass its transaction to read what it wrote. */
  async goalsOf(strategyIds: readonly string[], tx?: Transaction): Promise<StrategyGoal[][]> {
    const goals = await this.goalRows(tx ?? this.dataSource.manager, 'g.strategy_id = ANY($1::uuid[])', [
      ...strategyIds,
    ]);
    return strategyIds.map((id) => goals.filter((goal) => goal.strategyId === id));
  }

  /** Goals with their indicators by goal id, newest strategy period first (none for no ids). */
  goalsByIds(goalIds: readonly string[]): Promise<StrategyGoal[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return this.goalRows(this.dataSource.manager, 'g.id = ANY($1::uuid[])', [...goalIds]);
  }

  /** Action plan items by strategy, by year and priority. */
  async actionPlansOf(strategyIds: readonly string[], tx?: Transaction): Promise<ActionPlanItem[][]> {
    const rows = await (tx ?? this.dataSource.manager)
      .getRepository(ActionPlanItemEntity)
      .find({ where: { strategyId: In([...strategyIds]) }, order: { year: 'ASC', priority: 'ASC' } });
    return strategyIds.map((id) =>
      rows
        .filter((row) => row.strategyId === id)
        .map((row) => ({ year: row.year, priority: row.priority, measureId: row.measureId })),
    );
  }

  /**
   * The newest status report on each measure (the newest one written; a period's request not yet started only when
   * none is written), by measure id: one statement for any number of measures. The reports are the reporting
   * feature's, in the core tables every feature reads.
   */
  async latestReports(measureIds: readonly string[]): Promise<(ActionPlanItemReport | null)[]> {
    const rows: ActionPlanItemReport[] = measureIds.length
      ? await this.dataSource.query(
          `SELECT DISTINCT ON (s.measure_id) s.measure_id AS "measureId", s.id AS "reportId",
                  s.period_id AS "periodId", p.name AS "periodName", s.state, s.rag,
                  s.progress_percent AS "progressPercent"
             FROM status_report s JOIN reporting_period p ON p.id = s.period_id
            WHERE s.measure_id = ANY($1::uuid[])
            ORDER BY s.measure_id, (s.state = 'NOT_STARTED'), p.period_to DESC, p.period_from DESC, s.id`,
          [[...measureIds]],
        )
      : [];
    const byMeasure = new Map(rows.map((row) => [row.measureId, row]));
    return measureIds.map((id) => byMeasure.get(id) ?? null);
  }

  // ——— inside a change ———

  /** The status of each of the measures, by id. */
  async measureStatuses(tx: Transaction, measureIds: readonly string[]): Promise<Map<string, MeasureStatus>> {
    if (measureIds.length === 0) return new Map();
    const rows: { id: string; status: MeasureStatus }[] = await tx.query(
      'SELECT id, status FROM measure WHERE id = ANY($1::uuid[])',
      [[...measureIds]],
    );
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /** The strategy, locked for the rest of the transaction (null when there is none). */
  async lock(tx: Transaction, id: string): Promise<Strategy | null> {
    const rows: StrategyRow[] = await tx.query(
      `SELECT ${STRATEGY_COLUMNS} FROM strategy s JOIN network n ON n.id = s.network_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    return rows.length > 0 ? toStrategy(rows[0]) : null;
  }

  /** Inserts a draft strategy of a network in `regionId`. */
  async insert(tx: Transaction, strategy: NewStrategy, regionId: string): Promise<Strategy> {
    const repository = tx.getRepository(StrategyEntity);
    const saved = await repository.save(repository.create(strategy));
    return toStrategy({ ...saved, regionId });
  }

  /** Writes the changes of a locked strategy and moves it to the next version. */
  async update(tx: Transaction, current: Strategy, changes: StrategyWrite): Promise<Strategy> {
    await tx
      .getRepository(StrategyEntity)
      .update({ id: current.id, version: current.version }, { ...changes, version: current.version + 1 });
    return { ...current, ...changes, version: current.version + 1 };
  }

  /**
   * Replaces the strategy's goals: each write keeps the id it names (so links from measures survive), goals beyond
   * the new count go (with their links), and each goal's indicators are written the same way (by position).
   */
  async saveGoals(tx: Transaction, strategyId: string, goals: readonly GoalWrite[]): Promise<void> {
    await tx.delete(StrategyGoalEntity, { strategyId, position: MoreThanOrEqual(goals.length) });
    for (const goal of goals) {
      const saved = await tx.getRepository(StrategyGoalEntity).save({
        ...(goal.id ? { id: goal.id } : {}),
        strategyId,
        position: goal.position,
        title: goal.title,
        description: goal.description,
      });
      // Indicators keep their identity by position too, so their measured values (indicator_value) survive an edit.
      await tx.delete(GoalIndicatorEntity, {
        goalId: saved.id,
        position: MoreThanOrEqual(goal.indicators.length),
      });
      for (const [index, indicator] of goal.indicators.entries()) {
        const updated = await tx.update(
          GoalIndicatorEntity,
          { goalId: saved.id, position: index },
          indicator,
        );
        if (!updated.affected) {
          await tx
            .getRepository(GoalIndicatorEntity)
            .insert({ ...indicator, goalId: saved.id, position: index });
        }
      }
    }
  }

  /** Replaces one year's action plan of the strategy. */
  async replaceActionPlanYear(
    tx: Transaction,
    strategyId: string,
    year: number,
    items: readonly { measureId: string; priority: number }[],
  ): Promise<void> {
    await tx.delete(ActionPlanItemEntity, { strategyId, year });
    if (items.length > 0) {
      await tx
        .getRepository(ActionPlanItemEntity)
        .insert(
          items.map((item) => ({ strategyId, year, measureId: item.measureId, priority: item.priority })),
        );
    }
  }

  /** Those of the goals that belong to a strategy in the region (none for no ids). */
  async goalsInRegion(
    tx: Transaction,
    goalIds: readonly string[],
    regionId: string,
  ): Promise<{ id: string; title: string }[]> {
    if (goalIds.length === 0) return [];
    return tx.query(
      `SELECT g.id, g.title FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
         JOIN network n ON n.id = s.network_id WHERE g.id = ANY($1::uuid[]) AND n.region_id = $2`,
      [[...goalIds], regionId],
    );
  }

  private async select(where: string, ids: string[]): Promise<Strategy[]> {
    const rows: StrategyRow[] = await this.dataSource.query(
      `SELECT ${STRATEGY_COLUMNS} FROM strategy s INNER JOIN network n ON n.id = s.network_id
        WHERE ${where} ORDER BY s.period_from DESC`,
      [ids],
    );
    return rows.map(toStrategy);
  }

  private async goalRows(manager: EntityManager, where: string, ids: string[]): Promise<StrategyGoal[]> {
    const goals: {
      id: string;
      strategy_id: string;
      strategy_title: string;
      title: string;
      description: string;
    }[] = await manager.query(
      `SELECT g.id, g.strategy_id, s.title AS strategy_title, g.title, g.description
           FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
          WHERE ${where} ORDER BY s.period_from DESC, g.position`,
      [ids],
    );
    const indicators = goals.length
      ? await manager
          .getRepository(GoalIndicatorEntity)
          .find({ where: { goalId: In(goals.map((goal) => goal.id)) }, order: { position: 'ASC' } })
      : [];
    return goals.map((goal) => ({
      id: goal.id,
      strategyId: goal.strategy_id,
      strategyTitle: goal.strategy_title,
      title: goal.title,
      description: goal.description,
      indicators: indicators
        .filter((indicator) => indicator.goalId === goal.id)
        .map((indicator) => ({
          id: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          baselineYear: indicator.baselineYear,
          baselineValue: trimDecimal(indicator.baselineValue),
          targetYear: indicator.targetYear,
          targetValue: trimDecimal(indicator.targetValue),
          direction: indicator.direction,
        })),
    }));
  }
}

function toStrategy(row: StrategyRow): Strategy {
  return {
    id: row.id,
    networkId: row.networkId,
    regionId: row.regionId,
    title: row.title,
    periodFrom: Number(row.periodFrom),
    periodTo: Number(row.periodTo),
    status: row.status,
    adoptedByDecisionId: row.adoptedByDecisionId,
    consultationEndsOn: row.consultationEndsOn ?? null,
    version: Number(row.version),
  };
}
