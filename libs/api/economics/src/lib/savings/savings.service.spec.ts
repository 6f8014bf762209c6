import 'reflect-metadata';

import { beforeEach, describe, expect, it } from '@jest/globals';

import type { RegionEconomics } from '../dto/economics.types';
import type { EconomicsOverviewService } from '../overview/economics-overview.service';
import {
  emptyData,
  FakeData,
  fakeEconomics,
  LEADER,
  refusalOf,
  REGION,
  SECRETARIAT,
} from '../testing/economics-fakes';
import { SavingsService } from './savings.service';

describe('SavingsService', () => {
  let data: FakeData;
  let service: SavingsService;

  beforeEach(() => {
    data = emptyData();
    const fake = fakeEconomics(data);
    const overview = {
      regionEconomics: async () => ({}) as RegionEconomics,
    } as unknown as EconomicsOverviewService;
    service = new SavingsService(
      fake.transactions,
      fake.savings,
      fake.portfolio,
      fake.access,
      fake.audit,
      overview,
    );
  });

  it('sets the thresholds and records them as people write them', async () => {
    await service.setThresholds(SECRETARIAT, {
      regionSlug: REGION.slug,
      greenFromPercent: '85.50',
      yellowFromPercent: '60',
    });
    expect(data.thresholds.get(REGION.id)?.thresholds).toEqual({
      greenFromPercent: '85.50',
      yellowFromPercent: '60',
    });
    expect(data.audit).toEqual([
      expect.objectContaining({
        entityType: 'region',
        summary: 'Statusgrenser for gevinster: grønn fra 85.5 %, gul fra 60 %',
        before: { greenFromPercent: '90', yellowFromPercent: '70' },
      }),
    ]);
  });

  it('refuses thresholds out of order, and anyone but the secretariat, saving nothing', async () => {
    const order = await refusalOf(
      service.setThresholds(SECRETARIAT, {
        regionSlug: REGION.slug,
        greenFromPercent: '80',
        yellowFromPercent: '85',
      }),
    );
    expect(order.message).toBe(
      'Grensen for gul kan ikke være over grensen for grønn, og ingen grense over 100 %.',
    );
    const role = await refusalOf(
      service.setThresholds(LEADER, {
        regionSlug: REGION.slug,
        greenFromPercent: '90',
        yellowFromPercent: '70',
      }),
    );
    expect(role).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Bare sekretariatet kan sette statusgrensene.',
    });
    expect(data.thresholds.size).toBe(0);
    expect(data.audit).toEqual([]);
  });

  it("replaces one municipality's requirements, leaving the region's own", async () => {
    data.requirements = [
      { regionId: REGION.id, municipalityNumber: null, year: 2026, amount: '2583000' },
      { regionId: REGION.id, municipalityNumber: '3334', year: 2026, amount: '100' },
    ];
    await service.setRequirements(SECRETARIAT, {
      regionSlug: REGION.slug,
      municipalityNumber: '3334',
      values: [{ year: 2027, amount: '250' }],
    });
    expect(data.requirements).toEqual([
      { regionId: REGION.id, municipalityNumber: null, year: 2026, amount: '2583000' },
      { regionId: REGION.id, municipalityNumber: '3334', year: 2027, amount: '250' },
    ]);
    expect(data.audit[0]).toMatchObject({
      summary: 'Nedtrekkskrav for 3334 endret (1 år)',
      before: { municipalityNumber: '3334', values: [{ year: 2026, amount: '100' }] },
    });
  });

  it('refuses a year twice and a municipality outside the region, saving nothing', async () => {
    const twice = await refusalOf(
      service.setRequirements(SECRETARIAT, {
        regionSlug: REGION.slug,
        values: [
          { year: 2027, amount: '1' },
          { year: 2027, amount: '2' },
        ],
      }),
    );
    expect(twice.message).toBe('2027 står to ganger.');
    const outside = await refusalOf(
      service.setRequirements(SECRETARIAT, {
        regionSlug: REGION.slug,
        municipalityNumber: '0301',
        values: [],
      }),
    );
    expect(outside.message).toBe('Kommune 0301 finnes ikke i regionen.');
    expect(data.requirements).toEqual([]);
    expect(data.audit).toEqual([]);
  });
});
