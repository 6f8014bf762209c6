import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@samarbeid/shared/domain';

import {
  aMeasure,
  aUser,
  emptyData,
  FakeData,
  fakePortfolio,
  refusalOf,
  REGION,
  SECRETARIAT,
} from '../testing/portfolio-fakes';
import { ParticipationService } from './participation.service';

const DIRECTOR_FLESBERG = aUser([Role.MunicipalDirector], { id: 'dir', municipalityNumber: '3334' });

describe('ParticipationService', () => {
  let data: FakeData;
  let fake: ReturnType<typeof fakePortfolio>;
  let service: ParticipationService;

  beforeEach(() => {
    data = emptyData();
    data.measures = [aMeasure({ id: 't4', code: 'T4' })];
    data.memberships = [
      { regionId: REGION, municipalityNumber: '3334' },
      { regionId: REGION, municipalityNumber: '3336' },
    ];
    fake = fakePortfolio(data);
    service = new ParticipationService(
      fake.transactions,
      fake.participation,
      fake.measures,
      fake.history,
      fake.access,
    );
  });

  it('lets the director opt their municipality out with a reason, recorded with before and after', async () => {
    const saved = await service.set(DIRECTOR_FLESBERG, {
      measureId: 't4',
      municipalityNumber: '3334',
      state: 'OPTED_OUT',
      reason: '  Ikke aktuelt nå. ',
    });
    expect(saved).toMatchObject({ state: 'OPTED_OUT', reason: 'Ikke aktuelt nå.' });
    expect(data.history).toEqual([
      expect.objectContaining({
        action: 'UPDATE',
        entityType: 'measure',
        entityId: 't4',
        summary: 'T4: kommune 3334 ikke avklart → deltar ikke',
        before: { municipalityNumber: '3334', state: 'UNDECIDED', reason: null },
        after: { municipalityNumber: '3334', state: 'OPTED_OUT', reason: 'Ikke aktuelt nå.' },
      }),
    ]);
  });

  it('refuses opting out without a reason before opening a transaction', async () => {
    const error = await refusalOf(
      service.set(DIRECTOR_FLESBERG, {
        measureId: 't4',
        municipalityNumber: '3334',
        state: 'OPTED_OUT',
        reason: ' ',
      }),
    );
    expect(error.message).toBe('Skriv en begrunnelse når kommunen ikke skal delta.');
    expect(fake.transactionCount()).toBe(0);
    expect(data.participation).toEqual([]);
  });

  it("refuses a director setting another municipality's participation", async () => {
    const error = await refusalOf(
      service.set(DIRECTOR_FLESBERG, { measureId: 't4', municipalityNumber: '3336', state: 'PARTICIPATING' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(data.participation).toEqual([]);
    expect(data.history).toEqual([]);
  });

  it('refuses a municipality outside the measure’s region, saving nothing', async () => {
    const error = await refusalOf(
      service.set(SECRETARIAT, { measureId: 't4', municipalityNumber: '3320', state: 'PARTICIPATING' }),
    );
    expect(error.message).toBe('Kommune 3320 er ikke medlem av regionen til tiltaket.');
    expect(data.participation).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown measure', async () => {
    const error = await refusalOf(
      service.set(SECRETARIAT, { measureId: 'x', municipalityNumber: '3334', state: 'PARTICIPATING' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
