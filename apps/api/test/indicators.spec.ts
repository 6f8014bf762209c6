import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeSsb, startFakeSsb, workspaceRoot } from '@samarbeid/tools/stack';
import ExcelJS from 'exceljs';

import { healthIndicator, technicalIndicator } from './support/indicators-matrix';
import { auditCount, DemoUsername, tokensForAll } from './support/portfolio';
import { bootTestApp, errorCode, TestApp } from './support/test-app';

interface Series {
  municipalityNumber: string | null;
  values: { period: string; value: string | null; notMeasured: boolean }[];
  latest: { period: string; value: string } | null;
  trend: {
    from: string;
    to: string;
    change: string;
    perYear: number;
    direction: string;
    favourable: boolean | null;
  } | null;
  status: string;
  expected: number | null;
  kostraGroupCode: string | null;
  kostraGroupAverage: { year: number; value: string | null; missingSymbol: string | null }[];
}

interface Overview {
  id: string;
  name: string;
  frequency: string;
  missingPeriods: string[];
  viewerCanRecordFor: string[];
  kostraFigure: { code: string } | null;
  series: Series[];
}

const SERIES = `municipalityNumber values { period value notMeasured } latest { period value }
  trend { from to change perYear direction favourable } status expected kostraGroupCode
  kostraGroupAverage { year value missingSymbol }`;
const BOARD = `query($strategyId: ID!) { indicatorBoard(strategyId: $strategyId) {
  strategyTitle municipalities { number }
  indicators { id name frequency missingPeriods viewerCanRecordFor kostraFigure { code } series { ${SERIES} } } } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) {
  id name frequency missingPeriods viewerCanRecordFor kostraFigure { code } series { ${SERIES} } } }`;

const STRATEGY = 'Strategi for teknisk nettverk 2026–2029';
const DAYS = 'Median behandlingstid byggesak';

async function strategyId(api: TestApp): Promise<string> {
  const [row]: { id: string }[] = await api.dataSource.query('SELECT id FROM strategy WHERE title = $1', [
    STRATEGY,
  ]);
  return row.id;
}

const region = (overview: Overview) =>
  overview.series.find((series) => series.municipalityNumber === null) as Series;
const of = (overview: Overview, number: string) =>
  overview.series.find((series) => series.municipalityNumber === number) as Series;

describe('indicators over time', () => {
  let api: TestApp;
  let tokens: Record<DemoUsername, string>;

  beforeAll(async () => {
    api = await bootTestApp();
    tokens = await tokensForAll();
  });
  afterAll(() => api.close());

  it('shows the demo strategy with five years of values, trend and status (hand-checked)', async () => {
    const response = await api.gql<{ indicatorBoard: { indicators: Overview[]; municipalities: unknown[] } }>(
      BOARD,
      {
        token: tokens.politiker,
        variables: { strategyId: await strategyId(api) },
      },
    );
    expect(response.errors).toBeUndefined();
    const board = response.data?.indicatorBoard;
    expect(board?.municipalities).toHaveLength(7);
    const [expertise, days] = board?.indicators ?? [];
    // Days: 40.2 (2024) → 38.5 → 35 (2026): −5.2 over two years; the path expects 34.125 in 2026, so 35 is behind.
    expect(region(days)).toMatchObject({
      latest: { period: '2026', value: '35' },
      trend: { from: '2024', to: '2026', change: '-5.2', perYear: -2.6, direction: 'DOWN', favourable: true },
      status: 'BEHIND',
      expected: 34.125,
    });
    expect(region(days).values.map((value) => value.period)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    // Expertise: 2023 explicitly not measured; the trend spans 2024, 2025, 2026 (4 → 5); 5 ≥ 4.75 is on track.
    expect(region(expertise).values[1]).toEqual({ period: '2023', value: null, notMeasured: true });
    expect(region(expertise)).toMatchObject({
      trend: { from: '2024', to: '2026', change: '1', direction: 'UP', favourable: true },
      status: 'ON_TRACK',
    });
    // The KOSTRA comparison: Kongsberg's group average of the linked building-case figure.
    expect(days.kostraFigure).toEqual({ code: 'BYGGESAK_TID' });
    expect(of(days, '3303').kostraGroupCode).toBe('EKG13');
    expect(of(days, '4024').kostraGroupAverage.length).toBeGreaterThanOrEqual(5);
    // A reader records nowhere.
    expect(days.viewerCanRecordFor).toEqual([]);
  });

  it('lets a network member record three years for their municipality and shows trend and status', async () => {
    const indicatorId = await healthIndicator(api.dataSource);
    const audits = await auditCount(api.dataSource);
    let overview: Overview | undefined;
    for (const [period, value] of [
      ['2026', '86.5'],
      ['2027', '88'],
      ['2028', '89.2'],
    ]) {
      const response = await api.gql<{ recordIndicatorValue: Overview }>(RECORD, {
        token: tokens['medlem.tinn'],
        variables: { input: { indicatorId, period, municipalityNumber: '4026', value, source: 'Fagsystem' } },
      });
      expect(response.errors).toBeUndefined();
      overview = response.data?.recordIndicatorValue;
    }
    expect(await auditCount(api.dataSource)).toBe(audits + 3);
    expect(overview?.viewerCanRecordFor).toEqual(['4026']);
    // 86.5 → 89.2 over two years: +1.35 a year; the path from 86 (2025) to 92 (2035) expects 87.8 in 2028.
    expect(of(overview as Overview, '4026')).toMatchObject({
      latest: { period: '2028', value: '89.2' },
      trend: { change: '2.7', perYear: 1.35, direction: 'UP', favourable: true },
      status: 'ON_TRACK',
      expected: 87.8,
    });
    // Recording the same period again replaces the value; "not measured" is explicit.
    const again = await api.gql<{ recordIndicatorValue: Overview }>(RECORD, {
      token: tokens['medlem.tinn'],
      variables: { input: { indicatorId, period: '2028', municipalityNumber: '4026', notMeasured: true } },
    });
    const tinn = of(again.data?.recordIndicatorValue as Overview, '4026');
    expect(tinn.values).toHaveLength(3);
    expect(tinn.values[2]).toEqual({ period: '2028', value: null, notMeasured: true });
    expect(tinn.latest).toEqual({ period: '2027', value: '88' });
    // The history says what changed.
    const [history] = await api.dataSource.query<{ summary: string }[]>(
      "SELECT summary FROM audit_event WHERE entity_type = 'indicator_value' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(history.summary).toBe('«Andel 80+ som bor hjemme» 2028 for Tinn: ikke målt');
  });

  it('keeps measured values when the strategy is edited (indicators keep their identity by position)', async () => {
    const id = await technicalIndicator(api.dataSource, DAYS);
    const [strategy]: { id: string; version: number }[] = await api.dataSource.query(
      'SELECT id, version FROM strategy WHERE title = $1',
      [STRATEGY],
    );
    const goals = [
      {
        title: 'Robuste fagmiljøer i alle kommunene',
        description: '',
        indicators: [
          {
            name: 'Kommuner med tilgang til byggesakskompetanse',
            unit: 'antall',
            baselineYear: 2025,
            baselineValue: '4',
            targetYear: 2029,
            targetValue: '7',
            direction: 'INCREASE',
          },
        ],
      },
      {
        title: 'Raskere og likere saksbehandling',
        description: '',
        indicators: [
          {
            name: 'Median behandlingstid for byggesaker',
            unit: 'dager',
            baselineYear: 2025,
            baselineValue: '38.5',
            targetYear: 2029,
            targetValue: '21',
            direction: 'DECREASE',
          },
        ],
      },
    ];
    const saved = await api.gql(
      'mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { id } }',
      {
        token: tokens['leder.teknisk'],
        variables: {
          input: {
            id: strategy.id,
            version: strategy.version,
            title: STRATEGY,
            periodFrom: 2026,
            periodTo: 2029,
            goals,
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const [renamed]: { id: string; values: number }[] = await api.dataSource.query(
      `SELECT gi.id, (SELECT count(*)::int FROM indicator_value v WHERE v.indicator_id = gi.id) AS values
         FROM goal_indicator gi WHERE gi.name = 'Median behandlingstid for byggesaker'`,
    );
    expect(renamed).toEqual({ id, values: 40 });
  });

  it('exports the KPI table to Excel', async () => {
    const response = await fetch(`${api.url}/exports/strategies/${await strategyId(api)}/indicators.xlsx`, {
      headers: { authorization: `Bearer ${tokens.politiker}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Indikatorer');
    expect(sheet?.getRow(4).values).toEqual(
      expect.arrayContaining(['Basisår', 'Siste verdi', 'Målverdi', 'Status']),
    );
    const rows = [5, 6].map((row) => sheet?.getRow(row).values as unknown[]);
    const days = rows.find((row) => String(row[2]).startsWith('Median')) as unknown[];
    expect(days.slice(4, 14)).toEqual([2025, 38.5, '2026', 35, 2029, 21, '↓ ned', -2.6, 'Bak plan', 20]);
    const anonymous = await fetch(`${api.url}/exports/strategies/${await strategyId(api)}/indicators.xlsx`);
    expect(anonymous.status).toBe(401);
  });
});

interface Job {
  id: string;
  status: string;
  progress: number;
  message: string;
}

async function waitForJob(api: TestApp, token: string, id: string): Promise<Job> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await api.gql<{ importJob: Job }>(
      'query($id: ID!) { importJob(id: $id) { id status progress message } }',
      { token, variables: { id } },
    );
    const job = response.data?.importJob as Job;
    if (job.status !== 'RUNNING') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

const START = 'mutation($slug: String!) { startKostraImport(regionSlug: $slug) { id status } }';

async function kostraRows(api: TestApp): Promise<string> {
  const rows: unknown[] = await api.dataSource.query(
    'SELECT figure, area_code, year, value, missing_symbol FROM kostra_value ORDER BY 1, 2, 3',
  );
  return JSON.stringify(rows);
}

describe('KOSTRA from SSB (recorded responses, never the network)', () => {
  let tokens: Record<DemoUsername, string>;

  beforeAll(async () => {
    tokens = await tokensForAll();
  });

  describe('when SSB answers', () => {
    let ssb: FakeSsb;
    let api: TestApp;

    beforeAll(async () => {
      ssb = await startFakeSsb(workspaceRoot());
      api = await bootTestApp({ SSB_PXWEB_URL: ssb.pxwebUrl, SSB_KLASS_URL: ssb.klassUrl });
    });
    afterAll(async () => {
      await api.close();
      await ssb.close();
    });

    it('imports every table for the members, their KOSTRA groups and the country, keeping "." and ".."', async () => {
      const started = await api.gql<{ startKostraImport: Job }>(START, {
        token: tokens.sekretariat,
        variables: { slug: 'hallingdal' },
      });
      expect(started.errors).toBeUndefined();
      const job = await waitForJob(api, tokens.sekretariat, started.data?.startKostraImport.id as string);
      expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100 });
      expect(job.message).toBe(
        'Ferdig: 1134 KOSTRA-tall for 6 kommuner, KOSTRA-grupper og landet (2020–2025); 21 mangler hos SSB.',
      );
      const tables = ssb.requests
        .filter((path) => path.includes('/tables/'))
        .map((path) => /tables\/(\w+)/.exec(path)?.[1]);
      expect(tables.sort()).toEqual(['12134', '12209', '12220', '12362', '12367']);
      expect(ssb.requests).toContainEqual(
        expect.stringContaining(
          'valueCodes[KOKkommuneregion0000]=3320,3322,3324,3326,3328,3330,EKG02,EKG06,EAKUO',
        ),
      );
      const missing = await api.dataSource.query<
        { area_code: string; year: number; missing_symbol: string }[]
      >(
        `SELECT DISTINCT area_code, year, missing_symbol FROM kostra_value WHERE value IS NULL AND source LIKE 'SSB%' ORDER BY 1`,
      );
      expect(missing).toEqual([{ area_code: '3320', year: 2021, missing_symbol: '..' }]);
      const [group] = await api.dataSource.query<{ group_code: string }[]>(
        "SELECT group_code FROM municipality_kostra_group WHERE municipality_number = '3324'",
      );
      expect(group.group_code).toBe('EKG02');
      const history = await api.dataSource.query<{ action: string }[]>(
        "SELECT action FROM audit_event WHERE entity_type = 'import' ORDER BY occurred_at",
      );
      expect(history.map((row) => row.action)).toEqual(['CREATE', 'UPDATE']);

      const benchmark = await api.gql<{
        kostraBenchmark: {
          kostraGroupCode: string;
          figures: { figure: { code: string }; areas: { code: string; kind: string }[] }[];
        };
      }>(
        `query { kostraBenchmark(regionSlug: "hallingdal", municipalityNumber: "3324") {
           kostraGroupCode figures { figure { code } areas { code kind } } } }`,
        { token: tokens['direktor.kongsberg'] },
      );
      expect(benchmark.errors).toBeUndefined();
      expect(benchmark.data?.kostraBenchmark.kostraGroupCode).toBe('EKG02');
      expect(benchmark.data?.kostraBenchmark.figures).toHaveLength(21);
      expect(benchmark.data?.kostraBenchmark.figures[0].areas.map((area) => area.kind)).toEqual([
        'SELF',
        'MUNICIPALITY',
        'MUNICIPALITY',
        'MUNICIPALITY',
        'MUNICIPALITY',
        'MUNICIPALITY',
        'GROUP',
        'NATIONAL',
      ]);
    });
  });

  describe('when one request fails', () => {
    let ssb: FakeSsb;
    let api: TestApp;

    beforeAll(async () => {
      ssb = await startFakeSsb(workspaceRoot(), 'ok', { failTables: ['12367'] });
      api = await bootTestApp({ SSB_PXWEB_URL: ssb.pxwebUrl, SSB_KLASS_URL: ssb.klassUrl });
    });
    afterAll(async () => {
      await api.close();
      await ssb.close();
    });

    it('fails with a clear message and saves nothing, not even the tables fetched before', async () => {
      const before = await kostraRows(api);
      const started = await api.gql<{ startKostraImport: Job }>(START, {
        token: tokens.sekretariat,
        variables: { slug: 'kongsbergregionen' },
      });
      const job = await waitForJob(api, tokens.sekretariat, started.data?.startKostraImport.id as string);
      expect(job.status).toBe('FAILED');
      expect(job.message).toBe('Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.');
      expect(ssb.requests.some((path) => path.includes('/tables/12134/'))).toBe(true);
      expect(await kostraRows(api)).toBe(before);
    });

    it('lets only the secretariat start one', async () => {
      expect(
        errorCode(
          await api.gql(START, { token: tokens['direktor.kongsberg'], variables: { slug: 'hallingdal' } }),
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
