/** The reporting operations' rows of the authorization matrix, and its queries for query-access.spec.ts. */
import { DEMO_USER_IDS } from '../../src/seed/portfolio-seed';
import { DEMO_PERIOD_NAME } from '../../src/seed/reporting-seed';
import { OperationCase, type QueryCase, refusedFor } from './matrix';
import type { DemoUsername } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';

/** Everyone signed in but the secretariat, and anonymous. */
const NOT_SECRETARIAT: readonly (DemoUsername | null)[] = [
  null,
  'leder.teknisk',
  'direktor.kongsberg',
  'medlem.tinn',
  'politiker',
];

const one = async <T>(api: TestApp, sql: string, params: unknown[]): Promise<T> => {
  const rows: T[] = await api.dataSource.query(sql, params);
  if (!rows[0]) throw new Error(`Nothing found: ${sql} ${JSON.stringify(params)}`);
  return rows[0];
};

const demoPeriod = (api: TestApp) =>
  one<{ id: string }>(api, 'SELECT id FROM reporting_period WHERE name = $1', [DEMO_PERIOD_NAME]);

/** The demo period's report of a measure, with its version. */
const reportOf = (code: string) => async (api: TestApp) => {
  const period = await demoPeriod(api);
  return one<{ id: string; version: number }>(
    api,
    `SELECT s.id, s.version FROM status_report s JOIN measure m ON m.id = s.measure_id
      WHERE s.period_id = $1 AND m.code = $2`,
    [period.id, code],
  );
};

const openVars =
  (name: string, overrides: Record<string, unknown> = {}) =>
  async () => ({
    input: {
      regionSlug: REGION,
      name,
      kind: 'TERTIAL',
      periodFrom: '2026-09-01',
      periodTo: '2026-12-31',
      dueDate: '2027-01-20',
      ...overrides,
    },
  });

const saveVars =
  (code: string, overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const report = await reportOf(code)(api);
    return {
      input: {
        id: report.id,
        expectedVersion: report.version,
        rag: 'GREEN',
        progressPercent: 50,
        done: 'Matrise: arbeidet går som planlagt.',
        deviations: '',
        nextSteps: 'Fortsette.',
        risks: '',
        submit: false,
        ...overrides,
      },
    };
  };

const reviewVars = (code: string) => async (api: TestApp) => {
  const report = await reportOf(code)(api);
  return { input: { id: report.id, expectedVersion: report.version } };
};

/** A measure's report made submitted again (directly, before the attempt), to be reviewed. */
const submittedVars = (code: string) => async (api: TestApp) => {
  const report = await reportOf(code)(api);
  await api.dataSource.query(
    "UPDATE status_report SET state = 'SUBMITTED', rag = 'GREEN', progress_percent = 50, done = 'Gjort' WHERE id = $1",
    [report.id],
  );
  return reviewVars(code)(api);
};

/** TEKNISK's action-plan report (the demo has an action plan for 2026). */
const planVars =
  (overrides: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const period = await demoPeriod(api);
    const plan = await one<{ id: string; version: number }>(
      api,
      `SELECT s.id, s.version FROM status_report s JOIN network n ON n.id = s.network_id
        WHERE s.period_id = $1 AND s.subject_kind = 'ACTION_PLAN' AND n.key = 'TEKNISK'`,
      [period.id],
    );
    const base = (await saveVars('T5')(api)).input;
    return { input: { ...base, id: plan.id, expectedVersion: plan.version, ...overrides } };
  };

const returnVars =
  (code: string, comment = 'Skriv mer om risikoene.') =>
  async (api: TestApp) => ({
    input: { ...(await reviewVars(code)(api)).input, comment },
  });

const assignVars = (code: string, assigneeUserId: string | null) => async (api: TestApp) => ({
  input: { id: (await reportOf(code)(api)).id, assigneeUserId },
});

const remindVars = async () => ({ regionSlug: REGION });

const summaryVars = (summary: string) => async (api: TestApp) => {
  const period = await one<{ id: string; version: number }>(
    api,
    'SELECT id, version FROM reporting_period WHERE name = $1',
    [DEMO_PERIOD_NAME],
  );
  return { input: { periodId: period.id, expectedVersion: period.version, summary } };
};

const freezeVars = async (api: TestApp) => ({ input: { periodId: (await demoPeriod(api)).id } });

/** In the demo: T5 (TEKNISK, led by leder.teknisk) is submitted, F1 (KDU) approved, HO2 (HO) a draft. */
export const REPORTING_MATRIX: readonly OperationCase[] = [
  {
    operation: 'openReportingPeriod',
    document:
      'mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id reportCount } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, openVars('2. tertial 2026')),
      {
        as: 'sekretariat',
        why: 'a period that ends before it starts',
        expect: 'BAD_USER_INPUT',
        variables: openVars('Baklengs', { periodFrom: '2026-12-31', periodTo: '2026-09-01' }),
      },
      {
        as: 'sekretariat',
        why: 'a due date that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: openVars('Feil frist', { dueDate: '2027-02-30' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: openVars('Ukjent', { regionSlug: 'finnes-ikke' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: openVars('Matrise 3. tertial 2026'),
      },
    ],
  },
  {
    operation: 'saveStatusReport',
    document: 'mutation($input: SaveStatusReportInput!) { saveStatusReport(input: $input) { id state } }',
    attempts: [
      ...refusedFor([null, 'sekretariat', 'direktor.kongsberg', 'politiker'], saveVars('F2')),
      ...refusedFor(['leder.teknisk'], saveVars('F2'), "the leader of another network's measure"),
      ...refusedFor(['medlem.tinn'], saveVars('HO2'), 'a member the report was not handed to'),
      {
        as: 'leder.teknisk',
        why: 'a submitted report',
        expect: 'BAD_USER_INPUT',
        variables: saveVars('T5'),
      },
      {
        as: 'leder.teknisk',
        why: 'progress over 100 %',
        expect: 'BAD_USER_INPUT',
        variables: planVars({ progressPercent: 140 }),
      },
      {
        as: 'leder.teknisk',
        why: 'submitting without saying what was done',
        expect: 'BAD_USER_INPUT',
        variables: planVars({ done: '', submit: true }),
      },
      {
        as: 'leder.teknisk',
        why: 'an unknown report',
        expect: 'NOT_FOUND',
        variables: async (api) => ({
          input: { ...(await saveVars('T5')(api)).input, id: '00000000-0000-4000-8000-000000000000' },
        }),
      },
      {
        as: 'leder.teknisk',
        why: "the leader, on the network's action plan",
        expect: 'OK',
        variables: planVars(),
      },
    ],
  },
  {
    operation: 'approveStatusReport',
    document:
      'mutation($input: ReviewStatusReportInput!) { approveStatusReport(input: $input) { id state } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, reviewVars('T5')),
      {
        as: 'sekretariat',
        why: 'a report not submitted',
        expect: 'BAD_USER_INPUT',
        variables: reviewVars('HO2'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: submittedVars('T5') },
    ],
  },
  {
    operation: 'returnStatusReport',
    document: 'mutation($input: ReturnStatusReportInput!) { returnStatusReport(input: $input) { id state } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, returnVars('T5')),
      {
        as: 'sekretariat',
        why: 'an empty comment',
        expect: 'BAD_USER_INPUT',
        variables: returnVars('T5', ''),
      },
      {
        as: 'sekretariat',
        why: 'a report not submitted',
        expect: 'BAD_USER_INPUT',
        variables: returnVars('HO2'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, with a comment',
        expect: 'OK',
        variables: async (api) => ({
          input: { ...(await submittedVars('T5')(api)).input, comment: 'Skriv mer om risikoene.' },
        }),
      },
    ],
  },
  {
    operation: 'assignStatusReport',
    document:
      'mutation($input: AssignStatusReportInput!) { assignStatusReport(input: $input) { id assigneeName } }',
    attempts: [
      ...refusedFor([null, 'direktor.kongsberg', 'medlem.tinn', 'politiker'], assignVars('T5', null)),
      ...refusedFor(['leder.teknisk'], assignVars('HO2', null), "the leader of another network's report"),
      {
        as: 'leder.teknisk',
        why: 'someone outside the network',
        expect: 'BAD_USER_INPUT',
        variables: assignVars('T5', DEMO_USER_IDS['medlem.tinn']),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader takes it back',
        expect: 'OK',
        variables: assignVars('T5', null),
      },
    ],
  },
  {
    operation: 'updateReportingSummary',
    document:
      'mutation($input: UpdateReportingSummaryInput!) { updateReportingSummary(input: $input) { id summary } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, summaryVars('Matrise: et godt halvår.')),
      {
        as: 'sekretariat',
        why: 'an unknown period',
        expect: 'NOT_FOUND',
        variables: async () => ({
          input: { periodId: '00000000-0000-4000-8000-000000000000', summary: 'Ukjent.' },
        }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: summaryVars('Matrise: et godt halvår.'),
      },
    ],
  },
  {
    operation: 'freezeReport',
    document: 'mutation($input: FreezeReportInput!) { freezeReport(input: $input) { id number } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, freezeVars),
      {
        as: 'sekretariat',
        why: 'an id that is not a uuid',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { periodId: 'x' } }),
      },
      {
        as: 'sekretariat',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: async (api) => ({
          input: { ...(await freezeVars(api)).input, municipalityNumber: '0301' },
        }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: freezeVars },
      {
        as: 'sekretariat',
        why: "the secretariat, a member municipality's variant",
        expect: 'OK',
        variables: async (api) => ({
          input: { ...(await freezeVars(api)).input, municipalityNumber: '3334' },
        }),
      },
    ],
  },
  {
    operation: 'sendReportingReminders',
    document:
      'mutation($regionSlug: String!) { sendReportingReminders(regionSlug: $regionSlug) { reminded } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, remindVars),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ regionSlug: 'finnes-ikke' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat (the demo period is overdue)',
        expect: 'OK',
        variables: remindVars,
      },
    ],
  },
];

const periodVars = async (api: TestApp) => ({ id: (await demoPeriod(api)).id });
const frozenVars = async (api: TestApp) => ({
  id: (
    await one<{ id: string }>(
      api,
      'SELECT f.id FROM frozen_report f JOIN reporting_period p ON p.id = f.period_id WHERE p.name = $1 LIMIT 1',
      [DEMO_PERIOD_NAME],
    )
  ).id,
});
const badId = (name: string) => [
  { why: 'an id that is not a uuid', variables: async () => ({ [name]: 'x' }), code: 'BAD_USER_INPUT' },
  {
    why: 'an unknown id',
    variables: async () => ({ [name]: '00000000-0000-4000-8000-000000000000' }),
    code: 'NOT_FOUND',
  },
];

/** The reporting queries, in query-access.spec.ts's shape: everyone signed in reads them. */
export const REPORTING_QUERIES: readonly QueryCase[] = [
  {
    query: 'compiledReportPreview',
    document: 'query($periodId: ID!) { compiledReportPreview(periodId: $periodId) }',
    variables: async (api) => ({ periodId: (await demoPeriod(api)).id }),
    readers: 'everyone',
    badInput: badId('periodId'),
  },
  {
    query: 'frozenReports',
    document: 'query($periodId: ID!) { frozenReports(periodId: $periodId) { number } }',
    variables: async (api) => ({ periodId: (await demoPeriod(api)).id }),
    readers: 'everyone',
    badInput: badId('periodId'),
  },
  {
    query: 'frozenReport',
    document: 'query($id: ID!) { frozenReport(id: $id) { number dataJson } }',
    variables: frozenVars,
    readers: 'everyone',
    badInput: badId('id'),
  },
  {
    query: 'reportingPeriods',
    document: 'query($regionSlug: String!) { reportingPeriods(regionSlug: $regionSlug) { totalCount } }',
    variables: async () => ({ regionSlug: REGION }),
    readers: 'everyone',
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'finnes-ikke' }), code: 'NOT_FOUND' },
    ],
  },
  {
    query: 'reportingPeriod',
    document: 'query($id: ID!) { reportingPeriod(id: $id) { name } }',
    variables: periodVars,
    readers: 'everyone',
    badInput: badId('id'),
  },
  {
    query: 'reportingBoard',
    document: 'query($id: ID!) { reportingBoard(id: $id) { networkName total } }',
    variables: periodVars,
    readers: 'everyone',
    badInput: badId('id'),
  },
  {
    query: 'statusReports',
    document: 'query($periodId: ID!) { statusReports(periodId: $periodId) { totalCount } }',
    variables: async (api) => ({ periodId: (await demoPeriod(api)).id }),
    readers: 'everyone',
    badInput: badId('periodId'),
  },
  {
    query: 'statusReport',
    document: 'query($id: ID!) { statusReport(id: $id) { state } }',
    variables: async (api) => ({ id: (await reportOf('T5')(api)).id }),
    readers: 'everyone',
    badInput: badId('id'),
  },
];
