import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionPlanItemEntity,
  GoalIndicatorEntity,
  recordAudit,
  StrategyEntity,
  StrategyGoalEntity,
  StrategyStatus,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, notFound, staleVersion } from '@samarbeid/api/platform';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import {
  ActionPlanItem,
  CreateStrategyInput,
  SaveStrategyInput,
  SetActionPlanInput,
  Strategy,
  StrategyGoal,
  StrategyStepInput,
} from './strategy.types';

const ENTITY = 'strategy';
const STATUS_NB: Readonly<Record<StrategyStatus, string>> = {
  DRAFT: 'utkast',
  CONSULTATION: 'på høring',
  ADOPTED: 'vedtatt',
  ARCHIVED: 'arkivert',
};

export const strategyNotFound = () =>
  notFound({ nb: 'Fant ikke strategien.', en: 'The strategy was not found.' });
const periodBackwards = () =>
  badUserInput({
    nb: 'Perioden kan ikke slutte før den begynner.',
    en: 'The period cannot end before it begins.',
  });

/**
 * A network's strategy: written by the network's leader (or the secretariat) while a draft or on consultation,
 * submitted for consultation, adopted by the secretariat with the KDU decision that adopted it, and archived.
 */
@Injectable()
export class StrategyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
  ) {}

  async byNetworks(networkIds: readonly string[]): Promise<Strategy[][]> {
    const rows = await this.query()
      .where('s.network_id IN (:...ids)', { ids: [...networkIds] })
      .getRawMany<StrategyRow>();
    return networkIds.map((id) => rows.filter((row) => row.networkId === id).map(toStrategy));
  }

  /** The strategies each decision adopted. */
  async adoptedBy(decisionIds: readonly string[]): Promise<Strategy[][]> {
    const rows = await this.query()
      .where('s.adopted_by_decision_id IN (:...ids)', { ids: [...decisionIds] })
      .getRawMany<StrategyRow>();
    return decisionIds.map((id) => rows.filter((row) => row.adoptedByDecisionId === id).map(toStrategy));
  }

  async byId(id: string): Promise<Strategy> {
    const row = await this.query().where('s.id = :id', { id }).getRawOne<StrategyRow>();
    if (!row) throw strategyNotFound();
    return toStrategy(row);
  }

  /** Strategies by id in one statement (null where none), for the per-request loader. */
  async byIds(ids: readonly string[]): Promise<(Strategy | null)[]> {
    const rows = await this.query()
      .where('s.id = ANY(:ids::uuid[])', { ids: [...ids] })
      .getRawMany<StrategyRow>();
    const byId = new Map(rows.map((row) => [row.id, toStrategy(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Goals with their indicators; inside a transaction, pass its manager to read what it wrote. */
  async goalsOf(
    strategyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StrategyGoal[][]> {
    const goals = await this.goalRows(manager, 'g.strategy_id = ANY($1::uuid[])', [...strategyIds]);
    return strategyIds.map((id) => goals.filter((goal) => goal.strategyId === id));
  }

  /** The strategy goals each measure serves. */
  async goalsOfMeasures(measureIds: readonly string[]): Promise<StrategyGoal[][]> {
    const links: { measure_id: string; goal_id: string }[] = await this.dataSource.query(
      'SELECT measure_id, goal_id FROM measure_goal WHERE measure_id = ANY($1::uuid[])',
      [[...measureIds]],
    );
    const goals = links.length
      ? await this.goalRows(this.dataSource.manager, 'g.id = ANY($1::uuid[])', [
          ...new Set(links.map((l) => l.goal_id)),
        ])
      : [];
    return measureIds.map((id) => {
      const ids = new Set(links.filter((link) => link.measure_id === id).map((link) => link.goal_id));
      return goals.filter((goal) => ids.has(goal.id));
    });
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

  async actionPlansOf(
    strategyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActionPlanItem[][]> {
    const rows = await manager
      .getRepository(ActionPlanItemEntity)
      .find({ where: { strategyId: In([...strategyIds]) }, order: { year: 'ASC', priority: 'ASC' } });
    return strategyIds.map((id) =>
      rows
        .filter((row) => row.strategyId === id)
        .map((row) => ({ year: row.year, priority: row.priority, measureId: row.measureId })),
    );
  }

  async create(user: AuthenticatedUser, input: CreateStrategyInput): Promise<Strategy> {
    if (input.periodTo < input.periodFrom) throw periodBackwards();
    return this.dataSource.transaction(async (manager) => {
      const [network]: { region_id: string }[] = await manager.query(
        'SELECT region_id FROM network WHERE id = $1',
        [input.networkId],
      );
      if (!network) throw badUserInput({ nb: 'Nettverket finnes ikke.', en: 'The network does not exist.' });
      await this.access.assertCanEditNetworkItem(user, input.networkId, manager);
      const repository = manager.getRepository(StrategyEntity);
      const saved = await repository.save(
        repository.create({
          networkId: input.networkId,
          title: input.title.trim(),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
        }),
      );
      const strategy = toStrategy({ ...saved, regionId: network.region_id });
      await this.audit(
        manager,
        user,
        strategy,
        'CREATE',
        `Strategi «${strategy.title}» opprettet`,
        null,
        strategy,
      );
      return strategy;
    });
  }

  async save(user: AuthenticatedUser, input: SaveStrategyInput): Promise<Strategy> {
    if (input.periodTo < input.periodFrom) throw periodBackwards();
    for (const goal of input.goals) {
      for (const indicator of goal.indicators) {
        if (indicator.targetYear < indicator.baselineYear) {
          throw badUserInput({
            nb: `Målåret for «${indicator.name}» kan ikke være før året for utgangsverdien.`,
            en: `The target year of "${indicator.name}" cannot be before its baseline year.`,
          });
        }
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, user, input.id, input.version);
      assertEditable(current);
      const [before] = await this.goalsOf([current.id], manager);
      // Goals keep their identity by position, so links from measures to goals survive an edit of the text;
      // goals beyond the new count are removed (and their links with them).
      await manager.delete(StrategyGoalEntity, {
        strategyId: current.id,
        position: MoreThanOrEqual(input.goals.length),
      });
      for (const [position, goal] of input.goals.entries()) {
        const existing = before.find((_, index) => index === position);
        const saved = await manager.getRepository(StrategyGoalEntity).save({
          ...(existing ? { id: existing.id } : {}),
          strategyId: current.id,
          position,
          title: goal.title.trim(),
          description: goal.description.trim(),
        });
        await manager.delete(GoalIndicatorEntity, { goalId: saved.id });
        if (goal.indicators.length > 0) {
          await manager.getRepository(GoalIndicatorEntity).insert(
            goal.indicators.map((indicator, index) => ({
              ...indicator,
              goalId: saved.id,
              position: index,
            })),
          );
        }
      }
      const updated = await this.write(manager, current, {
        title: input.title.trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
      });
      const [after] = await this.goalsOf([current.id], manager);
      await this.audit(
        manager,
        user,
        updated,
        'UPDATE',
        `Strategi «${updated.title}» endret (${input.goals.length} mål)`,
        { ...current, goals: before },
        { ...updated, goals: after },
      );
      return updated;
    });
  }

  async setActionPlan(user: AuthenticatedUser, input: SetActionPlanInput): Promise<Strategy> {
    if (input.year < 2000) throw badUserInput({ nb: 'Ugyldig år.', en: 'Invalid year.' });
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, user, input.strategyId, input.version);
      assertEditable(current);
      if (input.year < current.periodFrom || input.year > current.periodTo) {
        throw badUserInput({
          nb: `Året må være innenfor strategiperioden ${current.periodFrom}–${current.periodTo}.`,
          en: `The year must be within the strategy period ${current.periodFrom}–${current.periodTo}.`,
        });
      }
      const codes = [...new Set(input.items.map((item) => item.measureCode.trim().toUpperCase()))];
      if (codes.length !== input.items.length) {
        throw badUserInput({
          nb: 'Et tiltak står flere ganger i planen.',
          en: 'A measure appears more than once in the plan.',
        });
      }
      const found: { id: string; code: string }[] = codes.length
        ? await manager.query(
            'SELECT id, code FROM measure WHERE region_id = $1 AND code = ANY($2::text[])',
            [current.regionId, codes],
          )
        : [];
      const missing = codes.filter((code) => !found.some((row) => row.code === code));
      if (missing.length > 0) {
        throw badUserInput({
          nb: `Fant ikke tiltak ${missing.join(', ')} i regionen.`,
          en: `No measure ${missing.join(', ')} in the region.`,
        });
      }
      const idOf = new Map(found.map((row) => [row.code, row.id]));
      const [before] = await this.actionPlansOf([current.id], manager);
      await manager.delete(ActionPlanItemEntity, { strategyId: current.id, year: input.year });
      if (input.items.length > 0) {
        await manager.getRepository(ActionPlanItemEntity).insert(
          input.items.map((item) => ({
            strategyId: current.id,
            year: input.year,
            measureId: idOf.get(item.measureCode.trim().toUpperCase()) as string,
            priority: item.priority,
          })),
        );
      }
      const updated = await this.write(manager, current, {});
      await this.audit(
        manager,
        user,
        updated,
        'UPDATE',
        `Handlingsplan ${input.year} for «${updated.title}»: ${codes.join(', ') || 'tom'}`,
        { year: input.year, items: before.filter((item) => item.year === input.year) },
        { year: input.year, items: input.items },
      );
      return updated;
    });
  }

  /** draft → consultation (leader or secretariat); consultation → adopted with a KDU decision, adopted → archived (secretariat). */
  async step(user: AuthenticatedUser, input: StrategyStepInput, to: StrategyStatus): Promise<Strategy> {
    return this.dataSource.transaction(async (manager) => {
      if (to !== 'CONSULTATION') {
        this.access.assertSecretariat(user, {
          nb: 'vedta eller arkivere strategier',
          en: 'adopt or archive strategies',
        });
      }
      const current = await this.lockForChange(manager, user, input.id, input.version);
      const from: Record<StrategyStatus, StrategyStatus | null> = {
        DRAFT: null,
        CONSULTATION: 'DRAFT',
        ADOPTED: 'CONSULTATION',
        ARCHIVED: 'ADOPTED',
      };
      if (current.status !== from[to]) {
        throw badUserInput({
          nb: `En strategi som er ${STATUS_NB[current.status]}, kan ikke bli ${STATUS_NB[to]}.`,
          en: `A strategy that is ${current.status.toLowerCase()} cannot become ${to.toLowerCase()}.`,
        });
      }
      const changes: Partial<StrategyEntity> = { status: to };
      if (to === 'ADOPTED') {
        if (!input.decisionId) {
          throw badUserInput({
            nb: 'Velg vedtaket i KDU som vedtar strategien.',
            en: 'Choose the KDU decision that adopts the strategy.',
          });
        }
        const decision: unknown[] = await manager.query(
          "SELECT 1 FROM decision WHERE id = $1 AND region_id = $2 AND body = 'KDU'",
          [input.decisionId, current.regionId],
        );
        if (decision.length === 0) {
          throw badUserInput({
            nb: 'Vedtaket må være et KDU-vedtak i samme region.',
            en: 'The decision must be a KDU decision in the same region.',
          });
        }
        changes.adoptedByDecisionId = input.decisionId;
      }
      const updated = await this.write(manager, current, changes);
      await this.audit(
        manager,
        user,
        updated,
        'TRANSITION',
        `Strategi «${updated.title}»: ${STATUS_NB[current.status]} → ${STATUS_NB[to]}`,
        { status: current.status },
        { status: to, adoptedByDecisionId: updated.adoptedByDecisionId },
      );
      return updated;
    });
  }

  private query() {
    return this.dataSource
      .getRepository(StrategyEntity)
      .createQueryBuilder('s')
      .innerJoin('network', 'n', 'n.id = s.network_id')
      .select([
        's.id AS id',
        's.network_id AS "networkId"',
        'n.region_id AS "regionId"',
        's.title AS title',
        's.period_from AS "periodFrom"',
        's.period_to AS "periodTo"',
        's.status AS status',
        's.adopted_by_decision_id AS "adoptedByDecisionId"',
        's.version AS version',
      ])
      .orderBy('s.period_from', 'DESC');
  }

  private async lockForChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number,
  ): Promise<Strategy> {
    const rows: StrategyRow[] = await manager.query(
      `SELECT s.id, s.network_id AS "networkId", n.region_id AS "regionId", s.title, s.period_from AS "periodFrom",
              s.period_to AS "periodTo", s.status, s.adopted_by_decision_id AS "adoptedByDecisionId", s.version
         FROM strategy s JOIN network n ON n.id = s.network_id WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    if (rows.length === 0) throw strategyNotFound();
    const current = toStrategy(rows[0]);
    await this.access.assertCanEditNetworkItem(user, current.networkId, manager);
    if (current.version !== version) throw staleVersion({ nb: 'Strategien', en: 'The strategy' });
    return current;
  }

  private async write(
    manager: EntityManager,
    current: Strategy,
    changes: Partial<StrategyEntity>,
  ): Promise<Strategy> {
    await manager
      .getRepository(StrategyEntity)
      .update({ id: current.id, version: current.version }, { ...changes, version: current.version + 1 });
    return { ...current, ...changes, version: current.version + 1 } as Strategy;
  }

  private audit(
    manager: EntityManager,
    user: AuthenticatedUser,
    strategy: Strategy,
    action: 'CREATE' | 'UPDATE' | 'TRANSITION',
    summary: string,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    return recordAudit(manager, user, {
      action,
      entityType: ENTITY,
      entityId: strategy.id,
      regionId: strategy.regionId,
      summary,
      before,
      after,
    });
  }
}

interface StrategyRow {
  id: string;
  networkId: string;
  regionId: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  status: StrategyStatus;
  adoptedByDecisionId: string | null;
  version: number;
}

/** Only drafts and strategies on consultation can change; an adopted plan is what was adopted. */
function assertEditable(strategy: Strategy): void {
  if (strategy.status !== 'DRAFT' && strategy.status !== 'CONSULTATION') {
    throw badUserInput({
      nb: 'En vedtatt eller arkivert strategi kan ikke endres. Lag en ny strategi for neste periode.',
      en: 'An adopted or archived strategy cannot be changed. Create a new strategy for the next period.',
    });
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
    version: Number(row.version),
  };
}

/** PostgreSQL numeric(18,4) comes back as "12.5000": shown as "12.5". Exact: only trailing zeros go. */
function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
