import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';
import type { StrategyStatus } from '@samarbeid/shared/domain';
import {
  actionPlanProblem,
  missingCodes,
  normaliseMeasureCode,
  strategyContentProblem,
  strategyIsOpen,
  strategyStepper,
  strategyStepProblem,
} from '@samarbeid/shared/domain';

import { DecisionRepository } from '../decision/decision.repository';
import { HistoryRepository } from '../history/history.repository';
import { MeasureRepository } from '../measure/measure.repository';
import { NetworkRepository } from '../network/network.repository';
import { PortfolioTransactions, Transaction } from '../shared/transaction';
import { carryOverActionPlan } from './domain/action-plan-carry-over';
import { goalWrites } from './domain/goal-writes';
import { strategyAudit } from './strategy.audit';
import {
  actionPlanRefused,
  carryOverRefused,
  contentRefused,
  networkMissing,
  notKduDecision,
  STRATEGY,
  strategyClosed,
  strategyNotFound,
  stepRefused,
  unknownCodes,
} from './strategy.errors';
import {
  CarryOverActionPlanInput,
  CreateStrategyInput,
  SaveStrategyInput,
  SetActionPlanInput,
  StrategyStepInput,
} from './strategy.inputs';
import { StrategyRepository, StrategyWrite } from './strategy.repository';
import { Strategy } from './strategy.types';

/**
 * A network's strategy: written by the network's leader (or the secretariat) while a draft or on consultation,
 * submitted for consultation, adopted by the secretariat with the KDU decision that adopted it, and archived.
 * Every change is checked, written with optimistic locking and recorded in the history in one transaction.
 */
@Injectable()
export class StrategyCommandService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly strategies: StrategyRepository,
    private readonly networks: NetworkRepository,
    private readonly measures: MeasureRepository,
    private readonly decisions: DecisionRepository,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async create(user: AuthenticatedUser, input: CreateStrategyInput): Promise<Strategy> {
    const problem = strategyContentProblem(input);
    if (problem) throw contentRefused(problem);
    return this.transactions.run(async (tx) => {
      const regionId = await this.networks.regionOf(tx, input.networkId);
      if (!regionId) throw networkMissing();
      await this.access.assertCanEditNetworkItem(user, input.networkId, tx);
      const strategy = await this.strategies.insert(
        tx,
        {
          networkId: input.networkId,
          title: input.title.trim(),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          consultationEndsOn: input.consultationEndsOn ?? null,
        },
        regionId,
      );
      await this.history.record(tx, user, strategyAudit.created(strategy));
      return strategy;
    });
  }

  /** Title, period, the consultation's last day, goals and indicators, saved together. */
  async save(user: AuthenticatedUser, input: SaveStrategyInput): Promise<Strategy> {
    const problem = strategyContentProblem(input);
    if (problem) throw contentRefused(problem);
    return this.transactions.run(async (tx) => {
      const current = await this.lockOpen(tx, user, input.id, input.version);
      const [before] = await this.strategies.goalsOf([current.id], tx);
      await this.strategies.saveGoals(tx, current.id, goalWrites(before, input.goals));
      const updated = await this.strategies.update(tx, current, {
        title: input.title.trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        // Left out: kept as it is; null: cleared.
        ...(input.consultationEndsOn === undefined ? {} : { consultationEndsOn: input.consultationEndsOn }),
      });
      const [after] = await this.strategies.goalsOf([current.id], tx);
      await this.history.record(tx, user, strategyAudit.saved(current, updated, { before, after }));
      return updated;
    });
  }

  /** Replaces one year's action plan: prioritised measures of the region, by code. */
  async setActionPlan(user: AuthenticatedUser, input: SetActionPlanInput): Promise<Strategy> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockOpen(tx, user, input.strategyId, input.version);
      const requested = input.items.map((item) => item.measureCode);
      const problem = actionPlanProblem(current, input.year, requested);
      if (problem) throw actionPlanRefused(problem);
      const codes = requested.map(normaliseMeasureCode);
      const measureIds = await this.measureIdsByCode(tx, current.regionId, codes);
      const [before] = await this.strategies.actionPlansOf([current.id], tx);
      await this.strategies.replaceActionPlanYear(
        tx,
        current.id,
        input.year,
        input.items.map((item, index) => ({ measureId: measureIds[index], priority: item.priority })),
      );
      const updated = await this.strategies.update(tx, current, {});
      await this.history.record(
        tx,
        user,
        strategyAudit.actionPlanSet(updated, input.year, codes, before, input.items),
      );
      return updated;
    });
  }

  /**
   * Starts next year's action plan from `fromYear`'s: its unfinished measures (neither completed nor rejected) in
   * the same order. Only while next year has no plan; by the network's leader or the secretariat, while open.
   */
  async carryOverActionPlan(user: AuthenticatedUser, input: CarryOverActionPlanInput): Promise<Strategy> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockOpen(tx, user, input.strategyId, input.version);
      const [items] = await this.strategies.actionPlansOf([current.id], tx);
      const statuses = await this.strategies.measureStatuses(
        tx,
        items.map((item) => item.measureId),
      );
      const outcome = carryOverActionPlan(current, items, statuses, input.fromYear);
      if ('problem' in outcome) throw carryOverRefused(outcome.problem);
      await this.strategies.replaceActionPlanYear(tx, current.id, input.fromYear + 1, outcome.items);
      const codes = await this.measures.codesOf(
        tx,
        outcome.items.map((item) => item.measureId),
      );
      const updated = await this.strategies.update(tx, current, {});
      await this.history.record(
        tx,
        user,
        strategyAudit.actionPlanCarriedOver(
          updated,
          input.fromYear,
          outcome.items.map((item) => codes.get(item.measureId) ?? item.measureId),
          outcome.items,
        ),
      );
      return updated;
    });
  }

  /** draft → consultation (leader or secretariat); consultation → adopted with a KDU decision, adopted → archived (secretariat). */
  async step(user: AuthenticatedUser, input: StrategyStepInput, to: StrategyStatus): Promise<Strategy> {
    return this.transactions.run(async (tx) => {
      if (strategyStepper(to) === 'SECRETARIAT') {
        this.access.assertSecretariat(user, {
          nb: 'vedta eller arkivere strategier',
          en: 'adopt or archive strategies',
        });
      }
      const current = await this.lockForChange(tx, user, input.id, input.version);
      const problem = strategyStepProblem(current.status, to, input.decisionId);
      if (problem) throw stepRefused(problem, current.status, to);
      const changes: StrategyWrite = { status: to };
      if (to === 'ADOPTED' && input.decisionId) {
        const adopts = await this.decisions.isKduDecisionOf(tx, input.decisionId, current.regionId);
        if (!adopts) throw notKduDecision();
        changes.adoptedByDecisionId = input.decisionId;
      }
      const updated = await this.strategies.update(tx, current, changes);
      await this.history.record(tx, user, strategyAudit.stepped(updated, current.status, to));
      return updated;
    });
  }

  /** The region's measures with these codes, in the same order; refused naming the codes it does not have. */
  private async measureIdsByCode(
    tx: Transaction,
    regionId: string,
    codes: readonly string[],
  ): Promise<string[]> {
    const found = await this.measures.idsByCode(tx, regionId, codes);
    const missing = missingCodes(
      codes,
      found.map((row) => row.code),
    );
    if (missing.length > 0) throw unknownCodes(missing);
    const idOf = new Map(found.map((row) => [row.code, row.id]));
    return codes.map((code) => idOf.get(code) as string);
  }

  /** Locks the strategy, checks who may change it, and refuses a stale version. */
  private async lockForChange(
    tx: Transaction,
    user: AuthenticatedUser,
    id: string,
    version: number,
  ): Promise<Strategy> {
    const current = await this.strategies.lock(tx, id);
    if (!current) throw strategyNotFound();
    await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
    assertExpectedVersion(current, version, STRATEGY);
    return current;
  }

  /** As {@link lockForChange}, and only while the strategy is open (a draft or on consultation). */
  private async lockOpen(
    tx: Transaction,
    user: AuthenticatedUser,
    id: string,
    version: number,
  ): Promise<Strategy> {
    const current = await this.lockForChange(tx, user, id, version);
    if (!strategyIsOpen(current.status)) throw strategyClosed();
    return current;
  }
}
