import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';
import { checkTransition, cycleCreatedBy } from '@samarbeid/shared/domain';

import { Measure } from '../dto/portfolio.types';
import { governanceAudit } from '../governance/governance.audit';
import { GovernanceService } from '../governance/governance.service';
import { HistoryRepository } from '../history/history.repository';
import { NetworkRepository } from '../network/network.repository';
import { RegionLookup } from '../shared/region-lookup.repository';
import { PortfolioTransactions, Transaction } from '../shared/transaction';
import { StrategyRepository } from '../strategy/strategy.repository';
import {
  dependencyProblem,
  isCompleteNewMeasure,
  measureChanges,
  measureProblem,
  newMeasure,
} from './domain/measure-changes';
import { measureAudit } from './measure.audit';
import {
  codeTaken,
  dependencyAcrossRegions,
  dependencyCycle,
  goalOutsideRegion,
  MEASURE,
  measureNotFound,
  measureRefused,
  networkNotInRegion,
  noSuchDependency,
  parentNotInRegion,
  requiredTitle,
  transitionRefused,
} from './measure.errors';
import {
  CreateMeasureInput,
  DependencyInput,
  SetMeasureGoalsInput,
  TransitionMeasureInput,
  UpdateMeasureInput,
} from './measure.inputs';
import { MeasureRepository } from './measure.repository';

/**
 * Every change to a measure: checked (role, owning network, rules), written with optimistic locking, and
 * recorded in the change history in the same transaction.
 */
@Injectable()
export class MeasureCommandService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly measures: MeasureRepository,
    private readonly networks: NetworkRepository,
    private readonly strategies: StrategyRepository,
    private readonly regions: RegionLookup,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
    private readonly governance: GovernanceService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateMeasureInput): Promise<Measure> {
    const regionId = await this.regions.idOf(input.regionSlug);
    if (!isCompleteNewMeasure(input)) throw requiredTitle();
    const { networkId } = input;
    const candidate = newMeasure(regionId, input.code, input);
    return this.transactions.run(async (tx) => {
      await this.assertNetworkInRegion(tx, networkId, regionId);
      await this.access.assertCanEditNetworkItem(user, networkId, tx);
      await this.assertValid(tx, candidate, null);
      const measure = await this.measures.insert(tx, candidate);
      if (measure === 'CODE_TAKEN') throw codeTaken(input.code);
      await this.history.record(tx, user, measureAudit.created(measure));
      return measure;
    });
  }

  async update(user: AuthenticatedUser, input: UpdateMeasureInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.id, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const changes = measureChanges(input);
      if (changes.networkId && changes.networkId !== current.networkId) {
        await this.assertNetworkInRegion(tx, changes.networkId, current.regionId);
        await this.access.assertCanEditNetworkItem(user, changes.networkId, tx);
      }
      await this.assertValid(tx, { ...current, ...changes }, current.id);
      const updated = await this.measures.update(tx, current, changes);
      await this.history.record(tx, user, measureAudit.updated(current, updated, Object.keys(changes)));
      return updated;
    });
  }

  async transition(user: AuthenticatedUser, input: TransitionMeasureInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.id, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const check = checkTransition(current.status, input.to);
      if (!check.ok) throw transitionRefused(check);
      const overridden = await this.governance.checkTransition(
        tx,
        user,
        current,
        input.to,
        input.overrideReason,
      );
      const updated = await this.measures.update(tx, current, { status: input.to });
      await this.history.record(
        tx,
        user,
        overridden && input.overrideReason
          ? governanceAudit.gatesOverridden(current, updated, input.overrideReason, overridden)
          : measureAudit.transitioned(current, updated),
      );
      return updated;
    });
  }

  async addDependency(user: AuthenticatedUser, input: DependencyInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const [measure, target] = await Promise.all([
        this.lockRow(tx, input.measureId),
        this.measures.find(tx, input.dependsOnId),
      ]);
      if (!target) throw measureNotFound();
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      if (dependencyProblem(measure, target)) throw dependencyAcrossRegions();
      await this.measures.lockDependencyGraph(tx, measure.regionId);
      const edges = await this.measures.dependencyEdges(tx, measure.regionId);
      const cycle = cycleCreatedBy(edges, { from: measure.id, to: target.id });
      if (cycle) {
        const codeOf = await this.measures.codesOf(tx, cycle);
        throw dependencyCycle(cycle.map((id) => codeOf.get(id) ?? id));
      }
      await this.measures.saveDependency(tx, {
        measureId: measure.id,
        dependsOnId: target.id,
        kind: input.kind,
      });
      await this.history.record(tx, user, measureAudit.dependencyAdded(measure, target, input.kind));
      return measure;
    });
  }

  async removeDependency(user: AuthenticatedUser, measureId: string, dependsOnId: string): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const measure = await this.lockRow(tx, measureId);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      if (!(await this.measures.removeDependency(tx, measureId, dependsOnId))) throw noSuchDependency();
      const target = await this.measures.find(tx, dependsOnId);
      await this.history.record(
        tx,
        user,
        measureAudit.dependencyRemoved(measure, target?.code ?? dependsOnId),
      );
      return measure;
    });
  }

  /** Links the measure to the strategy goals it serves (goals of strategies in the same region). */
  async setGoals(user: AuthenticatedUser, input: SetMeasureGoalsInput): Promise<Measure> {
    return this.transactions.run(async (tx) => {
      const current = await this.lockForChange(tx, input.measureId, input.version);
      await this.access.assertCanEditNetworkItem(user, current.networkId, tx);
      const goalIds = [...new Set(input.goalIds)];
      const goals = await this.strategies.goalsInRegion(tx, goalIds, current.regionId);
      if (goals.length !== goalIds.length) throw goalOutsideRegion();
      const before = await this.measures.goalIdsOfMeasure(tx, current.id);
      await this.measures.replaceGoals(tx, current.id, goalIds);
      const updated = await this.measures.update(tx, current, {});
      await this.history.record(tx, user, measureAudit.goalsSet(updated, goals, before, goalIds));
      return updated;
    });
  }

  private async lockRow(tx: Transaction, id: string): Promise<Measure> {
    const measure = await this.measures.lock(tx, id);
    if (!measure) throw measureNotFound();
    return measure;
  }

  /** Locks the row and refuses a stale version: the later of two saves never silently overwrites. */
  private async lockForChange(tx: Transaction, id: string, version: number): Promise<Measure> {
    const measure = await this.lockRow(tx, id);
    assertExpectedVersion(measure, version, MEASURE);
    return measure;
  }

  private async assertNetworkInRegion(tx: Transaction, networkId: string, regionId: string): Promise<void> {
    if (!(await this.networks.isInRegion(tx, networkId, regionId))) throw networkNotInRegion();
  }

  /** The measure's own rules, then a parent that must be in the same region. */
  private async assertValid(
    tx: Transaction,
    measure: Pick<Measure, 'tier' | 'legalForm' | 'startDate' | 'endDate' | 'parentId' | 'regionId'>,
    selfId: string | null,
  ): Promise<void> {
    const problem = measureProblem(measure, selfId);
    if (problem) throw measureRefused(problem);
    if (measure.parentId && !(await this.measures.isInRegion(tx, measure.parentId, measure.regionId))) {
      throw parentNotInRegion();
    }
  }
}
