/** The implementation plan's rows of the authorization matrix, and its query for query-access.spec.ts. */
import { createHash, randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { NON_EDITORS, OperationCase, QueryCase, refusedFor } from './matrix';
import { type DemoUsername, measureRef, networkId } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
/** The demo seed's baseline. */
export const DEMO_BASELINE = 'Vedtatt i KDU 12.06.2026';
const DEMO_USER_ID: Partial<Record<DemoUsername, string>> = {
  'leder.teknisk': '16b6158e-3dfc-47d9-8ba0-dc9251fb5187',
  'medlem.tinn': 'bb14ac92-ef3a-4bda-9fba-25158802adb2',
};

const NOT_SECRETARIAT: readonly (DemoUsername | null)[] = [
  null,
  'leder.teknisk',
  'direktor.kongsberg',
  'medlem.tinn',
  'politiker',
];

const moveVars =
  (code: string, changes: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const measure = await measureRef(api.dataSource, code);
    return {
      input: {
        measureId: measure.id,
        expectedVersion: measure.version,
        startDate: '2026-03-01',
        endDate: '2027-02-28',
        ...changes,
      },
    };
  };

const addVars =
  (code: string, changes: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: {
      measureId: (await measureRef(api.dataSource, code)).id,
      name: 'Anskaffelse gjennomført',
      date: '2026-09-01',
      ...changes,
    },
  });

let milestones = 0;
/** A fresh milestone of the measure, written directly (setup, not the operation under test). */
export async function milestoneOf(
  dataSource: DataSource,
  code: string,
): Promise<{ id: string; version: number }> {
  const measure = await measureRef(dataSource, code);
  const [row]: { id: string; version: number }[] = await dataSource.query(
    `INSERT INTO plan_milestone (measure_id, name, date) VALUES ($1, $2, '2026-11-01') RETURNING id, version`,
    [measure.id, `Testmilepæl ${++milestones}`],
  );
  return row;
}

const updateVars =
  (code: string, changes: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const milestone = await milestoneOf(api.dataSource, code);
    return {
      input: {
        id: milestone.id,
        expectedVersion: milestone.version,
        name: 'Flyttet milepæl',
        date: '2026-12-01',
        done: true,
        ...changes,
      },
    };
  };

const removeVars = (code: string) => async (api: TestApp) => ({
  id: (await milestoneOf(api.dataSource, code)).id,
});

const capacityVars = (networkKey: string, capacity: number) => async (api: TestApp) => ({
  input: { networkId: await networkId(api.dataSource, networkKey), capacity },
});

let baselines = 0;
const freezeVars =
  (changes: Record<string, unknown> = {}) =>
  async () => ({ input: { regionSlug: REGION, name: `Testgrunnlinje ${++baselines}`, ...changes } });

const feedVars =
  (changes: Record<string, unknown> = {}) =>
  async () => ({ input: { regionSlug: REGION, ...changes } });

/** A live feed of `owner`, written directly (setup): its id. */
export async function feedOf(dataSource: DataSource, owner: DemoUsername): Promise<string> {
  const [region]: { id: string }[] = await dataSource.query('SELECT id FROM region WHERE slug = $1', [
    REGION,
  ]);
  const hash = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('hex');
  const [row]: { id: string }[] = await dataSource.query(
    'INSERT INTO plan_calendar_feed (region_id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING id',
    [region?.id, DEMO_USER_ID[owner] ?? owner, hash],
  );
  return row.id;
}

const revokeVars = (owner: DemoUsername) => async (api: TestApp) => ({
  id: await feedOf(api.dataSource, owner),
});

const MOVED = '{ measureId version startDate endDate }';
const MILESTONE = '{ id name date done version }';

export const PLAN_MATRIX: readonly OperationCase[] = [
  {
    operation: 'moveMeasure',
    document: `mutation($input: MoveMeasureInput!) { moveMeasure(input: $input) ${MOVED} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], moveVars('T3')),
      ...refusedFor(['leder.teknisk'], moveVars('F1'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'an end before the start',
        expect: 'BAD_USER_INPUT',
        variables: moveVars('T3', { startDate: '2027-01-01', endDate: '2026-12-31' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a day that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: moveVars('T3', { startDate: '2026-02-30' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a date written the Norwegian way',
        expect: 'BAD_USER_INPUT',
        variables: moveVars('T3', { startDate: '01.03.2026' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown measure',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { measureId: UNKNOWN, startDate: '2026-01-01' } }),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the owning network',
        expect: 'OK',
        variables: moveVars('T3', { resourcesFromOtherUnits: 'IKT-ressurser fra Kongsberg kommune' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: moveVars('F1') },
    ],
  },
  {
    operation: 'addPlanMilestone',
    document: `mutation($input: AddMilestoneInput!) { addPlanMilestone(input: $input) ${MILESTONE} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], addVars('T3')),
      ...refusedFor(['leder.teknisk'], addVars('F1'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a name left empty',
        expect: 'BAD_USER_INPUT',
        variables: addVars('T3', { name: '' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a day that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: addVars('T3', { date: '2026-13-01' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown measure',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { measureId: UNKNOWN, name: 'Milepæl', date: '2026-01-01' } }),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: addVars('T3') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: addVars('F1', { done: true }) },
    ],
  },
  {
    operation: 'updatePlanMilestone',
    document: `mutation($input: UpdateMilestoneInput!) { updatePlanMilestone(input: $input) ${MILESTONE} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], updateVars('T3')),
      ...refusedFor(['leder.teknisk'], updateVars('F1'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a day that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('T3', { date: '2026-04-31' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown milestone',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { id: UNKNOWN, name: 'Milepæl', date: '2026-01-01', done: false } }),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: updateVars('T3') },
    ],
  },
  {
    operation: 'removePlanMilestone',
    document: 'mutation($id: ID!) { removePlanMilestone(id: $id) }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], removeVars('T3')),
      ...refusedFor(['leder.teknisk'], removeVars('F1'), 'leader of another network'),
      {
        as: 'sekretariat',
        why: 'an unknown milestone',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ id: UNKNOWN }),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: removeVars('T3') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: removeVars('F1') },
    ],
  },
  {
    operation: 'setNetworkCapacity',
    document:
      'mutation($input: SetNetworkCapacityInput!) { setNetworkCapacity(input: $input) { id capacity ownCapacity } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, capacityVars('TEKNISK', 5)),
      {
        as: 'sekretariat',
        why: 'a negative capacity',
        expect: 'BAD_USER_INPUT',
        variables: capacityVars('TEKNISK', -1),
      },
      {
        as: 'sekretariat',
        why: 'a capacity above 100',
        expect: 'BAD_USER_INPUT',
        variables: capacityVars('TEKNISK', 101),
      },
      {
        as: 'sekretariat',
        why: 'an unknown network',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { networkId: UNKNOWN, capacity: 3 } }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: capacityVars('HO', 2) },
    ],
  },
  {
    operation: 'freezePlanBaseline',
    document:
      'mutation($input: FreezeBaselineInput!) { freezePlanBaseline(input: $input) { id name frozenBy } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, freezeVars()),
      {
        as: 'sekretariat',
        why: 'a name the region already has',
        expect: 'BAD_USER_INPUT',
        variables: freezeVars({ name: DEMO_BASELINE.toLowerCase() }),
      },
      {
        as: 'sekretariat',
        why: 'an empty name',
        expect: 'BAD_USER_INPUT',
        variables: freezeVars({ name: '' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: freezeVars({ regionSlug: 'ukjent' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: freezeVars() },
    ],
  },
  {
    operation: 'createPlanCalendarFeed',
    document:
      'mutation($input: CreatePlanCalendarFeedInput!) { createPlanCalendarFeed(input: $input) { path feed { id } } }',
    attempts: [
      ...refusedFor([null], feedVars()),
      {
        as: 'medlem.tinn',
        why: 'an unknown network',
        expect: 'BAD_USER_INPUT',
        variables: feedVars({ networkId: UNKNOWN }),
      },
      {
        as: 'medlem.tinn',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: feedVars({ regionSlug: 'ukjent' }),
      },
      { as: 'medlem.tinn', why: 'anyone signed in, for the region', expect: 'OK', variables: feedVars() },
      {
        as: 'leder.teknisk',
        why: 'anyone signed in, for a network',
        expect: 'OK',
        variables: async (api) => ({
          input: { regionSlug: REGION, networkId: await networkId(api.dataSource, 'TEKNISK') },
        }),
      },
    ],
  },
  {
    operation: 'revokePlanCalendarFeed',
    document: 'mutation($id: ID!) { revokePlanCalendarFeed(id: $id) }',
    attempts: [
      ...refusedFor([null], revokeVars('medlem.tinn')),
      ...refusedFor(['leder.teknisk'], revokeVars('medlem.tinn'), "someone else's feed"),
      {
        as: 'medlem.tinn',
        why: 'an unknown feed',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ id: UNKNOWN }),
      },
      { as: 'medlem.tinn', why: 'its owner', expect: 'OK', variables: revokeVars('medlem.tinn') },
    ],
  },
];

const planVars =
  (variables: Record<string, unknown> = {}) =>
  async () => ({ regionSlug: REGION, ...variables });

export const PLAN_QUERIES: readonly QueryCase[] = [
  {
    query: 'plan',
    document: `query($regionSlug: String!, $tiers: [String!], $baselineId: ID, $municipalityNumber: String) {
      plan(regionSlug: $regionSlug, tiers: $tiers, baselineId: $baselineId, municipalityNumber: $municipalityNumber) {
        totalCount bars { code } conflicts { measureCode } } }`,
    variables: planVars(),
    readers: 'everyone',
    badInput: [
      { why: 'an unknown region', variables: planVars({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
      { why: 'an unknown tier', variables: planVars({ tiers: ['KOMMUNE'] }), code: 'BAD_USER_INPUT' },
      {
        why: 'a baseline that is not one',
        variables: planVars({ baselineId: 'vedtatt' }),
        code: 'BAD_USER_INPUT',
      },
      { why: 'an unknown baseline', variables: planVars({ baselineId: UNKNOWN }), code: 'BAD_USER_INPUT' },
      {
        why: 'a municipality number that is not one',
        variables: planVars({ municipalityNumber: '33' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
];
