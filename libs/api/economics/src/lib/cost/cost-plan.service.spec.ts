import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@samarbeid/shared/domain';

import {
  aMeasure,
  aUser,
  emptyData,
  FakeData,
  fakeEconomics,
  LEADER,
  refusalOf,
  SECRETARIAT,
} from '../testing/economics-fakes';
import { CostPlanService } from './cost-plan.service';

const OTHER_LEADER = aUser([Role.NetworkLeader], { id: 'hanne' });

describe('CostPlanService', () => {
  let data: FakeData;
  let service: CostPlanService;

  beforeEach(() => {
    data = emptyData();
    data.measures = [aMeasure({ participating: ['3303', '3334', '3336'] })];
    data.leaders.set('network-teknisk', ['tor']);
    data.populations.set(
      2025,
      new Map([
        ['3303', { count: 28_000, source: 'SSB 07459' }],
        ['3334', { count: 2_781, source: 'SSB 07459' }],
        ['3336', { count: 1_391, source: 'SSB 07459' }],
      ]),
    );
    const fake = fakeEconomics(data);
    service = new CostPlanService(fake.transactions, fake.costPlans, fake.portfolio, fake.access, fake.audit);
  });

  describe('setCosts', () => {
    it('replaces the cost lines, bumps the version and records the change, then shows the new shares', async () => {
      const economics = await service.setCosts(LEADER, {
        measureId: 'measure-t5',
        expectedVersion: 0,
        costs: [
          { year: 2026, kind: 'RUNNING', amount: '300000' },
          { year: 2027, kind: 'ONE_OFF', amount: '0', note: ' Utsatt ' },
          { year: 2028, kind: 'ONE_OFF', amount: '0.00' },
        ],
      });
      // The zero line without a note is no line; the note is trimmed.
      expect(data.costPlans.get('measure-t5')).toMatchObject({
        version: 1,
        lines: [
          { year: 2026, kind: 'RUNNING', amount: '300000', note: '' },
          { year: 2027, kind: 'ONE_OFF', amount: '0', note: 'Utsatt' },
        ],
      });
      expect(data.audit).toEqual([
        expect.objectContaining({
          action: 'UPDATE',
          entityId: 'measure-t5',
          actorId: 'tor',
          summary: 'T5: kostnader endret (2 linjer)',
          before: { costs: [] },
        }),
      ]);
      // 300 000 equally among three: 100 000 each.
      expect(economics.version).toBe(1);
      expect(economics.shares.years[0].shares.map((s) => s.amount)).toEqual(['100000', '100000', '100000']);
    });

    it('refuses the leader of another network, saving and recording nothing', async () => {
      const error = await refusalOf(
        service.setCosts(OTHER_LEADER, {
          measureId: 'measure-t5',
          costs: [{ year: 2026, kind: 'RUNNING', amount: '5' }],
        }),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(data.costPlans.size).toBe(0);
      expect(data.audit).toEqual([]);
    });

    it('refuses a stale version with CONFLICT, saving and recording nothing', async () => {
      await service.setCosts(SECRETARIAT, { measureId: 'measure-t5', costs: [] });
      const error = await refusalOf(
        service.setCosts(SECRETARIAT, {
          measureId: 'measure-t5',
          expectedVersion: 0,
          costs: [{ year: 2026, kind: 'RUNNING', amount: '5' }],
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/^Kostnadsplanen er endret av noen andre/);
      expect(data.costPlans.get('measure-t5')).toMatchObject({ version: 1, lines: [] });
      expect(data.audit).toHaveLength(1);
    });
  });

  describe('setKey', () => {
    it('saves a population key with the newest complete year filled in, and records old → new', async () => {
      const economics = await service.setKey(SECRETARIAT, {
        measureId: 'measure-t5',
        key: { kind: 'POPULATION', fixedPercent: '30' },
      });
      expect(data.costPlans.get('measure-t5')?.spec).toMatchObject({
        kind: 'POPULATION',
        fixedPercent: null,
        populationYear: 2025,
        populationSource: 'SSB 07459',
      });
      expect(data.audit[0].summary).toBe('T5: fordelingsnøkkel likt → etter folketall');
      expect(economics.key.entries.map((e) => e.officialPopulation)).toEqual([28_000, 2_781, 1_391]);
    });

    it('refuses agreed percentages that do not sum to 100, in words, saving nothing', async () => {
      const error = await refusalOf(
        service.setKey(SECRETARIAT, {
          measureId: 'measure-t5',
          key: {
            kind: 'MANUAL',
            entries: [
              { municipalityNumber: '3303', percent: '50' },
              { municipalityNumber: '3334', percent: '25' },
              { municipalityNumber: '3336', percent: '24.5' },
            ],
          },
        }),
      );
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Prosentandelene må summere til nøyaktig 100 (nå 99,5).',
      });
      expect(data.costPlans.size).toBe(0);
      expect(data.audit).toEqual([]);
    });

    it('names the participants a usage key has no figure for', async () => {
      const error = await refusalOf(
        service.setKey(SECRETARIAT, {
          measureId: 'measure-t5',
          key: { kind: 'USAGE', entries: [{ municipalityNumber: '3334', units: '12' }] },
        }),
      );
      expect(error.message).toBe('Mangler bruk for Kongsberg, Rollag.');
    });

    it('refuses a municipality that does not take part before judging the figures', async () => {
      const error = await refusalOf(
        service.setKey(SECRETARIAT, {
          measureId: 'measure-t5',
          key: { kind: 'USAGE', entries: [{ municipalityNumber: '4026', units: '12' }] },
        }),
      );
      expect(error.message).toBe('Tinn (4026) deltar ikke i tiltak T5.');
      expect(data.audit).toEqual([]);
    });
  });
});
