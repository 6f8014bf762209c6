import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';

import {
  countStatements,
  databaseFingerprint,
  DemoUsername,
  measureRef,
  networkId,
  useDemoTokens,
} from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

interface Share {
  municipalityNumber: string;
  amount: string;
  exact: string;
  exactIsRounded: boolean;
  explanation: string;
  change: string | null;
  roundingParadox: boolean;
}
interface ShareYear {
  year: number;
  total: string;
  shares: Share[];
}
interface Economics {
  version: number;
  firstYear: number;
  lastYear: number;
  viewerCanEdit: boolean;
  costs: { year: number; kind: string; amount: string }[];
  key: { kind: string; populationYear: number | null; populationSource: string | null };
  shares: { years: ShareYear[]; totals: Share[]; error: string | null };
  agreementCosts: {
    agreementTitle: string;
    year: number;
    months: number;
    total: string;
    shares: { municipalityNumber: string; amount: string; explanation: string }[];
  }[];
}
interface BenefitYear {
  year: number;
  planned: string;
  realised: string | null;
  status: string | null;
  percent: string | null;
}

const SHARE_FIELDS = `years { year total shares { municipalityNumber amount exact exactIsRounded explanation change roundingParadox } }
  totals { municipalityNumber amount exact exactIsRounded explanation change roundingParadox } error`;
const ECONOMICS = `query($measureId: ID!) { measureEconomics(measureId: $measureId) {
  version firstYear lastYear viewerCanEdit costs { year kind amount }
  key { kind populationYear populationSource } shares { ${SHARE_FIELDS} }
  agreementCosts { agreementTitle year months total shares { municipalityNumber amount explanation } } } }`;
const PLAN = `query($measureId: ID!) { benefitPlan(measureId: $measureId) {
  viewerCanEdit viewerCanRecordFor years { year planned realised status percent }
  benefits { id title version perMunicipality years { year planned realised status percent } } } }`;

const sum = (values: readonly string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

describe('economics', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();
  const economics = async (code: string, as: DemoUsername = 'politiker') => {
    const response = await api.gql<{ measureEconomics: Economics }>(ECONOMICS, {
      token: tokens[as],
      variables: { measureId: (await measureRef(api.dataSource, code)).id },
    });
    expect(response.errors).toBeUndefined();
    return response.data?.measureEconomics as Economics;
  };
  const setCosts = (as: DemoUsername, input: Record<string, unknown>, fields = 'version') =>
    api.gql<{ setMeasureCosts: Economics }>(
      `mutation($input: SetMeasureCostsInput!) { setMeasureCosts(input: $input) { ${fields} } }`,
      { token: tokens[as], variables: { input } },
    );

  it('splits T5 (30 % equal, 70 % by population 1.1.2025) to the krone and explains each share', async () => {
    const t5 = await economics('T5');
    expect(t5.key).toMatchObject({ kind: 'FIXED_PLUS_POPULATION', populationYear: 2025 });
    const year2026 = t5.shares.years.find((year) => year.year === 2026) as ShareYear;
    // 2026: 450 000 one-off + 1 200 000 running = 1 650 000 kr over all seven (55 939 inhabitants).
    expect(year2026.total).toBe('1650000');
    expect(sum(year2026.shares.map((s) => s.amount)).toFixed()).toBe('1650000');
    // Flesberg: 1 650 000 × (70 % × 2 781 / 55 939 + 30 % × 1/7) = 57 420.67… + 70 714.29… = 128 134.958…
    // Floors sum to 1 649 995; the 5 kr left go to the largest remainders .958 (3334), .948 (3338), .902 (4005),
    // .854 (4026), .696 (4024); Kongsberg (.107) and Rollag (.536) keep their floors.
    const amounts = Object.fromEntries(year2026.shares.map((s) => [s.municipalityNumber, s.amount]));
    expect(amounts).toEqual({
      '3303': '666353',
      '3334': '128135',
      '3336': '99517',
      '3338': '122044',
      '4005': '344624',
      '4024': '104370',
      '4026': '184957',
    });
    const flesberg = year2026.shares.find((s) => s.municipalityNumber === '3334') as Share;
    expect(flesberg.exact.startsWith('128134.958')).toBe(true);
    expect(flesberg.explanation).toContain('innbyggere 2 781 av 55 939 per 1.1.2025');
    expect(flesberg.explanation).toContain('× 70 % + 1/7 × 30 %) × 1 650 000 kr = 128 134,96 kr');
    // Totals over the four years are the sums of the yearly rounded shares.
    const total = t5.shares.totals.find((s) => s.municipalityNumber === '3334') as Share;
    expect(total.amount).toBe(
      sum(
        t5.shares.years.map((y) => y.shares.find((s) => s.municipalityNumber === '3334')?.amount ?? '0'),
      ).toFixed(),
    );
  });

  it("splits T7's building-case agreement among its buyers by the agreement's volumes, not by T7's key", async () => {
    const t7 = await economics('T7');
    const year2026 = t7.agreementCosts.filter((cost) => cost.year === 2026);
    expect(year2026).toHaveLength(1);
    // 1 150 kr/h × 1 200 h = 1 380 000 kr a year, 12 of 12 months; Flesberg 700 h, Rollag 500 h:
    // 1 380 000 × 700/1 200 = 805 000 and × 500/1 200 = 575 000.
    expect(year2026[0]).toMatchObject({ months: 12, total: '1380000' });
    expect(year2026[0].shares.map((s) => [s.municipalityNumber, s.amount])).toEqual([
      ['3334', '805000'],
      ['3336', '575000'],
    ]);
    expect(year2026[0].shares[0].explanation).toContain(
      '1 380 000 kr per år × 12/12 måneder, fordelt etter avtalt volum',
    );
    // The agreement runs 2026–2028, so nothing in 2029.
    expect(t7.agreementCosts.map((cost) => cost.year)).toEqual([2026, 2027, 2028]);
  });

  it('previews a key and a what-if without saving anything', async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const before = await databaseFingerprint(api.dataSource);
    const response = await api.gql<{ costSharePreview: Economics['shares'] & { excluded: string[] } }>(
      `query($measureId: ID!, $key: CostKeyInput, $exclude: [String!]) {
        costSharePreview(measureId: $measureId, key: $key, excludeMunicipalityNumbers: $exclude) { ${SHARE_FIELDS} excluded } }`,
      {
        token: tokens.sekretariat,
        variables: { measureId: t5.id, key: { kind: 'EQUAL' }, exclude: ['3303'] },
      },
    );
    expect(response.errors).toBeUndefined();
    const preview = response.data?.costSharePreview;
    const year2026 = preview?.years.find((year) => year.year === 2026) as ShareYear;
    // Without Kongsberg, 1 650 000 / 6 = 275 000 each; with everyone 1 650 000 / 7 = 235 714.28… → 235 714 or 235 715.
    expect(year2026.shares.map((s) => s.amount)).toEqual(Array(6).fill('275000'));
    expect(year2026.shares.every((s) => s.change === '39286' || s.change === '39285')).toBe(true);
    expect(preview?.excluded).toEqual(['3303']);
    expect(await databaseFingerprint(api.dataSource)).toBe(before);
  });

  it('shows why a key cannot split: agreed percentages that no longer sum to 100', async () => {
    const o2 = await measureRef(api.dataSource, 'O2');
    const response = await api.gql<{ costSharePreview: Economics['shares'] }>(
      `query($measureId: ID!, $key: CostKeyInput) { costSharePreview(measureId: $measureId, key: $key) { error years { year } } }`,
      {
        token: tokens.politiker,
        variables: {
          measureId: o2.id,
          key: {
            kind: 'MANUAL',
            entries: ['3303', '3334', '3336', '3338', '4005', '4024'].map((municipalityNumber) => ({
              municipalityNumber,
              percent: '15',
            })),
          },
        },
      },
    );
    expect(response.data?.costSharePreview.years).toEqual([]);
    expect(response.data?.costSharePreview.error).toBe(
      'Prosentandelene må summere til nøyaktig 100 (nå 90).',
    );
  });

  it('saves costs and a key with optimistic locking, and refuses a stale version with CONFLICT', async () => {
    const t7 = await measureRef(api.dataSource, 'T7');
    const current = await economics('T7', 'leder.teknisk');
    expect(current.viewerCanEdit).toBe(true);
    const saved = await setCosts(
      'leder.teknisk',
      {
        measureId: t7.id,
        expectedVersion: current.version,
        costs: [
          { year: 2026, kind: 'RUNNING', amount: '780000.50' },
          { year: 2027, kind: 'ONE_OFF', amount: '0.10' },
          { year: 2027, kind: 'RUNNING', amount: '0.20' },
        ],
      },
      `version costs { year kind amount } shares { ${SHARE_FIELDS} }`,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.setMeasureCosts.version).toBe(current.version + 1);
    // Exact decimals: 0.10 + 0.20 is 0.3, split by usage to the øre, so the shares sum to 0.3 (not 0 for everyone).
    const year2027 = saved.data?.setMeasureCosts.shares.years.find((y) => y.year === 2027) as ShareYear;
    expect(year2027.total).toBe('0.3');
    expect(sum(year2027.shares.map((s) => s.amount)).toFixed()).toBe('0.3');
    const stale = await setCosts('sekretariat', {
      measureId: t7.id,
      expectedVersion: current.version,
      costs: [],
    });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('splits costs entered with øre to the øre, the shares summing exactly, and refuses a third decimal', async () => {
    const t7 = await measureRef(api.dataSource, 'T7');
    const current = await economics('T7', 'leder.teknisk');
    const saved = await setCosts(
      'leder.teknisk',
      {
        measureId: t7.id,
        expectedVersion: current.version,
        costs: [
          { year: 2026, kind: 'RUNNING', amount: '1000.01' },
          { year: 2027, kind: 'ONE_OFF', amount: '0.10' },
          { year: 2027, kind: 'RUNNING', amount: '0.20' },
          { year: 2028, kind: 'RUNNING', amount: '5000.00' },
        ],
      },
      `version shares { ${SHARE_FIELDS} }`,
    );
    expect(saved.errors).toBeUndefined();
    const table = saved.data?.setMeasureCosts.shares as Economics['shares'];
    expect(table.error).toBeNull();
    const byYear = Object.fromEntries(table.years.map((y) => [y.year, y]));
    // Totals with øre are split in øre, whole totals (5 000,00 is 5 000) in whole kroner; each sums exactly.
    for (const [year, total, unit] of [
      [2026, '1000.01', /^\d+\.\d{2}$/],
      [2027, '0.3', /^\d+\.\d{2}$/],
      [2028, '5000', /^\d+$/],
    ] as const) {
      expect(byYear[year].total).toBe(total);
      expect(sum(byYear[year].shares.map((s) => s.amount)).toFixed()).toBe(total);
      for (const share of byYear[year].shares) expect(share.amount).toMatch(unit);
    }
    // Each municipality's total over the years is the exact sum of its yearly shares; together they are the costs.
    for (const total of table.totals) {
      const yearly = table.years.map(
        (y) => y.shares.find((s) => s.municipalityNumber === total.municipalityNumber)?.amount ?? '0',
      );
      expect(total.amount).toBe(sum(yearly).toFixed());
    }
    expect(sum(table.totals.map((t) => t.amount)).toFixed()).toBe('6000.31');

    // Equally among T7's participants: the exact share of 0,30 kr is exact when it terminates (0,1 for three,
    // 0,05 for six), else rounded to ten decimals and said to be (seven: 0,0428571428…).
    const preview = await api.gql<{ costSharePreview: Economics['shares'] }>(
      `query($measureId: ID!, $key: CostKeyInput) { costSharePreview(measureId: $measureId, key: $key) { ${SHARE_FIELDS} } }`,
      { token: tokens['leder.teknisk'], variables: { measureId: t7.id, key: { kind: 'EQUAL' } } },
    );
    expect(preview.errors).toBeUndefined();
    const equal = preview.data?.costSharePreview.years.find((y) => y.year === 2027) as ShareYear;
    const count = equal.shares.length;
    expect(sum(equal.shares.map((s) => s.amount)).toFixed()).toBe('0.3');
    for (const share of equal.shares) {
      const exact = new Decimal('0.3').div(count);
      expect(share.exactIsRounded).toBe(!exact.times(10 ** 10).isInteger());
      if (!share.exactIsRounded) expect(share.exact).toBe(exact.toFixed());
      expect(new Decimal(share.amount).minus(exact).abs().lessThan('0.01')).toBe(true);
    }

    // More than two decimals is refused before anything is saved, with a sentence in both languages.
    const refused = await setCosts('leder.teknisk', {
      measureId: t7.id,
      costs: [{ year: 2026, kind: 'RUNNING', amount: '1000.001' }],
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('høyst to desimaler');
    expect(refused.errors?.[0]?.extensions?.messageEn).toContain('at most two decimals');
    expect((await economics('T7')).version).toBe(saved.data?.setMeasureCosts.version);
  });

  it('reproduces the Øvre Eiker table through the API: 12 591 / 65 127 / 97 925 / 116 241 thousand kr', async () => {
    const sekretariat = tokens.sekretariat;
    const created = await api.gql<{ createMeasure: { id: string } }>(
      'mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }',
      {
        token: sekretariat,
        variables: {
          input: {
            regionSlug: 'kongsbergregionen',
            code: 'F99',
            title: 'Omstilling etter Øvre Eikers masterplan',
            networkId: await networkId(api.dataSource, 'KDU'),
            serviceArea: 'CROSS_SECTOR',
            tier: 'PROJECT',
            startDate: '2025-01-01',
            endDate: '2028-12-31',
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const measureId = created.data?.createMeasure.id as string;
    const chapters = [
      ['Helse og velferd', [9781, 39108, 49156, 47472]],
      ['Oppvekst', [2150, 13600, 33100, 53100]],
      ['Kultur og samfunn', [250, 9409, 10309, 10309]],
      ['Administrasjon', [410, 3010, 5360, 5360]],
    ] as const;
    for (const [chapter, amounts] of chapters) {
      const benefit = await api.gql<{ createBenefit: { id: string; version: number } }>(
        'mutation($input: CreateBenefitInput!) { createBenefit(input: $input) { id version } }',
        {
          token: sekretariat,
          variables: {
            input: {
              measureId,
              title: chapter,
              type: 'EFFICIENCY',
              unitKind: 'NOK',
              owner: `Kommunalsjef ${chapter}`,
            },
          },
        },
      );
      expect(benefit.errors).toBeUndefined();
      const plan = await api.gql(
        'mutation($input: SetBenefitPlanInput!) { setBenefitPlan(input: $input) { id } }',
        {
          token: sekretariat,
          variables: {
            input: {
              benefitId: benefit.data?.createBenefit.id,
              expectedVersion: benefit.data?.createBenefit.version,
              values: amounts.map((amount, index) => ({ year: 2025 + index, planned: `${amount}000` })),
            },
          },
        },
      );
      expect(plan.errors).toBeUndefined();
    }
    const response = await api.gql<{ benefitPlan: { years: BenefitYear[] } }>(PLAN, {
      token: tokens.politiker,
      variables: { measureId },
    });
    // 9 781 + 2 150 + 250 + 410 = 12 591; 39 108 + 13 600 + 9 409 + 3 010 = 65 127;
    // 49 156 + 33 100 + 10 309 + 5 360 = 97 925; 47 472 + 53 100 + 10 309 + 5 360 = 116 241.
    expect(response.data?.benefitPlan.years.map((y) => [y.year, y.planned])).toEqual([
      [2025, '12591000'],
      [2026, '65127000'],
      [2027, '97925000'],
      [2028, '116241000'],
    ]);
    // The seeded reference region holds the same published table, a measure per chapter, apart from
    // Kongsbergregionen: its economics page plans exactly the table's sums.
    const reference = await api.gql<{ regionEconomics: { years: { year: number; planned: string }[] } }>(
      '{ regionEconomics(regionSlug: "ovre-eiker") { years { year planned } } }',
      { token: sekretariat },
    );
    expect(reference.errors).toBeUndefined();
    expect(reference.data?.regionEconomics.years.map((y) => [y.year, y.planned])).toEqual(
      expect.arrayContaining([
        [2025, '12591000'],
        [2026, '65127000'],
        [2027, '97925000'],
        [2028, '116241000'],
      ]),
    );
  });

  it('lets a director record an actual for their own municipality, with a status by the thresholds', async () => {
    const t5 = await measureRef(api.dataSource, 'T5');
    const plan = await api.gql<{
      benefitPlan: {
        viewerCanRecordFor: string[];
        benefits: { id: string; title: string; years: BenefitYear[] }[];
      };
    }>(PLAN, { token: tokens['direktor.rollag'], variables: { measureId: t5.id } });
    expect(plan.data?.benefitPlan.viewerCanRecordFor).toEqual(['3336']);
    const benefit = plan.data?.benefitPlan.benefits.find((b) => b.title.startsWith('Mindre bruk')) as {
      id: string;
      years: BenefitYear[];
    };
    // Seeded 2026: planned 250 000 + 60 000 + 40 000 + 50 000 + 150 000 + 40 000 + 90 000 = 680 000;
    // realised 240 000 + 35 000 + 110 000 = 385 000 → 56.6 % → RED (below 70 %).
    expect(benefit.years.find((y) => y.year === 2026)).toMatchObject({
      planned: '680000',
      realised: '385000',
      percent: '56.6',
      status: 'RED',
    });
    const recorded = await api.gql<{ recordBenefitActual: { years: BenefitYear[] } }>(
      `mutation($input: RecordBenefitActualInput!) { recordBenefitActual(input: $input) { years { year planned realised status percent } } }`,
      {
        token: tokens['direktor.rollag'],
        variables: {
          input: {
            benefitId: benefit.id,
            year: 2026,
            municipalityNumber: '3336',
            value: '275000',
            comment: 'Årsprognose',
          },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    // 385 000 + 275 000 = 660 000 of 680 000 = 97.1 % → GREEN (from 90 %).
    expect(recorded.data?.recordBenefitActual.years.find((y) => y.year === 2026)).toMatchObject({
      realised: '660000',
      percent: '97.1',
      status: 'GREEN',
    });
    const other = await api.gql(
      'mutation($input: RecordBenefitActualInput!) { recordBenefitActual(input: $input) { id } }',
      {
        token: tokens['direktor.rollag'],
        variables: { input: { benefitId: benefit.id, year: 2026, municipalityNumber: '3334', value: '1' } },
      },
    );
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it("shows a municipality's measures, payments and gains per year, matching each measure's shares", async () => {
    const response = await api.gql<{
      municipalityEconomics: {
        measureCount: number;
        years: { year: number; pays: string; plannedGain: string; realisedGain: string | null }[];
        measures: { code: string; pays: { year: number; amount: string }[] }[];
      };
    }>(
      `query { municipalityEconomics(regionSlug: "kongsbergregionen", municipalityNumber: "3334") {
        measureCount years { year pays plannedGain realisedGain } measures { code pays { year amount } } } }`,
      { token: tokens.politiker },
    );
    expect(response.errors).toBeUndefined();
    const flesberg = response.data?.municipalityEconomics;
    expect(flesberg?.measureCount).toBeGreaterThan(3);
    const shares2026 = await Promise.all(
      ['T5', 'T7', 'O2'].map(async (code) => {
        const measure = await economics(code);
        const year = measure.shares.years.find((y) => y.year === 2026);
        const agreements = measure.agreementCosts
          .filter((cost) => cost.year === 2026)
          .map((cost) => cost.shares.find((s) => s.municipalityNumber === '3334')?.amount ?? '0');
        return sum([
          year?.shares.find((s) => s.municipalityNumber === '3334')?.amount ?? '0',
          ...agreements,
        ]).toFixed();
      }),
    );
    // Its shares of the three measures' costs, and what it buys under T7's building-case agreement (805 000).
    expect(flesberg?.years.find((y) => y.year === 2026)?.pays).toBe(sum(shares2026).toFixed());
    // T5's per-municipality plan: Flesberg 60 000 in 2026, 120 000 later; realised 35 000 so far.
    expect(flesberg?.years.find((y) => y.year === 2026)).toMatchObject({
      plannedGain: '60000',
      realisedGain: '35000',
    });
  });

  it("shows the region's savings gap: required against planned and realised", async () => {
    const response = await api.gql<{
      regionEconomics: { years: { year: number; required: string; planned: string; plannedGap: string }[] };
    }>(
      'query { regionEconomics(regionSlug: "kongsbergregionen") { years { year required planned plannedGap } } }',
      { token: tokens.politiker },
    );
    const year2026 = response.data?.regionEconomics.years.find((y) => y.year === 2026);
    // Required 2 583 000 (the published technical-sector table); planned = the sum of every economic plan in 2026.
    expect(year2026?.required).toBe('2583000');
    expect(new Decimal(year2026?.plannedGap ?? 'NaN').toFixed()).toBe(
      new Decimal(year2026?.planned ?? 'NaN').minus('2583000').toFixed(),
    );
  });

  it("sets the technical sector's required cuts against its own measures' potential, as the table was published", async () => {
    const response = await api.gql<{
      regionEconomics: {
        years: { year: number; required: string }[];
        measures: { code: string; plannedGain: { year: number; amount: string }[] }[];
      };
    }>(
      `query { regionEconomics(regionSlug: "kongsbergregionen") {
         years { year required } measures { code plannedGain { year amount } } } }`,
      { token: tokens.politiker },
    );
    const { years, measures } = response.data?.regionEconomics ?? { years: [], measures: [] };
    const potential = (year: number) =>
      measures
        .filter((measure) => ['T5', 'T7'].includes(measure.code))
        .flatMap((measure) => measure.plannedGain.filter((gain) => gain.year === year))
        .reduce((total, gain) => total.plus(gain.amount), new Decimal(0))
        .toFixed();
    // "Teknisk sektor 2025-2029": required −2 583 … −12 913, potential of all measures −6 100 … −17 900 (thousands).
    expect(
      [2026, 2027, 2028, 2029].map((year) => [
        year,
        years.find((y) => y.year === year)?.required,
        potential(year),
      ]),
    ).toEqual([
      [2026, '2583000', '6100000'],
      [2027, '5165000', '10525000'],
      [2028, '8392000', '13750000'],
      [2029, '12913000', '17900000'],
    ]);
    // Nothing else of the demo region plans a gain: the Øvre Eiker plan is a region of its own.
    expect(measures.filter((m) => m.plannedGain.length > 0 && !/^(T5|T7|F99|Y\d+)$/.test(m.code))).toEqual(
      [],
    );
  });

  it('runs the same number of SQL statements for the municipality and region pages with 4 or 204 measures in play', async () => {
    const run = () =>
      api.gql(
        `query { municipalityEconomics(regionSlug: "kongsbergregionen", municipalityNumber: "3334") {
            years { year pays } measures { code pays { amount } } }
          regionEconomics(regionSlug: "kongsbergregionen") { years { year planned } measures { code } } }`,
        { token: tokens.politiker },
      );
    const before = await countStatements(api.dataSource, run);
    // 200 copies of T5 with its key, costs, participants and benefit plans.
    await api.dataSource.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier, start_date, end_date)
       SELECT m.region_id, 'Y' || n, 'Kopi ' || n, m.network_id, m.service_area, m.tier, m.start_date, m.end_date
         FROM measure m, generate_series(1, 200) n WHERE m.code = 'T5'`,
    );
    await api.dataSource.query(
      `INSERT INTO participation (measure_id, municipality_number, state, updated_by)
       SELECT y.id, p.municipality_number, p.state, 'test' FROM measure y
         JOIN measure t ON t.code = 'T5' JOIN participation p ON p.measure_id = t.id WHERE y.code LIKE 'Y%'`,
    );
    await api.dataSource.query(
      `INSERT INTO cost_plan (measure_id, key_kind, fixed_percent, population_year, population_source, updated_by)
       SELECT y.id, c.key_kind, c.fixed_percent, c.population_year, c.population_source, 'test' FROM measure y
         JOIN measure t ON t.code = 'T5' JOIN cost_plan c ON c.measure_id = t.id WHERE y.code LIKE 'Y%'`,
    );
    await api.dataSource.query(
      `INSERT INTO cost_line (measure_id, year, kind, amount)
       SELECT y.id, c.year, c.kind, c.amount FROM measure y
         JOIN measure t ON t.code = 'T5' JOIN cost_line c ON c.measure_id = t.id WHERE y.code LIKE 'Y%'`,
    );
    await api.dataSource.query(
      `INSERT INTO benefit (measure_id, title, type, unit_kind, owner, per_municipality)
       SELECT y.id, 'Gevinst ' || y.code, 'EFFICIENCY', 'NOK', 'Eier', true FROM measure y WHERE y.code LIKE 'Y%'`,
    );
    await api.dataSource.query(
      `INSERT INTO benefit_plan_value (benefit_id, year, municipality_number, planned)
       SELECT b.id, 2026, '3334', 1000 FROM benefit b WHERE b.title LIKE 'Gevinst Y%'`,
    );
    const response = await run();
    expect(response.errors).toBeUndefined();
    const after = await countStatements(api.dataSource, run);
    expect(after).toBe(before);
    expect(before).toBeLessThan(30);
  });
});
