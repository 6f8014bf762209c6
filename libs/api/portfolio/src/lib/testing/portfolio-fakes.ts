/**
 * In-memory stand-ins for the portfolio's repositories, for the services' unit tests: one small database of plain
 * arrays, a transaction runner that rolls back what a failed change wrote, and the real PortfolioAccess asking the
 * fake who leads which network. Test-only (excluded from the library build).
 */
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { DependencyEdge } from '@samarbeid/shared/domain';
import type { DataSource } from 'typeorm';

import type { NewDecision } from '../decision/domain/new-decision';
import type { DecisionRepository } from '../decision/decision.repository';
import type { Decision, Measure, MeasureDependency } from '../dto/portfolio.types';
import type { HistoryRepository } from '../history/history.repository';
import { type MeasureWrite, NEW_MEASURE_DEFAULTS, type NewMeasure } from '../measure/domain/measure-changes';
import type { MeasureRepository } from '../measure/measure.repository';
import type { NetworkRepository } from '../network/network.repository';
import type { ParticipationRecord, ParticipationRepository } from '../participation/participation.repository';
import type { RegionLookup } from '../shared/region-lookup.repository';
import type { PortfolioTransactions, Transaction } from '../shared/transaction';
import type { GoalWrite } from '../strategy/domain/goal-writes';
import type { NewStrategy, StrategyRepository, StrategyWrite } from '../strategy/strategy.repository';
import type { ActionPlanItem, Strategy } from '../strategy/strategy.types';

export const REGION = 'region-kongsberg';
export const OTHER_REGION = 'region-hallingdal';

interface GoalRow {
  id: string;
  strategyId: string;
  position: number;
  title: string;
  description: string;
  indicators: GoalWrite['indicators'];
}

/** The whole fake database: what the tests arrange and what they inspect afterwards. */
export interface FakeData {
  networks: { id: string; regionId: string; leaders: string[] }[];
  measures: Measure[];
  dependencies: MeasureDependency[];
  measureGoals: { measureId: string; goalId: string }[];
  strategies: Strategy[];
  goals: GoalRow[];
  actionPlan: (ActionPlanItem & { strategyId: string })[];
  decisions: Decision[];
  decisionMeasures: { decisionId: string; measureId: string }[];
  memberships: { regionId: string; municipalityNumber: string }[];
  participation: ParticipationRecord[];
  history: (AuditRecord & { actorId: string })[];
}

export function emptyData(): FakeData {
  return {
    networks: [],
    measures: [],
    dependencies: [],
    measureGoals: [],
    strategies: [],
    goals: [],
    actionPlan: [],
    decisions: [],
    decisionMeasures: [],
    memberships: [],
    participation: [],
    history: [],
  };
}

export function aMeasure(fields: Partial<Measure> & Pick<Measure, 'id' | 'code'>): Measure {
  return {
    ...NEW_MEASURE_DEFAULTS,
    regionId: REGION,
    title: `Tiltak ${fields.code}`,
    networkId: 'teknisk',
    serviceArea: 'TECHNICAL',
    tier: 'PROJECT',
    version: 1,
    ...fields,
  };
}

export function aStrategy(fields: Partial<Strategy> & Pick<Strategy, 'id'>): Strategy {
  return {
    networkId: 'teknisk',
    regionId: REGION,
    title: 'Strategi for teknisk nettverk 2026–2029',
    periodFrom: 2026,
    periodTo: 2029,
    status: 'DRAFT',
    adoptedByDecisionId: null,
    consultationEndsOn: null,
    version: 1,
    ...fields,
  };
}

export function aDecision(fields: Partial<Decision> & Pick<Decision, 'id'>): Decision {
  return {
    regionId: REGION,
    body: 'KDU',
    municipalityNumber: null,
    networkId: null,
    decidedOn: '2026-04-01',
    caseReference: 'KDU 4/26',
    title: 'Vedtak',
    text: 'Vedtatt.',
    ...fields,
  };
}

/** Everything a service needs, backed by one {@link FakeData}. */
export function fakePortfolio(data: FakeData) {
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}-${++sequence}`;
  /** Answers PortfolioAccess's one question: does this user lead this network? */
  const query = async (sql: string, params: string[]): Promise<unknown[]> => {
    if (!sql.includes('network_member')) throw new Error(`unexpected SQL in a fake: ${sql}`);
    const [networkId, userId] = params;
    return data.networks.some((n) => n.id === networkId && n.leaders.includes(userId)) ? [{}] : [];
  };
  const tx = { query } as unknown as Transaction;
  let transactions = 0;

  const runner = {
    async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
      transactions++;
      const before = structuredClone(data);
      try {
        return await work(tx);
      } catch (error) {
        Object.assign(data, before); // roll back
        throw error;
      }
    },
  };

  const bump = <T extends { version: number }>(row: T, changes: object): T =>
    Object.assign(row, changes, { version: row.version + 1 });

  const measures = {
    lock: async (_: Transaction, id: string) =>
      structuredClone(data.measures.find((m) => m.id === id) ?? null),
    find: async (_: Transaction, id: string) =>
      structuredClone(data.measures.find((m) => m.id === id) ?? null),
    async insert(_: Transaction, measure: NewMeasure): Promise<Measure | 'CODE_TAKEN'> {
      if (data.measures.some((m) => m.regionId === measure.regionId && m.code === measure.code))
        return 'CODE_TAKEN';
      const saved = { ...measure, id: nextId('measure'), version: 1 };
      data.measures.push(saved);
      return structuredClone(saved);
    },
    async update(_: Transaction, current: Measure, changes: MeasureWrite): Promise<Measure> {
      const row = data.measures.find((m) => m.id === current.id && m.version === current.version);
      if (!row) throw new Error('update of a row not locked at that version');
      return structuredClone(bump(row, changes));
    },
    isInRegion: async (_: Transaction, id: string, regionId: string) =>
      data.measures.some((m) => m.id === id && m.regionId === regionId),
    allInRegion: async (_: Transaction, ids: readonly string[], regionId: string) =>
      ids.every((id) => data.measures.some((m) => m.id === id && m.regionId === regionId)),
    idsByCode: async (_: Transaction, regionId: string, codes: readonly string[]) =>
      data.measures
        .filter((m) => m.regionId === regionId && codes.includes(m.code))
        .map((m) => ({ id: m.id, code: m.code })),
    codesOf: async (_: Transaction, ids: readonly string[]) =>
      new Map(data.measures.filter((m) => ids.includes(m.id)).map((m) => [m.id, m.code])),
    lockDependencyGraph: async () => undefined,
    dependencyEdges: async (_: Transaction, regionId: string): Promise<DependencyEdge[]> =>
      data.dependencies
        .filter((d) => data.measures.find((m) => m.id === d.measureId)?.regionId === regionId)
        .map((d) => ({ from: d.measureId, to: d.dependsOnId })),
    async saveDependency(_: Transaction, dependency: MeasureDependency) {
      data.dependencies = data.dependencies.filter(
        (d) => !(d.measureId === dependency.measureId && d.dependsOnId === dependency.dependsOnId),
      );
      data.dependencies.push({ ...dependency });
    },
    async removeDependency(_: Transaction, measureId: string, dependsOnId: string) {
      const count = data.dependencies.length;
      data.dependencies = data.dependencies.filter(
        (d) => !(d.measureId === measureId && d.dependsOnId === dependsOnId),
      );
      return data.dependencies.length < count;
    },
    goalIdsOfMeasure: async (_: Transaction, measureId: string) =>
      data.measureGoals.filter((link) => link.measureId === measureId).map((link) => link.goalId),
    async replaceGoals(_: Transaction, measureId: string, goalIds: readonly string[]) {
      data.measureGoals = [
        ...data.measureGoals.filter((link) => link.measureId !== measureId),
        ...goalIds.map((goalId) => ({ measureId, goalId })),
      ];
    },
  };

  const goalsOf = (strategyIds: readonly string[]) =>
    strategyIds.map((id) =>
      data.goals
        .filter((goal) => goal.strategyId === id)
        .sort((a, b) => a.position - b.position)
        .map((goal) => ({
          id: goal.id,
          strategyId: goal.strategyId,
          strategyTitle: data.strategies.find((s) => s.id === goal.strategyId)?.title ?? '',
          title: goal.title,
          description: goal.description,
          indicators: goal.indicators.map((indicator, index) => ({
            ...indicator,
            id: `${goal.id}-${index}`,
          })),
        })),
    );

  const strategies = {
    lock: async (_: Transaction, id: string) =>
      structuredClone(data.strategies.find((s) => s.id === id) ?? null),
    async insert(_: Transaction, strategy: NewStrategy, regionId: string): Promise<Strategy> {
      const saved: Strategy = {
        ...strategy,
        id: nextId('strategy'),
        regionId,
        status: 'DRAFT',
        adoptedByDecisionId: null,
        version: 1,
      };
      data.strategies.push(saved);
      return structuredClone(saved);
    },
    async update(_: Transaction, current: Strategy, changes: StrategyWrite): Promise<Strategy> {
      const row = data.strategies.find((s) => s.id === current.id && s.version === current.version);
      if (!row) throw new Error('update of a row not locked at that version');
      return structuredClone(bump(row, changes));
    },
    goalsOf: async (strategyIds: readonly string[]) => goalsOf(strategyIds),
    async saveGoals(_: Transaction, strategyId: string, goals: readonly GoalWrite[]) {
      data.goals = data.goals.filter(
        (goal) => goal.strategyId !== strategyId || goal.position < goals.length,
      );
      for (const goal of goals) {
        const row = { ...goal, id: goal.id ?? nextId('goal'), strategyId, indicators: [...goal.indicators] };
        data.goals = [...data.goals.filter((g) => g.id !== row.id), row];
      }
    },
    actionPlansOf: async (strategyIds: readonly string[]) =>
      strategyIds.map((id) =>
        data.actionPlan
          .filter((item) => item.strategyId === id)
          .map(({ year, priority, measureId }) => ({ year, priority, measureId })),
      ),
    async replaceActionPlanYear(
      _: Transaction,
      strategyId: string,
      year: number,
      items: readonly { measureId: string; priority: number }[],
    ) {
      data.actionPlan = [
        ...data.actionPlan.filter((item) => !(item.strategyId === strategyId && item.year === year)),
        ...items.map((item) => ({ ...item, strategyId, year })),
      ];
    },
    goalsInRegion: async (_: Transaction, goalIds: readonly string[], regionId: string) =>
      data.goals
        .filter((goal) => goalIds.includes(goal.id))
        .filter((goal) => data.strategies.find((s) => s.id === goal.strategyId)?.regionId === regionId)
        .map((goal) => ({ id: goal.id, title: goal.title })),
  };

  const networks = {
    regionOf: async (_: Transaction, networkId: string) =>
      data.networks.find((n) => n.id === networkId)?.regionId ?? null,
    isInRegion: async (_: Transaction, networkId: string, regionId: string) =>
      data.networks.some((n) => n.id === networkId && n.regionId === regionId),
  };

  const decisions = {
    async insert(_: Transaction, decision: NewDecision, measureIds: readonly string[]): Promise<Decision> {
      const saved = { ...decision, id: nextId('decision') };
      data.decisions.push(saved);
      data.decisionMeasures.push(...measureIds.map((measureId) => ({ decisionId: saved.id, measureId })));
      return structuredClone(saved);
    },
    isKduDecisionOf: async (_: Transaction, decisionId: string, regionId: string) =>
      data.decisions.some((d) => d.id === decisionId && d.regionId === regionId && d.body === 'KDU'),
  };

  const participation = {
    isCurrentMember: async (_: Transaction, regionId: string, municipalityNumber: string) =>
      data.memberships.some((m) => m.regionId === regionId && m.municipalityNumber === municipalityNumber),
    find: async (_: Transaction, measureId: string, municipalityNumber: string) =>
      structuredClone(
        data.participation.find(
          (p) => p.measureId === measureId && p.municipalityNumber === municipalityNumber,
        ) ?? null,
      ),
    async save(_: Transaction, record: Omit<ParticipationRecord, 'updatedAt'>): Promise<ParticipationRecord> {
      const saved = { ...record, updatedAt: new Date('2026-05-01T10:00:00Z') };
      data.participation = [
        ...data.participation.filter(
          (p) => !(p.measureId === record.measureId && p.municipalityNumber === record.municipalityNumber),
        ),
        saved,
      ];
      return structuredClone(saved);
    },
  };

  const history = {
    async record(_: Transaction, actor: Actor, record: AuditRecord) {
      data.history.push({ ...structuredClone(record), actorId: actor.id });
    },
  };

  const regions = {
    async idOf(slug: string) {
      if (slug === 'kongsbergregionen') return REGION;
      throw new Error(`no region ${slug}`);
    },
  };

  return {
    transactions: runner as unknown as PortfolioTransactions,
    /** How many transactions were opened (a refusal before any I/O opens none). */
    transactionCount: () => transactions,
    measures: measures as unknown as MeasureRepository,
    strategies: strategies as unknown as StrategyRepository,
    networks: networks as unknown as NetworkRepository,
    decisions: decisions as unknown as DecisionRepository,
    participation: participation as unknown as ParticipationRepository,
    history: history as unknown as HistoryRepository,
    regions: regions as unknown as RegionLookup,
    /** The real access rules; the pool is never asked (every check runs inside a change's transaction). */
    access: new PortfolioAccess({ query } as unknown as DataSource),
  };
}

export { aUser, LEADER, refusalOf, SECRETARIAT } from '@samarbeid/api/platform/testing';
