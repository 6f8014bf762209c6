import { describe, expect, it } from '@jest/globals';

import type { KeySpec } from '../../cost/cost-shares';
import { shareTable } from '../../cost/cost-shares';
import type { CostShareTable } from '../../dto/economics.types';
import {
  costsOf,
  gainsOf,
  municipalityEarns,
  municipalityPays,
  municipalityYears,
  paysFor,
  savingsGapYears,
  YearSums,
} from './economics-overview';

const year = (y: number, amount: string) => ({ year: y, amount });

describe('YearSums', () => {
  it('sums exactly per year, in year order, and a null adds no year', () => {
    const sums = new YearSums();
    sums.add(2027, '0.2');
    sums.add(2026, '5');
    sums.add(2027, '0.1');
    sums.add(2028, null);
    expect(sums.amounts()).toEqual([year(2026, '5'), year(2027, '0.3')]);
  });
});

describe('what a municipality pays and gains', () => {
  const share = (municipalityNumber: string, amount: string) => ({ municipalityNumber, amount });

  it('pays its share of the costs and of the agreements it buys under', () => {
    const shares = {
      years: [
        { year: 2026, shares: [share('3303', '666353'), share('3334', '128135')] },
        { year: 2027, shares: [share('3303', '1')] },
      ],
    } as unknown as CostShareTable;
    const agreements = [
      { year: 2026, shares: [share('3334', '805000')] },
      { year: 2028, shares: [share('3336', '575000')] },
    ] as never;
    // 2026: 128 135 + 805 000 = 933 135; nothing in 2027 or 2028 for Flesberg.
    expect(paysFor('3334', shares, agreements)).toEqual([year(2026, '933135')]);
  });

  it("counts a measure's cost lines and the agreements' totals as its costs", () => {
    expect(
      costsOf([year(2026, '1650000'), year(2027, '1200000')], [{ year: 2026, total: '1380000' }] as never),
    ).toEqual([year(2026, '3030000'), year(2027, '1200000')]);
  });

  it('gains from economic benefits only, FTE in kroner, and only its own values when asked', () => {
    const benefits = [
      { id: 'b1', measureId: 'm', unitKind: 'NOK', fteCostNok: null },
      { id: 'b2', measureId: 'm', unitKind: 'FTE', fteCostNok: '800000' },
      { id: 'b3', measureId: 'm', unitKind: 'QUALITATIVE', fteCostNok: null },
      { id: 'b4', measureId: 'other', unitKind: 'NOK', fteCostNok: null },
    ] as const;
    const values = {
      plan: new Map([
        ['b1', [{ year: 2026, municipalityNumber: '3334', planned: '60000' }]],
        [
          'b2',
          [
            { year: 2026, municipalityNumber: '3334', planned: '0.5' },
            { year: 2026, municipalityNumber: '3336', planned: '1' },
          ],
        ],
        ['b3', [{ year: 2026, municipalityNumber: '3334', planned: '12' }]],
        ['b4', [{ year: 2026, municipalityNumber: '3334', planned: '999' }]],
      ]),
      actuals: new Map([['b1', [{ year: 2026, municipalityNumber: '3334', value: '35000' }]]]),
    };
    const thresholds = { greenFromPercent: '90', yellowFromPercent: '70' };
    // Flesberg: 60 000 + 0.5 × 800 000 = 460 000 planned; 35 000 realised.
    expect(gainsOf(benefits, values, thresholds, 'm', '3334')).toEqual({
      plannedGain: [year(2026, '460000')],
      realisedGain: [year(2026, '35000')],
    });
    // Everyone: 60 000 + 1.5 × 800 000 = 1 260 000.
    expect(gainsOf(benefits, values, thresholds, 'm').plannedGain).toEqual([year(2026, '1260000')]);
  });

  it("sums a municipality's measures per year, with its own requirement", () => {
    const measures = [
      {
        pays: [year(2026, '100')],
        earns: [],
        plannedGain: [year(2026, '50'), year(2027, '70')],
        realisedGain: [],
      },
      { pays: [year(2027, '10')], earns: [], plannedGain: [], realisedGain: [year(2027, '5')] },
      // A measure it sells a service in, without taking part: it counts in the year it earns.
      { pays: [], earns: [year(2029, '1380000')], plannedGain: [], realisedGain: [] },
    ];
    expect(
      municipalityYears(measures, [{ municipalityNumber: '3334', year: 2028, amount: '1000.00' }]),
    ).toEqual([
      {
        year: 2026,
        measureCount: 1,
        pays: '100',
        earns: '0',
        plannedGain: '50',
        realisedGain: null,
        required: null,
      },
      {
        year: 2027,
        measureCount: 2,
        pays: '10',
        earns: '0',
        plannedGain: '70',
        realisedGain: '5',
        required: null,
      },
      {
        year: 2028,
        measureCount: 0,
        pays: '0',
        earns: '0',
        plannedGain: '0',
        realisedGain: null,
        required: '1000',
      },
      {
        year: 2029,
        measureCount: 1,
        pays: '0',
        earns: '1380000',
        plannedGain: '0',
        realisedGain: null,
        required: null,
      },
    ]);
  });
});

describe('savingsGapYears', () => {
  const measures = [
    { plannedGain: [year(2026, '2000000')], realisedGain: [year(2026, '500000')] },
    { plannedGain: [year(2026, '583000.50'), year(2027, '100')], realisedGain: [] },
  ];

  it("takes the region's own requirement for a year when it has one, else the sum of its municipalities'", () => {
    const gap = savingsGapYears(
      [
        { municipalityNumber: null, year: 2026, amount: '2583000' },
        { municipalityNumber: '3334', year: 2026, amount: '999' },
        { municipalityNumber: '3334', year: 2027, amount: '300' },
        { municipalityNumber: '3336', year: 2027, amount: '200.5' },
      ],
      measures,
    );
    expect(gap).toEqual([
      // Planned 2 583 000.50 − required 2 583 000 = 0.5; realised 500 000 − 2 583 000 = −2 083 000.
      {
        year: 2026,
        required: '2583000',
        planned: '2583000.5',
        realised: '500000',
        plannedGap: '0.5',
        realisedGap: '-2083000',
      },
      // Required 300 + 200.5 = 500.5; planned 100: a gap of −400.5 still to be found.
      {
        year: 2027,
        required: '500.5',
        planned: '100',
        realised: '0',
        plannedGap: '-400.5',
        realisedGap: '-500.5',
      },
    ]);
  });

  it('shows years with gains but no requirement as required 0', () => {
    expect(savingsGapYears([], [{ plannedGain: [year(2030, '1')], realisedGain: [] }])).toEqual([
      { year: 2030, required: '0', planned: '1', realised: '0', plannedGap: '1', realisedGap: '0' },
    ]);
  });
});

describe('municipalityPays (the overview without the share tables)', () => {
  const participants = [
    { number: '3303', name: 'Kongsberg' },
    { number: '3334', name: 'Flesberg' },
    { number: '3336', name: 'Rollag' },
  ];
  const populations = new Map([
    ['3303', { count: 28848, source: 'SSB' }],
    ['3334', { count: 2781, source: 'SSB' }],
    ['3336', { count: 1373, source: 'SSB' }],
  ]);
  const lines = [
    { year: 2027, kind: 'RUNNING' as const, amount: '1000000' },
    { year: 2026, kind: 'ONE_OFF' as const, amount: '100000.01' },
    { year: 2026, kind: 'RUNNING' as const, amount: '1200000' },
  ];
  const totals = [
    { year: 2027, amount: '1000000.00' },
    { year: 2026, amount: '1300000.01' },
  ];
  const entries = (
    values: Record<string, { units?: string; percent?: string; populationOverride?: number }>,
  ) =>
    new Map(
      Object.entries(values).map(([number, value]) => [
        number,
        {
          populationOverride: value.populationOverride ?? null,
          adjustmentNote: null,
          units: value.units ?? null,
          percent: value.percent ?? null,
        },
      ]),
    );
  const spec = (kind: KeySpec['kind'], more: Partial<KeySpec> = {}): KeySpec => ({
    kind,
    fixedPercent: null,
    populationYear: 2025,
    populationSource: 'SSB',
    entries: new Map(),
    ...more,
  });
  const keys: [string, KeySpec][] = [
    ['EQUAL', spec('EQUAL')],
    ['POPULATION', spec('POPULATION', { entries: entries({ '3303': { populationOverride: 27000 } }) })],
    ['FIXED_PLUS_POPULATION', spec('FIXED_PLUS_POPULATION', { fixedPercent: '20.50' })],
    [
      'USAGE',
      spec('USAGE', {
        entries: entries({ '3303': { units: '3' }, '3334': { units: '1.5' }, '3336': { units: '0' } }),
      }),
    ],
    [
      'MANUAL',
      spec('MANUAL', {
        entries: entries({
          '3303': { percent: '60' },
          '3334': { percent: '25.5' },
          '3336': { percent: '14.5' },
        }),
      }),
    ],
    ['MANUAL not summing to 100', spec('MANUAL', { entries: entries({ '3303': { percent: '60' } }) })],
    ['USAGE with no usage', spec('USAGE')],
    ['POPULATION without figures', spec('POPULATION', { populationYear: 1990 })],
  ];

  it.each(keys)('gives what the share table gives, for every participant: %s', (_name, key) => {
    for (const { number } of participants) {
      const table = shareTable(
        lines,
        key,
        participants,
        key.populationYear === 2025 ? populations : new Map(),
      );
      expect(
        municipalityPays(
          number,
          totals,
          key,
          participants,
          key.populationYear === 2025 ? populations : new Map(),
          [],
        ),
      ).toEqual({ pays: paysFor(number, table, []), shareError: table.error });
    }
  });

  it('reports a key that cannot split even without costs, as the share table does', () => {
    const key = spec('POPULATION', { populationYear: 1990 });
    expect(municipalityPays('3303', [], key, participants, new Map(), []).shareError).toBe(
      shareTable([], key, participants, new Map()).error,
    );
    expect(municipalityPays('3303', [], spec('USAGE'), participants, populations, []).shareError).toBeNull();
  });
});

describe('municipalityEarns', () => {
  const participants = [
    { number: '3334', name: 'Flesberg' },
    { number: '3336', name: 'Rollag' },
    { number: '3338', name: 'Nore og Uvdal' },
  ];
  const key = {
    kind: 'EQUAL' as const,
    fixedPercent: null,
    populationYear: null,
    populationSource: null,
    entries: new Map(),
  };
  const sale = (agreementId: string, y: number, total: string) => ({
    agreementId,
    agreementTitle: 'Byggesak',
    year: y,
    months: 12,
    total,
    shares: [],
  });

  it('gives a participant its share of the income by the key, the shares summing to the income', () => {
    const income = [year(2026, '100'), year(2027, '90000.01')];
    const shares = participants.map((p) =>
      municipalityEarns(p.number, income, key, participants, new Map(), [], new Map()),
    );
    expect(shares.map((s) => s.map((y) => y.amount))).toEqual([
      ['34', '30000.01'],
      ['33', '30000'],
      ['33', '30000'],
    ]);
  });

  it('gives the seller what the buyers of its service purchases pay, whether or not it takes part', () => {
    const sellers = new Map([['a1', ['3303']]]);
    const costs = [sale('a1', 2026, '1380000'), sale('a2', 2026, '5')];
    expect(municipalityEarns('3303', [], key, participants, new Map(), costs, sellers)).toEqual([
      year(2026, '1380000'),
    ]);
    expect(municipalityEarns('3334', [], key, participants, new Map(), costs, sellers)).toEqual([]);
  });
});
