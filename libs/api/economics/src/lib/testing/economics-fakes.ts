/**
 * In-memory stand-ins for the economics repositories, for the services' unit tests: one small database of plain
 * arrays and maps, and the real PortfolioAccess asking the fake who leads which network. The fake transaction does
 * not roll back, so a refusal that leaves the data untouched was decided before anything was written. Test-only
 * (excluded from the library build).
 */
import type { Actor, AuditRecord, BenefitActualEntity, BenefitEntity } from '@samarbeid/api/data-access';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import type { DataSource } from 'typeorm';

import type {
  ActualRow,
  BenefitFieldValues,
  BenefitFigures,
  BenefitRepository,
  PlanValueRow,
} from '../benefit/benefit.repository';
import type { CostLineRow, CostPlanRepository, StoredCostPlan } from '../cost/cost-plan.repository';
import type { KeySpec, Population } from '../cost/cost-shares';
import type { CostYearRow } from '../cost/domain/cost-years';
import type { EconomicsAudit, EconomicsTransactions, Tx } from '../economics-transactions';
import type { MeasureContext } from '../measure-context';
import type { PortfolioReads, RegionRow } from '../portfolio-reads.repository';
import type { RequirementRow, SavingsRepository } from '../savings/savings.repository';

export const REGION: RegionRow = {
  id: 'region-kongsberg',
  slug: 'kongsbergregionen',
  name: 'Kongsbergregionen',
};

/** Kongsbergregionen's seven municipalities. */
export const MEMBERS = new Map([
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
  ['3338', 'Nore og Uvdal'],
  ['4005', 'Notodden'],
  ['4024', 'Hjartdal'],
  ['4026', 'Tinn'],
]);

/** A measure of the technical network, 2026–2028, with the given participants (default: all seven). */
export function aMeasure(
  overrides: Partial<MeasureContext> & { participating?: string[] } = {},
): MeasureContext {
  const { participating = [...MEMBERS.keys()], ...rest } = overrides;
  return {
    id: 'measure-t5',
    code: 'T5',
    title: 'Felles eiendomsskattekontor',
    regionId: REGION.id,
    networkId: 'network-teknisk',
    firstYear: 2026,
    lastYear: 2028,
    participants: participating.map((number) => ({ number, name: MEMBERS.get(number) ?? number })),
    members: MEMBERS,
    ...rest,
  };
}

const EMPTY_KEY: KeySpec = {
  kind: 'EQUAL',
  fixedPercent: null,
  populationYear: null,
  populationSource: null,
  entries: new Map(),
};

/** The whole fake database: what the tests arrange and what they inspect afterwards. */
export interface FakeData {
  measures: MeasureContext[];
  /** Network id → the ids of its leaders. */
  leaders: Map<string, string[]>;
  /** Who represents which municipality in which network. */
  representatives: { networkId: string; userId: string; municipalityNumber: string }[];
  goals: { id: string; regionId: string; title: string }[];
  costPlans: Map<string, StoredCostPlan>;
  /** Measure id → its income and actual costs per year. */
  yearFigures: Map<string, CostYearRow[]>;
  populations: Map<number, Map<string, Population>>;
  benefits: BenefitEntity[];
  planValues: (PlanValueRow & { benefitId: string })[];
  actuals: BenefitActualEntity[];
  thresholds: Map<string, { thresholds: BenefitThresholds; version: number }>;
  requirements: (RequirementRow & { regionId: string })[];
  audit: (AuditRecord & { actorId: string })[];
}

export function emptyData(): FakeData {
  return {
    measures: [],
    leaders: new Map(),
    representatives: [],
    goals: [],
    costPlans: new Map(),
    yearFigures: new Map(),
    populations: new Map(),
    benefits: [],
    planValues: [],
    actuals: [],
    thresholds: new Map(),
    requirements: [],
    audit: [],
  };
}

export function aBenefit(overrides: Partial<BenefitEntity> = {}): BenefitEntity {
  return {
    id: 'benefit-1',
    measureId: 'measure-t5',
    title: 'Mindre bruk av konsulenter',
    type: 'EFFICIENCY',
    unitKind: 'NOK',
    fteCostNok: null,
    indicator: null,
    unit: null,
    baselineValue: null,
    baselineDate: null,
    owner: 'Økonomisjef',
    change: '',
    goalId: null,
    perMunicipality: false,
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** The services' collaborators, over `data`. */
export function fakeEconomics(data: FakeData) {
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}-${++sequence}`;
  /** Answers PortfolioAccess's one question: does this user lead this network? */
  const query = async (_sql: string, [networkId, userId]: string[]) =>
    (data.leaders.get(networkId) ?? []).includes(userId) ? [{ '?column?': 1 }] : [];
  const tx = { query } as unknown as Tx;
  const measure = (id: string) => data.measures.find((m) => m.id === id);
  const planOf = (measureId: string): StoredCostPlan =>
    data.costPlans.get(measureId) ?? { version: 0, spec: EMPTY_KEY, lines: [] };
  const benefitValues = (ids: readonly string[]) => ({
    plan: new Map(ids.map((id) => [id, data.planValues.filter((v) => v.benefitId === id)])),
    actuals: new Map(ids.map((id) => [id, data.actuals.filter((a) => a.benefitId === id).reverse()])),
  });

  const transactions: Pick<EconomicsTransactions, 'run'> = { run: (work) => work(tx) };

  const audit: Pick<EconomicsAudit, 'record'> = {
    record: async (_tx: Tx, actor: Actor, record: AuditRecord) => {
      data.audit.push({ ...record, actorId: actor.id });
    },
  };

  const portfolio: Partial<PortfolioReads> = {
    measure: async (id) => {
      const found = measure(id);
      if (!found) throw new Error(`no measure ${id}`);
      return found;
    },
    measures: async (ids) => ids.flatMap((id) => measure(id) ?? []),
    region: async () => REGION,
    isMember: async (_regionId, number) => MEMBERS.has(number),
    representedMunicipalities: async (networkId, userId) =>
      data.representatives
        .filter((r) => r.networkId === networkId && r.userId === userId)
        .map((r) => r.municipalityNumber),
    goalInRegion: async (goalId, regionId) =>
      data.goals.some((g) => g.id === goalId && g.regionId === regionId),
  };

  const costPlans: Partial<CostPlanRepository> = {
    load: async (measureId) => planOf(measureId),
    loadMany: async (ids) => new Map(ids.map((id) => [id, planOf(id)])),
    replaceLines: async (_tx, measureId, _by, before, lines: readonly CostLineRow[]) => {
      data.costPlans.set(measureId, { version: before.version + 1, spec: before.spec, lines: [...lines] });
    },
    replaceKey: async (_tx, measureId, _by, before, spec) => {
      data.costPlans.set(measureId, { version: before.version + 1, spec, lines: before.lines });
    },
    populations: async (year) => data.populations.get(year ?? 0) ?? new Map(),
    populationYears: async () => [...data.populations.keys()].sort((a, b) => b - a),
    completePopulationYear: async (numbers, year) => {
      const years = [...data.populations]
        .filter(([y, figures]) => (year === null || y === year) && numbers.every((n) => figures.has(n)))
        .map(([y, figures]) => ({ year: y, source: figures.get(numbers[0])?.source ?? 'SSB' }))
        .sort((a, b) => b.year - a.year);
      return years[0] ?? null;
    },
    agreementCosts: async (ids) => new Map(ids.map((id) => [id, []])),
    yearFiguresOf: async (ids) => new Map(ids.map((id) => [id, data.yearFigures.get(id) ?? []])),
    replaceYearFigures: async (_tx, measureId, rows) => {
      data.yearFigures.set(measureId, [...rows]);
    },
  };

  const benefits: Partial<BenefitRepository> = {
    figures: async (measureIds): Promise<BenefitFigures> => {
      const own = data.benefits.filter((b) => measureIds.includes(b.measureId));
      const values = benefitValues(own.map((b) => b.id));
      return {
        benefits: own,
        plan: values.plan as unknown as BenefitFigures['plan'],
        actuals: values.actuals,
        goalTitles: new Map(data.goals.map((g) => [g.id, g.title])),
      };
    },
    findById: async (id) => data.benefits.find((b) => b.id === id) ?? null,
    byMeasure: async (measureId) => data.benefits.filter((b) => b.measureId === measureId),
    measureIdOf: async (id) => data.benefits.find((b) => b.id === id)?.measureId ?? null,
    lock: async (id) => data.benefits.find((b) => b.id === id) ?? null,
    create: async (_tx, measureId, fields: BenefitFieldValues) => {
      const created = aBenefit({ ...fields, id: nextId('created-benefit'), measureId });
      data.benefits.push(created);
      return created;
    },
    update: async (_tx, id, fields) => {
      data.benefits = data.benefits.map((b) =>
        b.id === id ? { ...b, ...fields, version: b.version + 1 } : b,
      );
    },
    delete: async (_tx, id) => {
      data.benefits = data.benefits.filter((b) => b.id !== id);
    },
    countActuals: async (_tx, id) => data.actuals.filter((a) => a.benefitId === id).length,
    planValues: async (_tx, id) =>
      data.planValues.filter((v) => v.benefitId === id) as unknown as Awaited<
        ReturnType<BenefitRepository['planValues']>
      >,
    replacePlan: async (_tx, benefitId, values, perMunicipality) => {
      data.planValues = [
        ...data.planValues.filter((v) => v.benefitId !== benefitId),
        ...values.map((v) => ({ ...v, benefitId })),
      ];
      data.benefits = data.benefits.map((b) =>
        b.id === benefitId ? { ...b, perMunicipality, version: b.version + 1 } : b,
      );
    },
    addActual: async (_tx, benefitId, actual: ActualRow) => {
      const saved = {
        ...actual,
        id: nextId('actual'),
        benefitId,
        recordedAt: new Date(),
      } as BenefitActualEntity;
      data.actuals.push(saved);
      return saved;
    },
  };

  const savings: Partial<SavingsRepository> = {
    lockRegion: async () => undefined,
    thresholds: async (regionId) =>
      data.thresholds.get(regionId)?.thresholds ?? { greenFromPercent: '90', yellowFromPercent: '70' },
    saveThresholds: async (_tx, regionId, thresholds) => {
      const version = (data.thresholds.get(regionId)?.version ?? 0) + 1;
      data.thresholds.set(regionId, { thresholds: { ...thresholds }, version });
    },
    requirementsOf: async (regionId, number) =>
      data.requirements.filter((r) => r.regionId === regionId && r.municipalityNumber === number),
    replaceRequirements: async (_tx, regionId, number, values) => {
      data.requirements = [
        ...data.requirements.filter((r) => !(r.regionId === regionId && r.municipalityNumber === number)),
        ...values.map((v) => ({ regionId, municipalityNumber: number, year: v.year, amount: v.amount })),
      ];
    },
  };

  return {
    transactions: transactions as EconomicsTransactions,
    audit: audit as EconomicsAudit,
    access: new PortfolioAccess({ query } as unknown as DataSource),
    portfolio: portfolio as PortfolioReads,
    costPlans: costPlans as CostPlanRepository,
    benefits: benefits as BenefitRepository,
    savings: savings as SavingsRepository,
  };
}

/** The AppError a refused call rejects with. */

export { aUser, LEADER, refusalOf, SECRETARIAT } from '@samarbeid/api/platform/testing';
