/** The preparedness operations' rows of the authorization matrix, and its queries for query-access.spec.ts. */
import { DEMO_USER_IDS } from '../../src/seed/portfolio-seed';
import { OperationCase, type QueryCase, refusedFor } from './matrix';
import type { DemoUsername } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';
const FLESBERG = '3334';
const ROLLAG = '3336';
const FLESBERG_DIRECTOR = DEMO_USER_IDS['direktor.flesberg'];

/** Signed in, but neither the secretariat nor a municipal director. */
const NOT_RECORDERS: readonly (DemoUsername | null)[] = [null, 'leder.teknisk', 'medlem.tinn', 'politiker'];
/** Everyone but the secretariat. */
const NOT_SECRETARIAT: readonly (DemoUsername | null)[] = [...NOT_RECORDERS, 'direktor.flesberg'];

const one = async <T>(api: TestApp, sql: string, params: unknown[]): Promise<T> => {
  const rows: T[] = await api.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`Nothing found: ${sql} ${JSON.stringify(params)}`);
  return rows[0];
};

const regionId = (api: TestApp) =>
  one<{ id: string }>(api, 'SELECT id FROM region WHERE slug = $1', [REGION]).then((row) => row.id);

// The crisis teams' roster

const member = (overrides: Record<string, unknown> = {}) => ({
  role: 'Helsesykepleier',
  personName: 'Matrise Testesen',
  homeMunicipalityNumber: ROLLAG,
  phone: '+47 400 00 999',
  email: 'matrise.testesen@example.no',
  ...overrides,
});

const addVars =
  (overrides: Record<string, unknown> = {}) =>
  async () => ({
    input: { regionSlug: REGION, teamMunicipalityNumber: ROLLAG, ...member(), ...overrides },
  });

const seededMember = (name: string) => (api: TestApp) =>
  one<{ id: string; version: number }>(
    api,
    `SELECT c.id, c.version FROM crisis_team_member c JOIN region r ON r.id = c.region_id
      WHERE r.slug = $1 AND c.person_name = $2 ORDER BY c.id LIMIT 1`,
    [REGION, name],
  );

const updateMemberVars =
  (overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const entry = await seededMember('Jon Numedal')(api);
    return {
      input: {
        id: entry.id,
        expectedVersion: entry.version,
        ...member({ role: 'Prest', personName: 'Jon Numedal', homeMunicipalityNumber: ROLLAG }),
        ...overrides,
      },
    };
  };

/** An entry made for the matrix to remove (inserted directly when missing). */
const removeVars = async (api: TestApp) => {
  const existing: { id: string; version: number }[] = await api.dataSource.query(
    `SELECT id, version FROM crisis_team_member WHERE person_name = 'Matrise Fjernes'`,
  );
  const entry =
    existing[0] ??
    (await one<{ id: string; version: number }>(
      api,
      `INSERT INTO crisis_team_member (region_id, role, person_name, home_municipality_number)
       VALUES ($1, 'Prest', 'Matrise Fjernes', $2) RETURNING id, version`,
      [await regionId(api), ROLLAG],
    ));
  return { input: { id: entry.id, expectedVersion: entry.version } };
};

// Exercises

const exercise = (overrides: Record<string, unknown> = {}) => ({
  title: 'Matriseøvelse: ekstremvær',
  heldOn: '2026-02-10',
  kind: 'TABLE_TOP',
  status: 'HELD',
  participantNumbers: [ROLLAG],
  scenario: 'Ekstremvær stenger veiene inn til kommunen i tre døgn.',
  outsideActors: ['POLICE', 'VOLUNTEERS'],
  otherActors: 'Vegvesenet',
  wentWell: 'Kriseledelsen samlet seg raskt.',
  wentBadly: 'Satellittelefonen var utladet.',
  lessonsLearned: 'Lad utstyret etter en fast plan.',
  ...overrides,
});

const createExerciseVars =
  (scope: 'REGIONAL' | 'MUNICIPAL', organiser: string | null, overrides: Record<string, unknown> = {}) =>
  async () => ({
    input: { regionSlug: REGION, scope, organiserMunicipalityNumber: organiser, ...exercise(overrides) },
  });

const updateExerciseVars =
  (title: string, overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const row = await one<{ id: string; version: number }>(
      api,
      'SELECT id, version FROM exercise WHERE title = $1',
      [title],
    );
    return {
      input: {
        id: row.id,
        expectedVersion: row.version,
        ...exercise({ title, participantNumbers: [FLESBERG], ...overrides }),
      },
    };
  };

// Follow-up actions

const action = (overrides: Record<string, unknown> = {}) => ({
  title: 'Matrisetiltak: oppdatere beredskapsplanen',
  description: 'Etter øvelsen.',
  municipalityNumber: FLESBERG,
  ownerName: 'Ola Haugen',
  deadline: '2027-03-31',
  ...overrides,
});

const createActionVars =
  (overrides: Record<string, unknown> = {}) =>
  async () => ({
    input: { regionSlug: REGION, ...action(overrides) },
  });

const seededAction = (title: string) => (api: TestApp) =>
  one<{ id: string; version: number }>(api, 'SELECT id, version FROM follow_up_action WHERE title = $1', [
    title,
  ]);

const updateActionVars =
  (overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const row = await seededAction('Felles mal for informasjon til foresatte')(api);
    return {
      input: {
        id: row.id,
        expectedVersion: row.version,
        ...action({
          title: 'Felles mal for informasjon til foresatte',
          ownerName: null,
          ownerUserId: FLESBERG_DIRECTOR,
          ...overrides,
        }),
      },
    };
  };

/** A decision (vedtak) or an agreement of the region, as an action's source. */
const sourceOf = (table: 'decision' | 'agreement') => (api: TestApp) =>
  one<{ id: string }>(
    api,
    `SELECT t.id FROM ${table} t JOIN region r ON r.id = t.region_id WHERE r.slug = $1 ORDER BY t.id LIMIT 1`,
    [REGION],
  );

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const statusVars = (status: string) => async (api: TestApp) => {
  const row = await seededAction('Samle kontaktlistene for kriseteamene')(api);
  return { input: { id: row.id, expectedVersion: row.version, status } };
};

/** The region has an overdue action not reminded yet (inserted when missing), so a reminder has work to do. */
const remindVars = async (api: TestApp) => {
  await api.dataSource.query(
    `INSERT INTO follow_up_action (region_id, title, municipality_number, owner_name, owner_user_id, deadline, status)
     SELECT $1, 'Matrisetiltak: forfalt', $2, 'Ola Haugen', $3, '2020-01-01', 'OPEN'
      WHERE NOT EXISTS (SELECT 1 FROM follow_up_action WHERE title = 'Matrisetiltak: forfalt' AND reminded_at IS NULL)`,
    [await regionId(api), FLESBERG, FLESBERG_DIRECTOR],
  );
  return { regionSlug: REGION };
};

// Routines

const routine = (overrides: Record<string, unknown> = {}) => ({
  title: 'Matriserutine: sikkerhetskopier',
  description: 'Kontroll av sikkerhetskopiene.',
  ownerName: 'Ola Haugen',
  reviewIntervalMonths: 12,
  ...overrides,
});

const createRoutineVars =
  (municipalityNumber: string | null, overrides: Record<string, unknown> = {}) =>
  async () => ({
    input: { regionSlug: REGION, municipalityNumber, lastReviewedOn: '2026-01-15', ...routine(overrides) },
  });

const seededRoutine = (title: string) => (api: TestApp) =>
  one<{ id: string; version: number }>(api, 'SELECT id, version FROM preparedness_routine WHERE title = $1', [
    title,
  ]);

const updateRoutineVars =
  (overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const row = await seededRoutine('Rutine for digital sikkerhet')(api);
    return {
      input: {
        id: row.id,
        expectedVersion: row.version,
        ...routine({ title: 'Rutine for digital sikkerhet', ...overrides }),
      },
    };
  };

const reviewVars = (reviewedOn: string) => async (api: TestApp) => {
  const row = await seededRoutine('Varslingsrutine for kriseteamene')(api);
  return { input: { id: row.id, expectedVersion: row.version, reviewedOn } };
};

const TOMORROW = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

export const PREPAREDNESS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'addCrisisTeamMember',
    document:
      'mutation($input: AddCrisisTeamMemberInput!) { addCrisisTeamMember(input: $input) { id personName contact { phone } } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT, 'direktor.rollag'], addVars()),
      {
        as: 'sekretariat',
        why: 'a person from a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: addVars({ homeMunicipalityNumber: '3320' }),
      },
      {
        as: 'sekretariat',
        why: 'a user unknown in the region',
        expect: 'BAD_USER_INPUT',
        variables: addVars({ userId: 'ukjent-bruker' }),
      },
      {
        as: 'sekretariat',
        why: 'an e-mail address that is not one',
        expect: 'BAD_USER_INPUT',
        variables: addVars({ email: 'ikke en adresse' }),
      },
      {
        as: 'sekretariat',
        why: 'a deputy for someone on another team',
        expect: 'BAD_USER_INPUT',
        variables: async (api) => ({
          input: { ...(await addVars()()).input, deputyOfId: (await seededMember('Jon Numedal')(api)).id },
        }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: addVars() },
    ],
  },
  {
    operation: 'updateCrisisTeamMember',
    document:
      'mutation($input: UpdateCrisisTeamMemberInput!) { updateCrisisTeamMember(input: $input) { id version } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, updateMemberVars()),
      {
        as: 'sekretariat',
        why: 'a phone number with letters',
        expect: 'BAD_USER_INPUT',
        variables: updateMemberVars({ phone: 'ring meg' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: updateMemberVars({ phone: '+47 400 00 203' }),
      },
    ],
  },
  {
    operation: 'removeCrisisTeamMember',
    document:
      'mutation($input: RemoveCrisisTeamMemberInput!) { removeCrisisTeamMember(input: $input) { id deputiesRemoved } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, removeVars),
      {
        as: 'sekretariat',
        why: 'someone not on any team',
        expect: 'NOT_FOUND',
        variables: async () => ({ input: { id: '00000000-0000-4000-8000-000000000000' } }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: removeVars },
    ],
  },
  {
    operation: 'createExercise',
    document:
      'mutation($input: CreateExerciseInput!) { createExercise(input: $input) { id participants { number } } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, createExerciseVars('MUNICIPAL', FLESBERG)),
      ...refusedFor(
        ['direktor.kongsberg'],
        createExerciseVars('MUNICIPAL', FLESBERG),
        'director of another municipality',
      ),
      ...refusedFor(
        ['direktor.flesberg'],
        createExerciseVars('REGIONAL', null),
        'a director, the regional one',
      ),
      {
        as: 'direktor.flesberg',
        why: 'held on a day that has not come',
        expect: 'BAD_USER_INPUT',
        variables: createExerciseVars('MUNICIPAL', FLESBERG, { heldOn: TOMORROW }),
      },
      {
        as: 'sekretariat',
        why: 'a participant outside the region',
        expect: 'BAD_USER_INPUT',
        variables: createExerciseVars('REGIONAL', null, { participantNumbers: ['3320'] }),
      },
      {
        as: 'sekretariat',
        why: 'a municipal exercise without its organiser',
        expect: 'BAD_USER_INPUT',
        variables: createExerciseVars('MUNICIPAL', null),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the organising municipality',
        expect: 'OK',
        variables: createExerciseVars('MUNICIPAL', FLESBERG),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, the regional one',
        expect: 'OK',
        variables: createExerciseVars('REGIONAL', null, { participantNumbers: [FLESBERG, ROLLAG] }),
      },
    ],
  },
  {
    operation: 'updateExercise',
    document: 'mutation($input: UpdateExerciseInput!) { updateExercise(input: $input) { id version } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, updateExerciseVars('Dambrudd i Numedalslågen')),
      ...refusedFor(
        ['direktor.kongsberg'],
        updateExerciseVars('Dambrudd i Numedalslågen'),
        'director of another municipality',
      ),
      ...refusedFor(
        ['direktor.flesberg'],
        updateExerciseVars('Regional øvelse: gisselsituasjon på videregående skole'),
        'a director, the regional one',
      ),
      {
        as: 'direktor.flesberg',
        why: 'a date that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: updateExerciseVars('Dambrudd i Numedalslågen', { heldOn: '2026-02-30' }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the organising municipality',
        expect: 'OK',
        variables: updateExerciseVars('Dambrudd i Numedalslågen', { heldOn: '2026-04-15' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: updateExerciseVars('Regional øvelse: gisselsituasjon på videregående skole', {
          heldOn: '2026-09-24',
          participantNumbers: [FLESBERG, ROLLAG, '3303', '4005', '4026'],
        }),
      },
    ],
  },
  {
    operation: 'createFollowUpAction',
    document:
      'mutation($input: CreateFollowUpActionInput!) { createFollowUpAction(input: $input) { id ownerName status } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, createActionVars()),
      ...refusedFor(['direktor.kongsberg'], createActionVars(), 'director of another municipality'),
      ...refusedFor(
        ['direktor.flesberg'],
        createActionVars({ municipalityNumber: null }),
        "a director, the region's own",
      ),
      {
        as: 'direktor.flesberg',
        why: 'no owner',
        expect: 'BAD_USER_INPUT',
        variables: createActionVars({ ownerName: null }),
      },
      {
        as: 'direktor.flesberg',
        why: 'an owner who is not a user in the region',
        expect: 'BAD_USER_INPUT',
        variables: createActionVars({ ownerName: null, ownerUserId: 'ukjent-bruker' }),
      },
      {
        as: 'sekretariat',
        why: 'an exercise that does not exist',
        expect: 'NOT_FOUND',
        variables: createActionVars({ exerciseId: '00000000-0000-4000-8000-000000000000' }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director, for the municipality, owned by themselves',
        expect: 'OK',
        variables: createActionVars({ ownerName: null, ownerUserId: FLESBERG_DIRECTOR }),
      },
      {
        as: 'sekretariat',
        why: "the secretariat, the region's own",
        expect: 'OK',
        variables: createActionVars({ municipalityNumber: null, ownerName: 'Siri Sekretær' }),
      },
      {
        as: 'sekretariat',
        why: 'following up a decision that is not in the region',
        expect: 'BAD_USER_INPUT',
        variables: createActionVars({ source: { kind: 'DECISION', id: UNKNOWN_ID } }),
      },
      {
        as: 'sekretariat',
        why: 'following up a decision of a kind that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: createActionVars({ source: { kind: 'VEDTAK', id: UNKNOWN_ID } }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, following up a decision of the region',
        expect: 'OK',
        variables: async (api: TestApp) => ({
          input: {
            regionSlug: REGION,
            ...action({ source: { kind: 'DECISION', id: (await sourceOf('decision')(api)).id } }),
          },
        }),
      },
    ],
  },
  {
    operation: 'updateFollowUpAction',
    document:
      'mutation($input: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $input) { id deadline version } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, updateActionVars()),
      ...refusedFor(['direktor.kongsberg'], updateActionVars(), 'director of another municipality'),
      ...refusedFor(
        ['direktor.flesberg'],
        updateActionVars({ municipalityNumber: '3303' }),
        "moving it to another municipality's director",
      ),
      {
        as: 'direktor.flesberg',
        why: 'a deadline that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: updateActionVars({ deadline: '2027-02-30' }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the municipality',
        expect: 'OK',
        variables: updateActionVars({ deadline: '2027-04-30' }),
      },
      {
        as: 'direktor.flesberg',
        why: 'following up an agreement that is not in the region',
        expect: 'BAD_USER_INPUT',
        variables: updateActionVars({ source: { kind: 'AGREEMENT', id: UNKNOWN_ID } }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: updateActionVars() },
      {
        as: 'sekretariat',
        why: "the secretariat, linking it to an agreement's approval",
        expect: 'OK',
        variables: async (api: TestApp) => {
          const vars = await updateActionVars()(api);
          return {
            input: {
              ...vars.input,
              source: { kind: 'AGREEMENT', id: (await sourceOf('agreement')(api)).id },
            },
          };
        },
      },
    ],
  },
  {
    operation: 'setFollowUpActionStatus',
    document:
      'mutation($input: SetFollowUpStatusInput!) { setFollowUpActionStatus(input: $input) { id status version } }',
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', 'politiker', 'direktor.flesberg'],
        statusVars('IN_PROGRESS'),
        'neither the owner nor an editor',
      ),
      {
        as: 'medlem.tinn',
        why: 'an action that does not exist',
        expect: 'NOT_FOUND',
        variables: async () => ({ input: { id: '00000000-0000-4000-8000-000000000000', status: 'DONE' } }),
      },
      { as: 'medlem.tinn', why: 'the owner', expect: 'OK', variables: statusVars('IN_PROGRESS') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: statusVars('DONE') },
    ],
  },
  {
    operation: 'remindOverdueFollowUpActions',
    document:
      'mutation($regionSlug: String!) { remindOverdueFollowUpActions(regionSlug: $regionSlug) { reminded } }',
    attempts: [
      ...refusedFor([...NOT_SECRETARIAT, 'direktor.kongsberg'], remindVars),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ regionSlug: 'finnes-ikke' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: remindVars },
    ],
  },
  {
    operation: 'createPreparednessRoutine',
    document:
      'mutation($input: CreateRoutineInput!) { createPreparednessRoutine(input: $input) { id due nextReviewOn } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, createRoutineVars(FLESBERG)),
      ...refusedFor(['direktor.kongsberg'], createRoutineVars(FLESBERG), 'director of another municipality'),
      {
        as: 'direktor.flesberg',
        why: 'an interval of no months',
        expect: 'BAD_USER_INPUT',
        variables: createRoutineVars(FLESBERG, { reviewIntervalMonths: 0 }),
      },
      {
        as: 'direktor.flesberg',
        why: 'reviewed on a day that has not come',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({
          input: { ...(await createRoutineVars(FLESBERG)()).input, lastReviewedOn: TOMORROW },
        }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the municipality',
        expect: 'OK',
        variables: createRoutineVars(FLESBERG),
      },
      {
        as: 'sekretariat',
        why: "the secretariat, the region's",
        expect: 'OK',
        variables: createRoutineVars(null),
      },
    ],
  },
  {
    operation: 'updatePreparednessRoutine',
    document:
      'mutation($input: UpdateRoutineInput!) { updatePreparednessRoutine(input: $input) { id version } }',
    attempts: [
      ...refusedFor(NOT_RECORDERS, updateRoutineVars()),
      ...refusedFor(['direktor.kongsberg'], updateRoutineVars(), 'director of another municipality'),
      {
        as: 'direktor.flesberg',
        why: 'an interval of more than five years',
        expect: 'BAD_USER_INPUT',
        variables: updateRoutineVars({ reviewIntervalMonths: 61 }),
      },
      {
        as: 'direktor.flesberg',
        why: 'a last review on a day that has not come',
        expect: 'BAD_USER_INPUT',
        variables: updateRoutineVars({ lastReviewedOn: TOMORROW }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of the municipality',
        expect: 'OK',
        variables: updateRoutineVars({ reviewIntervalMonths: 6 }),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director, with the day it was last reviewed',
        expect: 'OK',
        variables: updateRoutineVars({ reviewIntervalMonths: 6, lastReviewedOn: '2026-09-01' }),
      },
    ],
  },
  {
    operation: 'recordRoutineReview',
    document: 'mutation($input: RecordRoutineReviewInput!) { recordRoutineReview(input: $input) { id due } }',
    attempts: [
      ...refusedFor(
        [null, 'leder.teknisk', 'politiker', 'direktor.flesberg'],
        reviewVars('2026-11-01'),
        'neither the owner nor an editor',
      ),
      {
        as: 'medlem.tinn',
        why: 'a review on a day that has not come',
        expect: 'BAD_USER_INPUT',
        variables: reviewVars(TOMORROW),
      },
      { as: 'medlem.tinn', why: 'the owner', expect: 'OK', variables: reviewVars('2026-11-01') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: reviewVars('2026-11-15') },
    ],
  },
];

const region = async () => ({ regionSlug: REGION });
const unknownRegion = {
  why: 'an unknown region',
  variables: async () => ({ regionSlug: 'ukjent' }),
  code: 'NOT_FOUND',
};
const notAnId = (name: string) => ({
  why: 'an id that is not one',
  variables: async () => ({ [name]: 'x' }),
  code: 'BAD_USER_INPUT',
});
const unknownId = (what: string) => ({
  why: `an unknown ${what}`,
  variables: async () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  code: 'NOT_FOUND',
});

/** The preparedness queries, in query-access.spec.ts's shape: everyone signed in reads them. */
export const PREPAREDNESS_QUERIES: readonly QueryCase[] = [
  {
    query: 'crisisTeams',
    document:
      'query($regionSlug: String!) { crisisTeams(regionSlug: $regionSlug) { teams { name members { id } } } }',
    variables: region,
    readers: 'everyone',
    badInput: [unknownRegion],
  },
  {
    query: 'crisisTeamMember',
    document: 'query($id: ID!) { crisisTeamMember(id: $id) { personName contactHidden } }',
    variables: async (api) => ({ id: (await seededMember('Hanne Lågen')(api)).id }),
    readers: 'everyone',
    badInput: [notAnId('id'), unknownId('entry')],
  },
  {
    query: 'exercises',
    document:
      'query($regionSlug: String!, $filter: ExerciseFilter, $after: String) { exercises(regionSlug: $regionSlug, filter: $filter, after: $after) { totalCount } }',
    variables: region,
    readers: 'everyone',
    badInput: [
      unknownRegion,
      {
        why: 'a year out of range',
        variables: async () => ({ regionSlug: REGION, filter: { year: 1800 } }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'a forged cursor',
        variables: async () => ({ regionSlug: REGION, after: 'x' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'exercise',
    document: 'query($id: ID!) { exercise(id: $id) { title viewerCanEdit } }',
    variables: async (api) => ({
      id: (
        await one<{ id: string }>(api, 'SELECT id FROM exercise WHERE title = $1', [
          'Dambrudd i Numedalslågen',
        ])
      ).id,
    }),
    readers: 'everyone',
    badInput: [notAnId('id'), unknownId('exercise')],
  },
  {
    query: 'followUpActions',
    document:
      'query($regionSlug: String!, $filter: FollowUpFilter) { followUpActions(regionSlug: $regionSlug, filter: $filter) { totalCount } }',
    variables: region,
    readers: 'everyone',
    badInput: [
      unknownRegion,
      {
        why: 'a municipality number that is not one',
        variables: async () => ({ regionSlug: REGION, filter: { municipalityNumber: '33' } }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'myFollowUpActions',
    document: 'query($first: Int) { myFollowUpActions(first: $first) { totalCount } }',
    variables: async () => ({ first: 20 }),
    readers: 'everyone',
    badInput: [{ why: 'first = 0', variables: async () => ({ first: 0 }), code: 'BAD_USER_INPUT' }],
  },
  {
    query: 'preparednessYearlyCheck',
    document:
      'query($regionSlug: String!, $year: Int!) { preparednessYearlyCheck(regionSlug: $regionSlug, year: $year) { municipalities { status } } }',
    variables: async () => ({ regionSlug: REGION, year: 2026 }),
    readers: 'everyone',
    badInput: [
      {
        why: 'an unknown region',
        variables: async () => ({ regionSlug: 'ukjent', year: 2026 }),
        code: 'NOT_FOUND',
      },
      {
        why: 'a year out of range',
        variables: async () => ({ regionSlug: REGION, year: 3000 }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'preparednessRoutines',
    document: 'query($regionSlug: String!) { preparednessRoutines(regionSlug: $regionSlug) { totalCount } }',
    variables: region,
    readers: 'everyone',
    badInput: [unknownRegion],
  },
  {
    query: 'preparednessPeople',
    document: 'query($regionSlug: String!) { preparednessPeople(regionSlug: $regionSlug) { userId name } }',
    variables: region,
    readers: 'everyone',
    badInput: [unknownRegion],
  },
];
