import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';

import { measureRef, useDemoTokens } from './support/portfolio';
import { useTestApp } from './support/test-app';

interface Share {
  municipalityNumber: string;
  amount: string;
}
interface Figures {
  version: number;
  costs: { year: number; kind: string; amount: string; note: string }[];
  yearFigures: {
    year: number;
    income: string | null;
    incomeSource: string;
    actual: string | null;
    actualNote: string;
  }[];
  yearSummary: {
    year: number;
    planned: string;
    income: string;
    net: string;
    actual: string | null;
    deviation: string | null;
  }[];
  incomeShares: { years: { year: number; total: string; shares: Share[] }[]; error: string | null };
}
interface MunicipalityFigures {
  years: { year: number; pays: string; earns: string }[];
  measures: {
    code: string;
    pays: { year: number; amount: string }[];
    earns: { year: number; amount: string }[];
  }[];
}

const FIGURES = `version costs { year kind amount note }
  yearFigures { year income incomeSource actual actualNote }
  yearSummary { year planned income net actual deviation }
  incomeShares { years { year total shares { municipalityNumber amount } } error }`;
const MUNICIPALITY = `query($number: String!) {
  municipalityEconomics(regionSlug: "kongsbergregionen", municipalityNumber: $number) {
    years { year pays earns } measures { code pays { year amount } earns { year amount } }
  }
}`;

const sum = (values: readonly string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

describe('economics: income and actual costs per year', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const economics = async (code: string) =>
    (
      await api.gql<{ measureEconomics: Figures }>(
        `query($measureId: ID!) { measureEconomics(measureId: $measureId) { ${FIGURES} } }`,
        { token: tokens.politiker, variables: { measureId: (await measureRef(api.dataSource, code)).id } },
      )
    ).data?.measureEconomics as Figures;
  const municipality = async (number: string) =>
    (
      await api.gql<{ municipalityEconomics: MunicipalityFigures }>(MUNICIPALITY, {
        token: tokens.politiker,
        variables: { number },
      })
    ).data?.municipalityEconomics as MunicipalityFigures;

  it('records income and actual costs beside the planned costs, and splits the income by the key', async () => {
    const before = await economics('T5');
    const saved = await api.gql<{ setMeasureCosts: Figures }>(
      `mutation($input: SetMeasureCostsInput!) { setMeasureCosts(input: $input) { ${FIGURES} } }`,
      {
        token: tokens['leder.teknisk'],
        variables: {
          input: {
            measureId: (await measureRef(api.dataSource, 'T5')).id,
            expectedVersion: before.version,
            costs: before.costs.map(({ year, kind, amount, note }) => ({ year, kind, amount, note })),
            years: [
              { year: 2026, income: '400000.01', incomeSource: ' Skjønnsmidler fra Statsforvalteren ' },
              { year: 2026 + 1, actual: '1300000.50', actualNote: 'Lisenser ble dyrere' },
            ],
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const t5 = saved.data?.setMeasureCosts as Figures;
    expect(t5.version).toBe(before.version + 1);
    expect(t5.yearFigures).toEqual([
      {
        year: 2026,
        income: '400000.01',
        incomeSource: 'Skjønnsmidler fra Statsforvalteren',
        actual: null,
        actualNote: '',
      },
      { year: 2027, income: null, incomeSource: '', actual: '1300000.5', actualNote: 'Lisenser ble dyrere' },
    ]);
    const planned = (year: number) =>
      sum(t5.costs.filter((line) => line.year === year).map((line) => line.amount)).toFixed();
    const y2026 = t5.yearSummary.find((row) => row.year === 2026);
    expect(y2026).toEqual({
      year: 2026,
      planned: planned(2026),
      income: '400000.01',
      net: new Decimal(planned(2026)).minus('400000.01').toFixed(),
      actual: null,
      deviation: null,
    });
    expect(t5.yearSummary.find((row) => row.year === 2027)).toMatchObject({
      actual: '1300000.5',
      deviation: new Decimal('1300000.5').minus(planned(2027)).toFixed(),
    });
    // The income shares sum to the income exactly, in øre since it has øre.
    expect(t5.incomeShares.error).toBeNull();
    const [incomeYear] = t5.incomeShares.years;
    expect(incomeYear.total).toBe('400000.01');
    expect(sum(incomeYear.shares.map((share) => share.amount)).toFixed()).toBe('400000.01');

    // The participant's economics page shows its income share.
    const flesberg = await municipality('3334');
    const share = incomeYear.shares.find((s) => s.municipalityNumber === '3334')?.amount;
    expect(flesberg.measures.find((m) => m.code === 'T5')?.earns).toEqual([{ year: 2026, amount: share }]);

    // Leaving the years out keeps them.
    const again = await api.gql<{ setMeasureCosts: Figures }>(
      `mutation($input: SetMeasureCostsInput!) { setMeasureCosts(input: $input) { ${FIGURES} } }`,
      {
        token: tokens.sekretariat,
        variables: {
          input: {
            measureId: (await measureRef(api.dataSource, 'T5')).id,
            expectedVersion: t5.version,
            costs: t5.costs.map(({ year, kind, amount, note }) => ({ year, kind, amount, note })),
          },
        },
      },
    );
    expect(again.data?.setMeasureCosts.yearFigures).toEqual(t5.yearFigures);
  });

  it('shows the seller of a service purchase what its buyers pay, though it does not take part', async () => {
    // T7: Kongsberg sells building-case handling to Flesberg and Rollag, 1 200 hours × 1 150 kr a year, 2026–2028;
    // Kongsberg has opted out of the measure itself.
    const kongsberg = await municipality('3303');
    const t7 = kongsberg.measures.find((m) => m.code === 'T7');
    expect(t7?.pays).toEqual([]);
    expect(t7?.earns).toEqual([
      { year: 2026, amount: '1380000' },
      { year: 2027, amount: '1380000' },
      { year: 2028, amount: '1380000' },
    ]);
    expect(kongsberg.years.find((y) => y.year === 2026)?.earns).toBe(
      sum(kongsberg.measures.map((m) => m.earns.find((e) => e.year === 2026)?.amount ?? '0')).toFixed(),
    );
    // The seller earns what the buyers' shares of the agreement sum to.
    const agreement = await api.gql<{
      measureEconomics: { agreementCosts: { year: number; total: string }[] };
    }>(
      'query($measureId: ID!) { measureEconomics(measureId: $measureId) { agreementCosts { year total } } }',
      { token: tokens.politiker, variables: { measureId: (await measureRef(api.dataSource, 'T7')).id } },
    );
    expect(agreement.data?.measureEconomics.agreementCosts.find((cost) => cost.year === 2027)?.total).toBe(
      '1380000',
    );
  });
});
