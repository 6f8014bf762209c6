import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';

import {
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
import type { GovernanceService } from '../governance/governance.service';
import type { CreateMeasureInput } from './measure.inputs';
import { MeasureCommandService } from './measure-command.service';

describe('MeasureCommandService', () => {
  let data: FakeData;
  let fake: ReturnType<typeof fakePortfolio>;
  let service: MeasureCommandService;

  beforeEach(() => {
    data = emptyData();
    data.networks = [
      { id: 'teknisk', regionId: REGION, leaders: ['tor'] },
      { id: 'helse', regionId: REGION, leaders: [] },
      { id: 'hallingdal-teknisk', regionId: OTHER_REGION, leaders: ['tor'] },
    ];
    data.measures = [
      aMeasure({ id: 't1', code: 'T1', status: 'DECIDED', version: 3 }),
      aMeasure({ id: 't2', code: 'T2' }),
      aMeasure({ id: 't7', code: 'T7' }),
      aMeasure({ id: 'ho1', code: 'HO1', networkId: 'helse', serviceArea: 'HEALTH_AND_CARE' }),
      aMeasure({ id: 'h1', code: 'H1', regionId: OTHER_REGION, networkId: 'hallingdal-teknisk' }),
    ];
    data.dependencies = [{ measureId: 't7', dependsOnId: 't2', kind: 'FINISH' }];
    fake = fakePortfolio(data);
    service = new MeasureCommandService(
      fake.transactions,
      fake.measures,
      fake.networks,
      fake.strategies,
      fake.regions,
      fake.history,
      fake.access,
      // The readiness gates have their own tests (readiness.spec.ts and the API's governance spec): none here.
      { checkTransition: () => Promise.resolve(null) } as unknown as GovernanceService,
    );
  });

  describe('transition', () => {
    it('moves the status, bumps the version and records it in the history', async () => {
      const moved = await service.transition(SECRETARIAT, { id: 't1', version: 3, to: 'IN_PROGRESS' });
      expect(moved).toMatchObject({ status: 'IN_PROGRESS', version: 4 });
      expect(data.history).toEqual([
        {
          action: 'TRANSITION',
          entityType: 'measure',
          entityId: 't1',
          regionId: REGION,
          actorId: 'siri',
          summary: 'T1 Tiltak T1: status vedtatt → pågår',
          before: { status: 'DECIDED', version: 3 },
          after: { status: 'IN_PROGRESS', version: 4 },
        },
      ]);
    });

    it('refuses the leader of another network, saving nothing', async () => {
      const error = await refusalOf(
        service.transition(LEADER, { id: 'ho1', version: 1, to: 'UNDER_ASSESSMENT' }),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(data.measures.find((m) => m.id === 'ho1')).toMatchObject({ status: 'PROPOSED', version: 1 });
      expect(data.history).toEqual([]);
    });

    it('refuses an illegal jump naming the allowed next states, saving nothing', async () => {
      const error = await refusalOf(service.transition(LEADER, { id: 't1', version: 3, to: 'COMPLETED' }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toBe(
        'Et tiltak kan ikke gå fra vedtatt til fullført. Tillatt neste status: pågår eller satt på vent.',
      );
      expect(error.extensions['allowedNext']).toEqual(['IN_PROGRESS', 'PAUSED']);
      expect(data.measures.find((m) => m.id === 't1')).toMatchObject({ status: 'DECIDED', version: 3 });
      expect(data.history).toEqual([]);
    });

    it('refuses a stale version with CONFLICT, saving nothing', async () => {
      const error = await refusalOf(
        service.transition(SECRETARIAT, { id: 't1', version: 2, to: 'IN_PROGRESS' }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/^Tiltaket er endret av noen andre/);
      expect(data.history).toEqual([]);
    });

    it('answers NOT_FOUND for a measure that is not there', async () => {
      expect(
        (await refusalOf(service.transition(SECRETARIAT, { id: 'x', version: 1, to: 'PAUSED' }))).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('create', () => {
    const input = (fields: Partial<CreateMeasureInput>) =>
      ({
        regionSlug: 'kongsbergregionen',
        code: 'T9',
        title: 'Felles geodata',
        networkId: 'teknisk',
        serviceArea: 'TECHNICAL',
        tier: 'PROJECT',
        ...fields,
      }) as CreateMeasureInput;

    it('creates a proposed measure with the defaults and records it', async () => {
      const created = await service.create(LEADER, input({ description: 'Kart for alle.' }));
      expect(created).toMatchObject({
        code: 'T9',
        regionId: REGION,
        status: 'PROPOSED',
        description: 'Kart for alle.',
        politicalAnchoring: 'NOT_NEEDED',
        legalForm: null,
        version: 1,
      });
      expect(data.history).toMatchObject([{ action: 'CREATE', summary: 'T9 Felles geodata: opprettet' }]);
    });

    it('refuses a statutory measure without a legal form before saving anything', async () => {
      const error = await refusalOf(service.create(SECRETARIAT, input({ tier: 'STATUTORY' })));
      expect(error.message).toBe(
        'Et lovfestet samarbeid må ha en juridisk form, og bare lovfestede samarbeid kan ha det.',
      );
      expect(data.measures).toHaveLength(5);
      expect(data.history).toEqual([]);
    });

    it('refuses a code the region already uses with CONFLICT', async () => {
      const error = await refusalOf(service.create(SECRETARIAT, input({ code: 'T7' })));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('Koden T7 er allerede i bruk i regionen. Velg en annen kode.');
      expect(data.history).toEqual([]);
    });

    it("refuses a network outside the region, and a leader in a network they don't lead", async () => {
      expect(
        (await refusalOf(service.create(SECRETARIAT, input({ networkId: 'hallingdal-teknisk' })))).message,
      ).toBe('Nettverket finnes ikke i denne regionen.');
      expect((await refusalOf(service.create(LEADER, input({ networkId: 'helse' })))).code).toBe('FORBIDDEN');
      expect(data.measures).toHaveLength(5);
    });

    it('asks for title, network, service area and tier before opening a transaction', async () => {
      const error = await refusalOf(service.create(SECRETARIAT, input({ title: undefined })));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(fake.transactionCount()).toBe(0);
    });
  });

  describe('update', () => {
    it('writes only the fields sent and names them in the history', async () => {
      const updated = await service.update(LEADER, {
        id: 't2',
        version: 1,
        progressPercent: 40,
        title: 'Ny',
      });
      expect(updated).toMatchObject({ progressPercent: 40, title: 'Ny', description: '', version: 2 });
      expect(data.history[0].summary).toBe('T2 Ny: endret progressPercent, title');
    });

    it('refuses an end before the start, saving nothing', async () => {
      const error = await refusalOf(
        service.update(LEADER, { id: 't2', version: 1, startDate: '2027-01-01', endDate: '2026-01-01' }),
      );
      expect(error.message).toBe('Sluttdato kan ikke være før startdato.');
      expect(data.measures.find((m) => m.id === 't2')?.version).toBe(1);
    });

    it('refuses a parent that is the measure itself or in another region', async () => {
      const own = await refusalOf(service.update(LEADER, { id: 't2', version: 1, parentId: 't2' }));
      const foreign = await refusalOf(service.update(LEADER, { id: 't2', version: 1, parentId: 'h1' }));
      expect(own.message).toMatch(/^Det overordnede tiltaket må finnes i samme region/);
      expect(foreign.message).toBe(own.message);
      expect(data.history).toEqual([]);
    });

    it('needs the leader to lead the network a measure moves to', async () => {
      const error = await refusalOf(service.update(LEADER, { id: 't2', version: 1, networkId: 'helse' }));
      expect(error.code).toBe('FORBIDDEN');
    });
  });

  describe('dependencies', () => {
    it('refuses a dependency that closes a cycle, naming it by codes', async () => {
      const error = await refusalOf(
        service.addDependency(SECRETARIAT, { measureId: 't2', dependsOnId: 't7', kind: 'FINISH' }),
      );
      expect(error.message).toBe('Avhengigheten ville gitt en sirkel: T2 → T7 → T2.');
      expect(data.dependencies).toHaveLength(1);
    });

    it('refuses a dependency on a measure of another region', async () => {
      const error = await refusalOf(
        service.addDependency(SECRETARIAT, { measureId: 't2', dependsOnId: 'h1', kind: 'FINISH' }),
      );
      expect(error.message).toBe('Et tiltak kan bare avhenge av tiltak i samme region.');
    });

    it('adds one and records it', async () => {
      await service.addDependency(LEADER, { measureId: 't7', dependsOnId: 't1', kind: 'START' });
      expect(data.dependencies).toContainEqual({ measureId: 't7', dependsOnId: 't1', kind: 'START' });
      expect(data.history[0].summary).toBe('T7: avhenger nå av T1 (startet)');
    });

    it('removes one, and refuses to remove one that is not there', async () => {
      await service.removeDependency(LEADER, 't7', 't2');
      expect(data.dependencies).toEqual([]);
      expect(data.history[0].summary).toBe('T7: avhenger ikke lenger av T2');
      const error = await refusalOf(service.removeDependency(LEADER, 't7', 't2'));
      expect(error.message).toBe('Tiltaket har ikke den avhengigheten.');
      expect(data.history).toHaveLength(1);
    });
  });

  describe('goals', () => {
    beforeEach(() => {
      data.goals = [
        {
          id: 'g1',
          strategyId: 's1',
          position: 0,
          title: 'Robuste fagmiljøer',
          description: '',
          indicators: [],
        },
        { id: 'g2', strategyId: 's2', position: 0, title: 'Annen region', description: '', indicators: [] },
      ];
      data.strategies = [aStrategy({ id: 's1' }), aStrategy({ id: 's2', regionId: OTHER_REGION })];
    });

    it("links the measure to goals of its region's strategies and records the titles", async () => {
      const updated = await service.setGoals(LEADER, { measureId: 't2', version: 1, goalIds: ['g1', 'g1'] });
      expect(updated.version).toBe(2);
      expect(data.measureGoals).toEqual([{ measureId: 't2', goalId: 'g1' }]);
      expect(data.history[0]).toMatchObject({
        summary: 'T2: knyttet til 1 strategimål (Robuste fagmiljøer)',
        before: { goalIds: [] },
        after: { goalIds: ['g1'] },
      });
    });

    it('refuses a goal of another region, saving nothing', async () => {
      const error = await refusalOf(
        service.setGoals(LEADER, { measureId: 't2', version: 1, goalIds: ['g1', 'g2'] }),
      );
      expect(error.message).toBe('Et av målene finnes ikke i en strategi i tiltakets region.');
      expect(data.measureGoals).toEqual([]);
    });
  });
});
