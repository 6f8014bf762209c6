import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';

import {
  agreementCostsForMeasures,
  agreementSellers,
  measuresWithAgreementCosts,
} from './agreement-costs.read';

/** A manager that answers every query with `rows`, and remembers what it was asked. */
function managerAnswering(rows: object[]) {
  const calls: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return rows;
    },
  } as unknown as EntityManager;
  return { manager, calls };
}

const row = (agreementId: string, municipalityNumber: string, name: string, volume: string | null) => ({
  measure_id: 'm-t7',
  agreement_id: agreementId,
  title: `Avtale ${agreementId}`,
  price_model: 'HOURLY',
  price: '1150.00',
  volume_amount: '1200.00',
  start_date: '2026-01-01',
  end_date: '2028-12-31',
  municipality_number: municipalityNumber,
  name,
  buyer_volume: volume,
});

describe('agreementCostsForMeasures', () => {
  it('asks nothing for no measures', async () => {
    const { manager, calls } = managerAnswering([]);
    expect(await agreementCostsForMeasures(manager, [])).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('groups the buyers under their agreement, in the order read, with the values as stored', async () => {
    const { manager, calls } = managerAnswering([
      row('a1', '3334', 'Flesberg', '700.00'),
      row('a1', '3336', 'Rollag', '500.00'),
      row('a2', '3303', 'Kongsberg', null),
    ]);
    const terms = await agreementCostsForMeasures(manager, ['m-t7']);
    expect(calls).toHaveLength(1);
    expect(calls[0].params).toEqual([['m-t7']]);
    expect(terms).toEqual([
      {
        measureId: 'm-t7',
        agreementId: 'a1',
        title: 'Avtale a1',
        priceModel: 'HOURLY',
        price: '1150.00',
        volumeAmount: '1200.00',
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        buyers: [
          { municipalityNumber: '3334', municipalityName: 'Flesberg', volume: '700.00' },
          { municipalityNumber: '3336', municipalityName: 'Rollag', volume: '500.00' },
        ],
      },
      expect.objectContaining({
        agreementId: 'a2',
        buyers: [{ municipalityNumber: '3303', municipalityName: 'Kongsberg', volume: null }],
      }),
    ]);
  });
});

describe('measuresWithAgreementCosts', () => {
  it("answers the measures' ids, for the region asked", async () => {
    const { manager, calls } = managerAnswering([{ measure_id: 'm-f1' }, { measure_id: 'm-t7' }]);
    expect(await measuresWithAgreementCosts(manager, 'r-kongsberg')).toEqual(['m-f1', 'm-t7']);
    expect(calls[0].params).toEqual(['r-kongsberg']);
  });
});

describe('agreementSellers', () => {
  it('asks nothing for no agreements, and groups the sellers by agreement', async () => {
    const none = managerAnswering([]);
    expect(await agreementSellers(none.manager, [])).toEqual(new Map());
    expect(none.calls).toEqual([]);
    const { manager, calls } = managerAnswering([
      { agreement_id: 'a1', municipality_number: '3303' },
      { agreement_id: 'a2', municipality_number: '3334' },
    ]);
    expect(await agreementSellers(manager, ['a1', 'a2'])).toEqual(
      new Map([
        ['a1', ['3303']],
        ['a2', ['3334']],
      ]),
    );
    expect(calls[0].params).toEqual([['a1', 'a2']]);
  });
});
