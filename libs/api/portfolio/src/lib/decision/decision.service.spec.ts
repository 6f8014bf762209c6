import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '@samarbeid/shared/domain';

import {
  aMeasure,
  aUser,
  emptyData,
  FakeData,
  fakePortfolio,
  OTHER_REGION,
  refusalOf,
  REGION,
  SECRETARIAT,
} from '../testing/portfolio-fakes';
import type { CreateDecisionInput } from './decision.inputs';
import { DecisionService } from './decision.service';

describe('DecisionService.create', () => {
  let data: FakeData;
  let fake: ReturnType<typeof fakePortfolio>;
  let service: DecisionService;

  const input = (fields: Partial<CreateDecisionInput> = {}): CreateDecisionInput => ({
    regionSlug: 'kongsbergregionen',
    body: 'KDU',
    decidedOn: '2026-10-01',
    caseReference: ' KDU 30/26 ',
    title: 'Byggesakssamarbeid utredes',
    text: 'KDU ber teknisk nettverk utrede felles byggesaksbehandling.',
    measureIds: ['t7', 't7'],
    ...fields,
  });

  beforeEach(() => {
    data = emptyData();
    data.measures = [
      aMeasure({ id: 't7', code: 'T7' }),
      aMeasure({ id: 'h1', code: 'H1', regionId: OTHER_REGION }),
    ];
    fake = fakePortfolio(data);
    service = new DecisionService(
      fake.transactions,
      fake.decisions,
      fake.measures,
      fake.regions,
      fake.history,
      fake.access,
    );
  });

  it('records the decision with its measures, once each, and the history', async () => {
    const decision = await service.create(SECRETARIAT, input({ municipalityNumber: '3303' }));
    expect(decision).toMatchObject({
      regionId: REGION,
      caseReference: 'KDU 30/26',
      municipalityNumber: null,
    });
    expect(data.decisionMeasures).toEqual([{ decisionId: decision.id, measureId: 't7' }]);
    expect(data.history).toMatchObject([
      { action: 'CREATE', entityType: 'decision', summary: 'Vedtak KDU 30/26: Byggesakssamarbeid utredes' },
    ]);
  });

  it('refuses anyone but the secretariat before anything else', async () => {
    const error = await refusalOf(
      service.create(aUser([Role.NetworkLeader]), input({ regionSlug: 'ukjent' })),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(fake.transactionCount()).toBe(0);
  });

  it('refuses a council decision without the municipality', async () => {
    const error = await refusalOf(service.create(SECRETARIAT, input({ body: 'MUNICIPAL_COUNCIL' })));
    expect(error.message).toBe('Et kommunestyrevedtak må ha kommunen.');
    expect(data.decisions).toEqual([]);
  });

  it('refuses a measure of another region, saving nothing', async () => {
    const error = await refusalOf(service.create(SECRETARIAT, input({ measureIds: ['t7', 'h1'] })));
    expect(error.message).toBe('Et av tiltakene finnes ikke i regionen.');
    expect(data.decisions).toEqual([]);
    expect(data.history).toEqual([]);
  });
});
