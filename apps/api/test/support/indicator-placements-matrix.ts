/**
 * The authorization matrix's rows for KPI sets and indicators on measures, benefits and KPI sets (part of
 * INDICATORS_MATRIX), with the fixtures they and indicator-placements.spec.ts use.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

import { Attempt, OperationCase, refusedFor } from './matrix';
import type { TestApp } from './test-app';

export const REGION_SET = 'Matrisesett for regionen';
export const KONGSBERG_SET = 'Matrisesett for Kongsberg';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** A KPI set of Kongsbergregionen (the region's own, or Kongsberg's), made once. */
export async function kpiSet(
  dataSource: DataSource,
  name: string,
  municipality: string | null,
): Promise<string> {
  const [existing]: { id: string }[] = await dataSource.query('SELECT id FROM kpi_set WHERE name = $1', [
    name,
  ]);
  if (existing) return existing.id;
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO kpi_set (region_id, municipality_number, name)
     SELECT id, $2, $1 FROM region WHERE slug = 'kongsbergregionen' RETURNING id`,
    [name, municipality],
  );
  return id;
}

/** An indicator of the KPI set; a new one when `fresh`, otherwise the first (made once). */
export async function setIndicator(dataSource: DataSource, setId: string, fresh = false): Promise<string> {
  if (!fresh) {
    const [existing]: { id: string }[] = await dataSource.query(
      'SELECT id FROM goal_indicator WHERE kpi_set_id = $1 ORDER BY position LIMIT 1',
      [setId],
    );
    if (existing) return existing.id;
  }
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO goal_indicator (kpi_set_id, position, name, unit, baseline_year, baseline_value, target_year,
                                 target_value, direction)
     VALUES ($1, 0, $2, 'prosent', 2024, '40', 2034, '60', 'INCREASE') RETURNING id`,
    [setId, `Sykefravær ${randomUUID().slice(0, 8)}`],
  );
  return id;
}

/** A measure of the technical network (led by leder.teknisk), or of another network. */
export async function measureId(dataSource: DataSource, technical: boolean): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `SELECT m.id FROM measure m JOIN network n ON n.id = m.network_id JOIN region r ON r.id = n.region_id
      WHERE r.slug = 'kongsbergregionen' AND (n.key = 'TEKNISK') = $1 ORDER BY m.code LIMIT 1`,
    [technical],
  );
  return row.id;
}

/** A benefit of a measure of the technical network. */
async function technicalBenefit(dataSource: DataSource): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `SELECT b.id FROM benefit b JOIN measure m ON m.id = b.measure_id JOIN network n ON n.id = m.network_id
      WHERE n.key = 'TEKNISK' ORDER BY m.code, b.title LIMIT 1`,
  );
  return row.id;
}

const regionSet = (api: TestApp) => kpiSet(api.dataSource, REGION_SET, null);
const kongsbergSet = (api: TestApp) => kpiSet(api.dataSource, KONGSBERG_SET, '3303');

const createVars =
  (extra: Record<string, unknown> = {}) =>
  async () => ({
    input: { regionSlug: 'kongsbergregionen', name: `Nøkkeltall ${randomUUID().slice(0, 8)}`, ...extra },
  });

type Home = (api: TestApp) => Promise<Record<string, string>>;
const inSet =
  (set: (api: TestApp) => Promise<string>): Home =>
  async (api) => ({ kpiSetId: await set(api) });
const onMeasure =
  (technical: boolean): Home =>
  async (api) => ({ measureId: await measureId(api.dataSource, technical) });
const onBenefit: Home = async (api) => ({ benefitId: await technicalBenefit(api.dataSource) });

const addVars =
  (home: Home, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      ...(await home(api)),
      name: 'Andel digitale søknader',
      unit: 'prosent',
      baselineYear: 2024,
      baselineValue: '55.5',
      targetYear: 2034,
      targetValue: '90',
      direction: 'INCREASE',
      ...extra,
    },
  });

const removeVars = (indicator: (api: TestApp) => Promise<string>) => async (api: TestApp) => ({
  indicatorId: await indicator(api),
});

const recordVars =
  (set: (api: TestApp) => Promise<string>, municipalityNumber: string | null) => async (api: TestApp) => ({
    input: {
      indicatorId: await setIndicator(api.dataSource, await set(api)),
      period: '2025',
      ...(municipalityNumber ? { municipalityNumber } : {}),
      value: '44',
    },
  });

const forbidden = (as: Attempt['as'], why: string, variables: Attempt['variables']): Attempt => ({
  as,
  why,
  expect: 'FORBIDDEN',
  variables,
});
const badInput = (why: string, variables: Attempt['variables']): Attempt => ({
  as: 'sekretariat',
  why,
  expect: 'BAD_USER_INPUT',
  variables,
});
const ok = (as: Attempt['as'], why: string, variables: Attempt['variables']): Attempt => ({
  as,
  why,
  expect: 'OK',
  variables,
});

export const PLACEMENTS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'createKpiSet',
    document:
      'mutation($input: CreateKpiSetInput!) { createKpiSet(input: $input) { id name municipalityNumber } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', 'medlem.tinn', 'politiker'], createVars()),
      forbidden('direktor.kongsberg', "a director for the region's set", createVars()),
      forbidden(
        'direktor.flesberg',
        "a director for another municipality's set",
        createVars({ municipalityNumber: '3303' }),
      ),
      forbidden(
        'sekretariat',
        "the secretariat for a municipality's set",
        createVars({ municipalityNumber: '3303' }),
      ),
      badInput('no name', createVars({ name: '' })),
      {
        as: 'direktor.kongsberg',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({
          input: { regionSlug: 'hallingdal', name: 'Utenfor', municipalityNumber: '3303' },
        }),
      },
      badInput('a name the region already has', async (api) => {
        await regionSet(api);
        return { input: { regionSlug: 'kongsbergregionen', name: REGION_SET } };
      }),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ input: { regionSlug: 'finnes-ikke', name: 'Sett' } }),
      },
      ok('sekretariat', "the secretariat, the region's set", createVars()),
      ok('direktor.kongsberg', "the director, Kongsberg's set", createVars({ municipalityNumber: '3303' })),
    ],
  },
  {
    operation: 'addIndicator',
    document:
      'mutation($input: AddIndicatorInput!) { addIndicator(input: $input) { id placement placedOn } }',
    attempts: [
      ...refusedFor([null, 'medlem.tinn', 'politiker'], addVars(inSet(regionSet))),
      forbidden('leder.teknisk', "a leader on the region's set", addVars(inSet(regionSet))),
      forbidden('direktor.kongsberg', "a director on the region's set", addVars(inSet(regionSet))),
      forbidden(
        'direktor.flesberg',
        "a director on another municipality's set",
        addVars(inSet(kongsbergSet)),
      ),
      forbidden('direktor.kongsberg', 'a director on a measure', addVars(onMeasure(true))),
      forbidden('leder.teknisk', 'a measure of another network', addVars(onMeasure(false))),
      badInput('two places at once', async (api) => ({
        input: { ...(await addVars(inSet(regionSet))(api)).input, ...(await onMeasure(true)(api)) },
      })),
      badInput(
        'no place',
        addVars(async () => ({})),
      ),
      badInput('a target before the baseline', addVars(inSet(regionSet), { targetYear: 2020 })),
      badInput('a decimal comma', addVars(inSet(regionSet), { baselineValue: '55,5' })),
      {
        as: 'sekretariat',
        why: 'an unknown KPI set',
        expect: 'NOT_FOUND',
        variables: addVars(async () => ({ kpiSetId: UNKNOWN })),
      },
      {
        as: 'sekretariat',
        why: 'an unknown measure',
        expect: 'NOT_FOUND',
        variables: addVars(async () => ({ measureId: UNKNOWN })),
      },
      ok('sekretariat', "the secretariat on the region's set", addVars(inSet(regionSet))),
      ok('leder.teknisk', "the network's leader on its measure", addVars(onMeasure(true))),
      ok(
        'leder.teknisk',
        "the network's leader on a benefit",
        addVars(onBenefit, { frequency: 'HALF_YEARLY' }),
      ),
      ok('direktor.kongsberg', "the director on Kongsberg's set", addVars(inSet(kongsbergSet))),
    ],
  },
  {
    operation: 'removeIndicator',
    document: 'mutation($indicatorId: ID!) { removeIndicator(indicatorId: $indicatorId) }',
    attempts: [
      ...refusedFor(
        [null, 'medlem.tinn', 'politiker'],
        removeVars(async (api) => setIndicator(api.dataSource, await regionSet(api))),
      ),
      forbidden(
        'direktor.kongsberg',
        "a director on the region's set",
        removeVars(async (api) => setIndicator(api.dataSource, await regionSet(api))),
      ),
      badInput(
        "a strategy goal's indicator",
        removeVars(async (api) => {
          const [row]: { id: string }[] = await api.dataSource.query(
            'SELECT id FROM goal_indicator WHERE goal_id IS NOT NULL ORDER BY id LIMIT 1',
          );
          return row.id;
        }),
      ),
      {
        as: 'sekretariat',
        why: 'an unknown indicator',
        expect: 'NOT_FOUND',
        variables: removeVars(async () => UNKNOWN),
      },
      ok(
        'sekretariat',
        "the secretariat, from the region's set",
        removeVars(async (api) => setIndicator(api.dataSource, await regionSet(api), true)),
      ),
    ],
  },
];

/** Recording and settings on KPI sets: more rows of recordIndicatorValue and setIndicatorFrequency. */
export const KPI_SET_RECORD_ATTEMPTS: readonly Attempt[] = [
  forbidden(
    'direktor.flesberg',
    "a director on another municipality's set",
    recordVars(kongsbergSet, '3303'),
  ),
  forbidden(
    'direktor.kongsberg',
    "a director for the region in the region's set",
    recordVars(regionSet, null),
  ),
  forbidden(
    'direktor.kongsberg',
    "a director for another municipality in the region's set",
    recordVars(regionSet, '3334'),
  ),
  ok('direktor.kongsberg', "the director in Kongsberg's set", recordVars(kongsbergSet, '3303')),
  ok('direktor.kongsberg', "the director for Kongsberg in the region's set", recordVars(regionSet, '3303')),
];

const frequencyVars = (set: (api: TestApp) => Promise<string>) => async (api: TestApp) => ({
  input: { indicatorId: await setIndicator(api.dataSource, await set(api)), frequency: 'YEARLY' },
});

export const KPI_SET_FREQUENCY_ATTEMPTS: readonly Attempt[] = [
  forbidden('direktor.flesberg', "a director on another municipality's set", frequencyVars(kongsbergSet)),
  forbidden('leder.teknisk', "a leader on the region's set", frequencyVars(regionSet)),
  ok('direktor.kongsberg', "the director on Kongsberg's set", frequencyVars(kongsbergSet)),
];

/** The queries, in query-access.spec.ts's shape: everyone signed in may read them. */
export const PLACEMENT_QUERIES = [
  {
    query: 'indicatorScopeBoard',
    document:
      'query($scope: IndicatorScope!, $id: String!) { indicatorScopeBoard(scope: $scope, id: $id) { title exportPath indicators { id } } }',
    variables: async (api: TestApp) => ({ scope: 'KPI_SET', id: await regionSet(api) }),
    readers: 'everyone' as const,
    badInput: [
      {
        why: 'an unknown KPI set',
        variables: async () => ({ scope: 'KPI_SET', id: UNKNOWN }),
        code: 'NOT_FOUND',
      },
      {
        why: 'an id that is not one',
        variables: async () => ({ scope: 'MEASURE', id: 'x' }),
        code: 'NOT_FOUND',
      },
      {
        why: 'an unknown region',
        variables: async () => ({ scope: 'REGION', id: 'ukjent' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    query: 'kpiSets',
    document: 'query($regionSlug: String!) { kpiSets(regionSlug: $regionSlug) { id name viewerCanManage } }',
    variables: async () => ({ regionSlug: 'kongsbergregionen' }),
    readers: 'everyone' as const,
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
];
