/** The indicators feature's rows of the authorization matrix, and its queries for query-access.spec.ts. */
import { DataSource } from 'typeorm';

import {
  KPI_SET_FREQUENCY_ATTEMPTS,
  KPI_SET_RECORD_ATTEMPTS,
  PLACEMENT_QUERIES,
  PLACEMENTS_MATRIX,
} from './indicator-placements-matrix';
import { NON_EDITORS, OperationCase, refusedFor } from './matrix';
import { ensureStrategy } from './portfolio';
import type { TestApp } from './test-app';

const TECHNICAL_STRATEGY = 'Strategi for teknisk nettverk 2026–2029';
const HO_STRATEGY = 'Indikatorstrategi helse og omsorg';

/** The id of a seeded indicator of the technical network's strategy, by name. */
export async function technicalIndicator(dataSource: DataSource, name: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `SELECT gi.id FROM goal_indicator gi JOIN strategy_goal g ON g.id = gi.goal_id JOIN strategy s ON s.id = g.strategy_id
      WHERE s.title = $1 AND gi.name = $2`,
    [TECHNICAL_STRATEGY, name],
  );
  if (!row) throw new Error(`no indicator ${name}`);
  return row.id;
}

/** An indicator of a strategy of the health and care network (where medlem.tinn represents Tinn), made once. */
export async function healthIndicator(dataSource: DataSource): Promise<string> {
  const strategy = await ensureStrategy(dataSource, HO_STRATEGY, 'HO');
  const existing: { id: string }[] = await dataSource.query(
    `SELECT gi.id FROM goal_indicator gi JOIN strategy_goal g ON g.id = gi.goal_id WHERE g.strategy_id = $1`,
    [strategy.id],
  );
  if (existing.length > 0) return existing[0].id;
  const [{ id: goalId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO strategy_goal (strategy_id, position, title, description)
     VALUES ($1, 0, 'Flere bor hjemme lenger', '') RETURNING id`,
    [strategy.id],
  );
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO goal_indicator (goal_id, position, name, unit, baseline_year, baseline_value, target_year, target_value,
                                 direction)
     VALUES ($1, 0, 'Andel 80+ som bor hjemme', 'prosent', 2025, '86', 2035, '92', 'INCREASE') RETURNING id`,
    [goalId],
  );
  return id;
}

const DAYS = 'Median behandlingstid byggesak';
const EXPERTISE = 'Kommuner med tilgang til byggesakskompetanse';

type IndicatorRef = (dataSource: DataSource) => Promise<string>;
const technical =
  (name: string): IndicatorRef =>
  (dataSource) =>
    technicalIndicator(dataSource, name);

const recordVars =
  (indicator: IndicatorRef, municipalityNumber: string | null, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      indicatorId: await indicator(api.dataSource),
      period: '2026',
      ...(municipalityNumber ? { municipalityNumber } : {}),
      value: '31.5',
      source: 'Fagsystem',
      comment: 'Målt ved årsslutt',
      ...extra,
    },
  });

const frequencyVars = (indicator: IndicatorRef, frequency: string) => async (api: TestApp) => ({
  input: { indicatorId: await indicator(api.dataSource), frequency },
});

const linkVars = (indicator: IndicatorRef, kostraFigure: string | null) => async (api: TestApp) => ({
  input: { indicatorId: await indicator(api.dataSource), kostraFigure },
});

const OVERVIEW = '{ id frequency series { municipalityNumber status } }';

export const INDICATORS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'recordIndicatorValue',
    document: `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) ${OVERVIEW} }`,
    attempts: [
      ...refusedFor([null, 'politiker'], recordVars(technical(DAYS), '3303')),
      ...refusedFor(['medlem.tinn'], recordVars(technical(DAYS), '4026'), 'a member of another network'),
      ...refusedFor(
        ['medlem.tinn'],
        recordVars(healthIndicator, '3303'),
        'a member for another municipality',
      ),
      ...refusedFor(['medlem.tinn'], recordVars(healthIndicator, null), 'a member for the region'),
      ...refusedFor(['direktor.kongsberg'], recordVars(technical(DAYS), '3303'), 'not in the network'),
      ...refusedFor(['leder.teknisk'], recordVars(healthIndicator, '4005'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a half-year for a yearly indicator',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(technical(DAYS), null, { period: '2026-H1' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a value and "not measured" at once',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(technical(DAYS), null, { notMeasured: true }),
      },
      {
        as: 'leder.teknisk',
        why: 'neither a value nor "not measured"',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(technical(DAYS), null, { value: null }),
      },
      {
        as: 'leder.teknisk',
        why: 'a decimal comma',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(technical(DAYS), null, { value: '31,5' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(technical(DAYS), '3320'),
      },
      {
        as: 'sekretariat',
        why: 'an unknown indicator',
        expect: 'NOT_FOUND',
        variables: recordVars(async () => '00000000-0000-4000-8000-000000000000', null),
      },
      {
        as: 'medlem.tinn',
        why: 'a member for their own municipality in their network',
        expect: 'OK',
        variables: recordVars(healthIndicator, '4026', { value: '87.5' }),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader for the region',
        expect: 'OK',
        variables: recordVars(technical(DAYS), null),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, "not measured"',
        expect: 'OK',
        variables: recordVars(healthIndicator, '3303', { value: null, notMeasured: true }),
      },
      ...KPI_SET_RECORD_ATTEMPTS,
    ],
  },
  {
    operation: 'setIndicatorFrequency',
    document: `mutation($input: SetIndicatorFrequencyInput!) { setIndicatorFrequency(input: $input) ${OVERVIEW} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], frequencyVars(technical(EXPERTISE), 'YEARLY')),
      ...refusedFor(['leder.teknisk'], frequencyVars(healthIndicator, 'YEARLY'), 'leader of another network'),
      {
        as: 'sekretariat',
        why: 'half-years for an indicator with yearly values',
        expect: 'BAD_USER_INPUT',
        variables: frequencyVars(technical(DAYS), 'HALF_YEARLY'),
      },
      {
        as: 'sekretariat',
        why: 'an unknown frequency',
        expect: 'BAD_USER_INPUT',
        variables: frequencyVars(technical(EXPERTISE), 'MONTHLY'),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: frequencyVars(technical(EXPERTISE), 'YEARLY'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: frequencyVars(healthIndicator, 'YEARLY'),
      },
      ...KPI_SET_FREQUENCY_ATTEMPTS,
    ],
  },
  {
    operation: 'linkIndicatorToKostra',
    document: `mutation($input: LinkIndicatorToKostraInput!) { linkIndicatorToKostra(input: $input) { id kostraFigure { code } } }`,
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', ...NON_EDITORS],
        linkVars(technical(EXPERTISE), 'ADMINISTRASJON_NETTO'),
      ),
      {
        as: 'sekretariat',
        why: 'a figure not in the catalogue',
        expect: 'BAD_USER_INPUT',
        variables: linkVars(technical(EXPERTISE), 'FINNES_IKKE'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: linkVars(technical(EXPERTISE), 'ADMINISTRASJON_NETTO'),
      },
    ],
  },
  {
    operation: 'startKostraImport',
    document: 'mutation($regionSlug: String!) { startKostraImport(regionSlug: $regionSlug) { id status } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], async () => ({
        regionSlug: 'kongsbergregionen',
      })),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ regionSlug: 'finnes-ikke' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: async () => ({ regionSlug: 'kongsbergregionen' }),
      },
    ],
  },
  ...PLACEMENTS_MATRIX,
];

const strategyVars = async (api: TestApp) => {
  const [row]: { id: string }[] = await api.dataSource.query('SELECT id FROM strategy WHERE title = $1', [
    TECHNICAL_STRATEGY,
  ]);
  return { strategyId: row.id };
};

/** The indicators feature's queries, in query-access.spec.ts's shape: everyone signed in may read them. */
export const INDICATOR_QUERIES = [
  {
    query: 'indicatorBoard',
    document:
      'query($strategyId: ID!) { indicatorBoard(strategyId: $strategyId) { strategyTitle indicators { id } } }',
    variables: strategyVars,
    readers: 'everyone' as const,
    badInput: [
      { why: 'an id that is not one', variables: async () => ({ strategyId: 'x' }), code: 'BAD_USER_INPUT' },
      {
        why: 'an unknown strategy',
        variables: async () => ({ strategyId: '00000000-0000-4000-8000-000000000000' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    query: 'indicatorStrategies',
    document: 'query($regionSlug: String!) { indicatorStrategies(regionSlug: $regionSlug) { id } }',
    variables: async () => ({ regionSlug: 'kongsbergregionen' }),
    readers: 'everyone' as const,
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
  {
    query: 'kostraCatalogue',
    document: '{ kostraCatalogue { code table contentsCode } }',
    variables: async () => ({}),
    readers: 'everyone' as const,
    badInput: [],
  },
  {
    query: 'kostraBenchmark',
    document:
      'query($regionSlug: String!, $municipalityNumber: String!) { kostraBenchmark(regionSlug: $regionSlug, municipalityNumber: $municipalityNumber) { municipalityName } }',
    variables: async () => ({ regionSlug: 'kongsbergregionen', municipalityNumber: '3303' }),
    readers: 'everyone' as const,
    badInput: [
      {
        why: 'a municipality outside the region',
        variables: async () => ({ regionSlug: 'kongsbergregionen', municipalityNumber: '3320' }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'a municipality number that is not one',
        variables: async () => ({ regionSlug: 'kongsbergregionen', municipalityNumber: '33' }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'an unknown region',
        variables: async () => ({ regionSlug: 'ukjent', municipalityNumber: '3303' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  ...PLACEMENT_QUERIES,
];
