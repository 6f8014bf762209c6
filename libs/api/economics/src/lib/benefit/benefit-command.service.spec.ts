import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@samarbeid/shared/domain';

import {
  aBenefit,
  aMeasure,
  aUser,
  emptyData,
  FakeData,
  fakeEconomics,
  LEADER,
  refusalOf,
  REGION,
  SECRETARIAT,
} from '../testing/economics-fakes';
import { BenefitCommandService } from './benefit-command.service';
import { BenefitQueryService } from './benefit-query.service';

const FLESBERG_DIRECTOR = aUser([Role.MunicipalDirector], { id: 'dina', municipalityNumber: '3334' });
const MEMBER = aUser([Role.NetworkMember], { id: 'mons' });

const FIELDS = {
  title: ' Færre reiser ',
  type: 'EFFICIENCY',
  unitKind: 'NOK',
  owner: 'Økonomisjef',
} as const;

describe('BenefitCommandService', () => {
  let data: FakeData;
  let service: BenefitCommandService;

  beforeEach(() => {
    data = emptyData();
    data.measures = [aMeasure({ participating: ['3303', '3334', '3336'] })];
    data.leaders.set('network-teknisk', ['tor']);
    data.representatives = [{ networkId: 'network-teknisk', userId: 'mons', municipalityNumber: '3336' }];
    data.goals = [{ id: 'goal-1', regionId: REGION.id, title: 'Lavere driftskostnader' }];
    data.benefits = [aBenefit({ id: 'benefit-1', version: 4 })];
    const fake = fakeEconomics(data);
    const queries = new BenefitQueryService(fake.benefits, fake.portfolio, fake.savings, fake.access);
    service = new BenefitCommandService(
      fake.transactions,
      fake.benefits,
      fake.portfolio,
      fake.access,
      fake.audit,
      queries,
    );
  });

  describe('create', () => {
    it('saves the checked, trimmed fields and records the addition', async () => {
      const benefit = await service.create(LEADER, { measureId: 'measure-t5', ...FIELDS, goalId: 'goal-1' });
      expect(benefit).toMatchObject({
        title: 'Færre reiser',
        goalTitle: 'Lavere driftskostnader',
        change: '',
      });
      expect(data.audit).toEqual([
        expect.objectContaining({
          action: 'CREATE',
          actorId: 'tor',
          summary: 'T5: gevinst «Færre reiser» lagt til',
        }),
      ]);
    });

    it('refuses a caller who may not edit the measure, saving and recording nothing', async () => {
      const error = await refusalOf(service.create(MEMBER, { measureId: 'measure-t5', ...FIELDS }));
      expect(error.code).toBe('FORBIDDEN');
      expect(data.benefits).toHaveLength(1);
      expect(data.audit).toEqual([]);
    });

    it('refuses an FTE benefit without its cost per FTE, and a goal outside the region', async () => {
      const fte = await refusalOf(
        service.create(LEADER, { measureId: 'measure-t5', ...FIELDS, unitKind: 'FTE', fteCostNok: '0.00' }),
      );
      expect(fte.message).toBe('En gevinst i årsverk trenger kostnaden per årsverk (f.eks. 780000).');
      const goal = await refusalOf(
        service.create(LEADER, { measureId: 'measure-t5', ...FIELDS, goalId: 'goal-in-hallingdal' }),
      );
      expect(goal.message).toBe('Målet finnes ikke i regionens strategier.');
      expect(data.benefits).toHaveLength(1);
      expect(data.audit).toEqual([]);
    });
  });

  describe('update and setPlan', () => {
    it('refuses a stale version with CONFLICT before anything is written', async () => {
      const error = await refusalOf(
        service.update(SECRETARIAT, { id: 'benefit-1', expectedVersion: 3, ...FIELDS }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/^Gevinsten er endret av noen andre/);
      expect(data.benefits[0]).toMatchObject({ title: 'Mindre bruk av konsulenter', version: 4 });
      expect(data.audit).toEqual([]);
    });

    it('replaces the planned values per municipality and records before and after', async () => {
      data.planValues = [{ benefitId: 'benefit-1', year: 2026, municipalityNumber: null, planned: '1000' }];
      const benefit = await service.setPlan(LEADER, {
        benefitId: 'benefit-1',
        expectedVersion: 4,
        values: [
          { year: 2026, municipalityNumber: '3334', planned: '600' },
          { year: 2026, municipalityNumber: '3336', planned: '400' },
        ],
      });
      expect(benefit).toMatchObject({ perMunicipality: true, version: 5 });
      expect(benefit.years).toEqual([
        { year: 2026, planned: '1000', realised: null, percent: null, status: null },
      ]);
      expect(data.audit).toEqual([
        expect.objectContaining({
          summary: 'T5: gevinstplan for «Mindre bruk av konsulenter» endret (2 verdier)',
          before: {
            benefit: 'Mindre bruk av konsulenter',
            plan: [{ year: 2026, municipalityNumber: null, planned: '1000' }],
          },
        }),
      ]);
    });

    it('refuses values for the whole region and per municipality mixed, keeping the old plan', async () => {
      const error = await refusalOf(
        service.setPlan(LEADER, {
          benefitId: 'benefit-1',
          expectedVersion: 4,
          values: [
            { year: 2026, planned: '1' },
            { year: 2027, municipalityNumber: '3334', planned: '1' },
          ],
        }),
      );
      expect(error.message).toBe(
        'En gevinst planlegges enten for hele regionen eller per kommune, ikke begge deler.',
      );
      expect(data.planValues).toEqual([]);
      expect(data.audit).toEqual([]);
    });
  });

  describe('recordActual', () => {
    const actual = (municipalityNumber: string) => ({
      benefitId: 'benefit-1',
      year: 2026,
      municipalityNumber,
      value: '275000',
      comment: ' Årsprognose ',
    });

    it("lets a director record for their own municipality, and the status follows the region's thresholds", async () => {
      data.planValues = [{ benefitId: 'benefit-1', year: 2026, municipalityNumber: null, planned: '300000' }];
      const benefit = await service.recordActual(FLESBERG_DIRECTOR, actual('3334'));
      // 275 000 of 300 000 = 91.7 % → GREEN (from 90 %).
      expect(benefit.years).toEqual([
        { year: 2026, planned: '300000', realised: '275000', percent: '91.7', status: 'GREEN' },
      ]);
      expect(data.actuals[0]).toMatchObject({ comment: 'Årsprognose', recordedById: 'dina' });
      expect(data.audit[0].summary).toBe(
        'T5: faktisk verdi 275000 for «Mindre bruk av konsulenter» 2026 i 3334',
      );
    });

    it('lets a network member record for the municipality they represent, and nobody else', async () => {
      await service.recordActual(MEMBER, actual('3336'));
      const error = await refusalOf(service.recordActual(MEMBER, actual('3334')));
      expect(error.code).toBe('FORBIDDEN');
      expect(data.actuals).toHaveLength(1);
      expect(data.audit).toHaveLength(1);
    });

    it('says a municipality outside the region is not in it, before asking who may record', async () => {
      const error = await refusalOf(service.recordActual(FLESBERG_DIRECTOR, actual('9999')));
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Kommune 9999 finnes ikke i regionen.',
      });
      expect(data.actuals).toEqual([]);
    });
  });

  describe('delete', () => {
    it('refuses a benefit with recorded actuals, deleting nothing', async () => {
      await service.recordActual(SECRETARIAT, {
        benefitId: 'benefit-1',
        year: 2026,
        municipalityNumber: '3303',
        value: '1',
      });
      const error = await refusalOf(service.delete(SECRETARIAT, 'benefit-1'));
      expect(error.message).toMatch(
        /^Gevinsten «Mindre bruk av konsulenter» har 1 registrerte faktiske verdier/,
      );
      expect(data.benefits).toHaveLength(1);
      expect(data.audit.map((record) => record.action)).toEqual(['CREATE']);
    });

    it('deletes a benefit without actuals and records it', async () => {
      expect(await service.delete(LEADER, 'benefit-1')).toBe(true);
      expect(data.benefits).toEqual([]);
      expect(data.audit[0]).toMatchObject({
        action: 'DELETE',
        summary: 'T5: gevinst «Mindre bruk av konsulenter» slettet',
      });
    });
  });
});
