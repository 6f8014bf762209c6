import { beforeAll, expect } from '@jest/globals';
import { passwordGrantToken } from '@samarbeid/tools/stack';
import { DataSource } from 'typeorm';

import { seedDemo } from '../../src/seed/demo-seed.service';
import { type GraphQLResponse, TestApp, testIssuerUrl } from './test-app';

export const DEMO_USERNAMES = [
  'sekretariat',
  'leder.teknisk',
  'direktor.kongsberg',
  'direktor.flesberg',
  'direktor.rollag',
  'direktor.notodden',
  'medlem.tinn',
  'politiker',
] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

export async function tokensForAll(): Promise<Record<DemoUsername, string>> {
  const entries = await Promise.all(
    DEMO_USERNAMES.map(
      async (username) => [username, await passwordGrantToken(testIssuerUrl(), username)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<DemoUsername, string>;
}

/** Every demo user's access token, fetched before the tests of the surrounding describe block. */
export function useDemoTokens(): Readonly<Record<DemoUsername, string>> {
  const tokens = {} as Record<DemoUsername, string>;
  beforeAll(async () => {
    Object.assign(tokens, await tokensForAll());
  });
  return tokens;
}

/**
 * GraphQL calls as a demo user (null: anonymous): `call` gives the response as it comes, `ok` expects no errors and
 * gives the data.
 */
export function demoCalls(api: Pick<TestApp, 'gql'>, tokens: Readonly<Record<DemoUsername, string>>) {
  const call = <T = Record<string, unknown>>(
    as: DemoUsername | null,
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> => api.gql<T>(document, { token: as ? tokens[as] : undefined, variables });
  const ok = async <T>(
    as: DemoUsername,
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const response = await call<T>(as, document, variables);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  return { call, ok };
}

/** The tables a portfolio change may touch. */
const DOMAIN_TABLES = [
  'agreement',
  'agreement_version',
  'agreement_version_party',
  'agreement_approval',
  'notification',
  'cost_plan',
  'cost_line',
  'cost_key_entry',
  'benefit',
  'benefit_plan_value',
  'benefit_actual',
  'region_economics',
  'savings_requirement',
  'strategy',
  'strategy_goal',
  'goal_indicator',
  'action_plan_item',
  'measure_goal',
  'measure',
  'measure_dependency',
  'participation',
  'decision',
  'decision_measure',
  'network',
  'network_member',
  'region_membership',
  'audit_event',
  'municipality',
  'municipality_population',
  'crisis_team_member',
  'exercise',
  'exercise_participant',
  'follow_up_action',
  'preparedness_routine',
  'indicator_setting',
  'indicator_value',
  'kostra_value',
  'municipality_kostra_group',
  'focus_item',
  'focus_target',
  'focus_value',
  'plan_milestone',
  'plan_baseline',
  'plan_baseline_measure',
  'plan_network_setting',
  'measure_plan',
  'plan_calendar_feed',
  'publish_setting',
  'accessibility_statement',
  'public_feedback',
  'publish_preview',
];

/** A fingerprint of every row of the domain tables: equal fingerprints mean nothing was written. */
export async function databaseFingerprint(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const table of DOMAIN_TABLES) {
    const [{ digest }]: { digest: string | null }[] = await dataSource.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t`,
    );
    parts.push(`${table}:${digest}`);
  }
  return parts.join(',');
}

/** Row counts by table name, of every table of the public schema. */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = await dataSource.query<{ name: string }[]>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (
      await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM public."${name}"`)
    )[0].n;
  }
  return counts;
}

/** Runs the demo seed again: the row counts of every table before and after, equal when seeding is idempotent. */
export async function reseedDemo(
  dataSource: DataSource,
): Promise<{ before: Record<string, number>; after: Record<string, number> }> {
  const before = await rowCounts(dataSource);
  await dataSource.transaction((manager) => seedDemo(manager));
  return { before, after: await rowCounts(dataSource) };
}

export async function auditCount(dataSource: DataSource): Promise<number> {
  const [{ n }]: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM audit_event');
  return n;
}

export interface MeasureRef {
  id: string;
  version: number;
  networkId: string;
  status: string;
}

export async function measureRef(dataSource: DataSource, code: string): Promise<MeasureRef> {
  const [row]: { id: string; version: number; network_id: string; status: string }[] = await dataSource.query(
    `SELECT m.id, m.version, m.network_id, m.status FROM measure m JOIN region r ON r.id = m.region_id
      WHERE r.slug = 'kongsbergregionen' AND m.code = $1`,
    [code],
  );
  if (!row) throw new Error(`no measure ${code}`);
  return { id: row.id, version: row.version, networkId: row.network_id, status: row.status };
}

export async function networkId(dataSource: DataSource, key: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `SELECT n.id FROM network n JOIN region r ON r.id = n.region_id WHERE r.slug = 'kongsbergregionen' AND n.key = $1`,
    [key],
  );
  return row.id;
}

export type Api = Pick<TestApp, 'gql' | 'dataSource'>;

/**
 * A strategy in a given state for a test, created directly in the database the first time (setup, not the
 * operation under test): returns its id and current version.
 */
export async function ensureStrategy(
  dataSource: DataSource,
  title: string,
  networkKey: string,
  status: 'DRAFT' | 'CONSULTATION' | 'ADOPTED' = 'DRAFT',
): Promise<{ id: string; version: number }> {
  const existing: { id: string; version: number }[] = await dataSource.query(
    'SELECT id, version FROM strategy WHERE title = $1',
    [title],
  );
  if (existing.length > 0) return existing[0];
  const [{ id: decisionId }]: { id: string }[] = await dataSource.query(
    "SELECT id FROM decision WHERE case_reference = 'KDU 4/26'",
  );
  const [row]: { id: string; version: number }[] = await dataSource.query(
    `INSERT INTO strategy (network_id, title, period_from, period_to, status, adopted_by_decision_id)
     VALUES ($1, $2, 2026, 2029, $3, $4) RETURNING id, version`,
    [await networkId(dataSource, networkKey), title, status, status === 'ADOPTED' ? decisionId : null],
  );
  return row;
}

/** How many SQL statements `run` makes the API send (the no-N+1 tests compare these). */
export async function countStatements(dataSource: DataSource, run: () => Promise<unknown>): Promise<number> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count++;
    original(...args);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
