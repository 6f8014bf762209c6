import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';

import {
  aDecision,
  aMeasure,
  aStrategy,
  emptyData,
  FakeData,
  fakePortfolio,
  LEADER,
  OTHER_REGION,
  refusalOf,
  REGION,
  SECRETARIAT,
} from '../testing/portfolio-fakes';
import type { SaveStrategyInput } from './strategy.inputs';
import { StrategyCommandService } from './strategy-command.service';

const indicator = {
  name: 'Median saksbehandlingstid',
  unit: 'dager',
  baselineYear: 2025,
  baselineValue: '38.5',
  targetYear: 2029,
  targetValue: '21',
  direction: 'DECREASE' as const,
};

describe('StrategyCommandService', () => {
  let data: FakeData;
  let fake: ReturnType<typeof fakePortfolio>;
  let service: StrategyCommandService;

  beforeEach(() => {
    data = emptyData();
    data.networks = [
      { id: 'teknisk', regionId: REGION, leaders: ['tor'] },
      { id: 'helse', regionId: REGION, leaders: [] },
    ];
    data.strategies = [
      aStrategy({ id: 'draft', version: 2 }),
      aStrategy({ id: 'consultation', status: 'CONSULTATION' }),
      aStrategy({ id: 'adopted', status: 'ADOPTED', adoptedByDecisionId: 'kdu-4-26' }),
      aStrategy({ id: 'health', networkId: 'helse' }),
    ];
    data.goals = [
      {
        id: 'g0',
        strategyId: 'draft',
        position: 0,
        title: 'Robuste fagmiljøer',
        description: '',
        indicators: [],
      },
      { id: 'g1', strategyId: 'draft', position: 1, title: 'Raskere saker', description: '', indicators: [] },
    ];
    data.measures = [aMeasure({ id: 't5', code: 'T5' }), aMeasure({ id: 't7', code: 'T7' })];
    data.decisions = [
      aDecision({ id: 'kdu-4-26' }),
      aDecision({ id: 'council', body: 'MUNICIPAL_COUNCIL', municipalityNumber: '3303' }),
      aDecision({ id: 'kdu-elsewhere', regionId: OTHER_REGION }),
    ];
    fake = fakePortfolio(data);
    service = new StrategyCommandService(
      fake.transactions,
      fake.strategies,
      fake.networks,
      fake.measures,
      fake.decisions,
      fake.history,
      fake.access,
    );
  });

  const statusOf = (id: string) => data.strategies.find((s) => s.id === id)?.status;

  describe('lifecycle', () => {
    it('lets the leader submit a draft for consultation, recorded as a transition', async () => {
      const submitted = await service.step(LEADER, { id: 'draft', version: 2 }, 'CONSULTATION');
      expect(submitted).toMatchObject({ status: 'CONSULTATION', version: 3 });
      expect(data.history).toEqual([
        expect.objectContaining({
          action: 'TRANSITION',
          entityType: 'strategy',
          summary: 'Strategi «Strategi for teknisk nettverk 2026–2029»: utkast → på høring',
          before: { status: 'DRAFT' },
          after: { status: 'CONSULTATION', adoptedByDecisionId: null },
        }),
      ]);
    });

    it('refuses the leader adopting (secretariat only) before reading anything, saving nothing', async () => {
      const error = await refusalOf(
        service.step(LEADER, { id: 'consultation', version: 1, decisionId: 'kdu-4-26' }, 'ADOPTED'),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toBe('Bare sekretariatet kan vedta eller arkivere strategier.');
      expect(statusOf('consultation')).toBe('CONSULTATION');
      expect(data.history).toEqual([]);
    });

    it('adopts with a KDU decision of the region and keeps the decision', async () => {
      const adopted = await service.step(
        SECRETARIAT,
        { id: 'consultation', version: 1, decisionId: 'kdu-4-26' },
        'ADOPTED',
      );
      expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedByDecisionId: 'kdu-4-26' });
      expect(data.history[0].summary).toMatch(/på høring → vedtatt$/);
    });

    it('refuses adoption without a decision, with a council decision, or with another region’s', async () => {
      const step = (decisionId?: string) =>
        refusalOf(service.step(SECRETARIAT, { id: 'consultation', version: 1, decisionId }, 'ADOPTED'));
      expect((await step()).message).toBe('Velg vedtaket i KDU som vedtar strategien.');
      expect((await step('council')).message).toBe('Vedtaket må være et KDU-vedtak i samme region.');
      expect((await step('kdu-elsewhere')).message).toBe('Vedtaket må være et KDU-vedtak i samme region.');
      expect(statusOf('consultation')).toBe('CONSULTATION');
      expect(data.history).toEqual([]);
    });

    it('refuses a skipped step, naming both states', async () => {
      const error = await refusalOf(service.step(SECRETARIAT, { id: 'draft', version: 2 }, 'ARCHIVED'));
      expect(error.message).toBe('En strategi som er utkast, kan ikke bli arkivert.');
      expect(error.extensions['messageEn']).toBe('A strategy that is draft cannot become archived.');
    });

    it('refuses a stale version with CONFLICT', async () => {
      const error = await refusalOf(service.step(LEADER, { id: 'draft', version: 1 }, 'CONSULTATION'));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/^Strategien er endret av noen andre/);
    });
  });

  describe('create', () => {
    it('creates a draft in the network’s region and records it', async () => {
      const created = await service.create(LEADER, {
        networkId: 'teknisk',
        title: '  Neste periode ',
        periodFrom: 2030,
        periodTo: 2033,
      });
      expect(created).toMatchObject({
        title: 'Neste periode',
        status: 'DRAFT',
        regionId: REGION,
        version: 1,
      });
      expect(data.history).toMatchObject([
        { action: 'CREATE', summary: 'Strategi «Neste periode» opprettet' },
      ]);
    });

    it('refuses a period that ends before it begins without opening a transaction', async () => {
      const error = await refusalOf(
        service.create(SECRETARIAT, { networkId: 'teknisk', title: 'x', periodFrom: 2029, periodTo: 2026 }),
      );
      expect(error.message).toBe('Perioden kan ikke slutte før den begynner.');
      expect(fake.transactionCount()).toBe(0);
    });

    it('refuses a leader of another network and an unknown network', async () => {
      const input = { title: 'x', periodFrom: 2026, periodTo: 2029 };
      expect((await refusalOf(service.create(LEADER, { ...input, networkId: 'helse' }))).code).toBe(
        'FORBIDDEN',
      );
      expect((await refusalOf(service.create(SECRETARIAT, { ...input, networkId: 'nope' }))).message).toBe(
        'Nettverket finnes ikke.',
      );
      expect(data.strategies).toHaveLength(4);
    });
  });

  describe('save', () => {
    const save = (fields: Partial<SaveStrategyInput>) => ({
      id: 'draft',
      version: 2,
      title: 'Strategi for teknisk nettverk 2026–2029',
      periodFrom: 2026,
      periodTo: 2029,
      goals: [{ title: ' Robuste fagmiljøer i hele regionen ', description: '', indicators: [indicator] }],
      ...fields,
    });

    it('keeps a goal’s identity by position and removes the goals beyond the new count', async () => {
      const saved = await service.save(LEADER, save({}));
      expect(saved.version).toBe(3);
      expect(data.goals).toEqual([
        expect.objectContaining({ id: 'g0', position: 0, title: 'Robuste fagmiljøer i hele regionen' }),
      ]);
      expect(data.history[0]).toMatchObject({
        action: 'UPDATE',
        summary: 'Strategi «Strategi for teknisk nettverk 2026–2029» endret (1 mål)',
      });
    });

    it('refuses to change an adopted strategy, saving nothing', async () => {
      const error = await refusalOf(service.save(LEADER, save({ id: 'adopted', version: 1 })));
      expect(error.message).toMatch(/^En vedtatt eller arkivert strategi kan ikke endres/);
      expect(data.history).toEqual([]);
    });

    it('names the indicator whose target year is before its baseline year', async () => {
      const goals = [{ title: 'Mål', description: '', indicators: [{ ...indicator, targetYear: 2024 }] }];
      const error = await refusalOf(service.save(LEADER, save({ goals })));
      expect(error.message).toBe(
        'Målåret for «Median saksbehandlingstid» kan ikke være før året for utgangsverdien.',
      );
      expect(data.goals).toHaveLength(2);
    });

    it('refuses the leader of another network (access before the version)', async () => {
      const error = await refusalOf(service.save(LEADER, save({ id: 'health', version: 99 })));
      expect(error.code).toBe('FORBIDDEN');
    });
  });

  describe('action plan', () => {
    const plan = (year: number, codes: string[]) => ({
      strategyId: 'draft',
      version: 2,
      year,
      items: codes.map((measureCode, index) => ({ measureCode, priority: index + 1 })),
    });

    it('replaces the year’s plan with the measures by code, in priority order', async () => {
      await service.setActionPlan(LEADER, plan(2026, ['t7', 'T5']));
      expect(data.actionPlan).toEqual([
        { strategyId: 'draft', year: 2026, measureId: 't7', priority: 1 },
        { strategyId: 'draft', year: 2026, measureId: 't5', priority: 2 },
      ]);
      expect(data.history[0].summary).toBe(
        'Handlingsplan 2026 for «Strategi for teknisk nettverk 2026–2029»: T7, T5',
      );
    });

    it('refuses a year outside the period, a measure twice, and codes the region does not have', async () => {
      expect((await refusalOf(service.setActionPlan(LEADER, plan(2031, ['T5'])))).message).toBe(
        'Året må være innenfor strategiperioden 2026–2029.',
      );
      expect((await refusalOf(service.setActionPlan(LEADER, plan(2026, ['T5', 't5 '])))).message).toBe(
        'Et tiltak står flere ganger i planen.',
      );
      expect((await refusalOf(service.setActionPlan(LEADER, plan(2026, ['T99', 'T5', 'F42'])))).message).toBe(
        'Fant ikke tiltak T99, F42 i regionen.',
      );
      expect(data.actionPlan).toEqual([]);
      expect(data.history).toEqual([]);
    });
  });
});
