import { randomBytes } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@samarbeid/api/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app/create-app';
import { suiteHandle } from './suite';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: { message: string; extensions?: { code?: string; messageEn?: string } }[];
}

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testIssuerUrl(): string {
  const issuer = process.env['TEST_OIDC_ISSUER_URL'];
  if (!issuer) throw new Error('TEST_OIDC_ISSUER_URL is not set: run through the API jest config');
  return issuer;
}

/** The app's settings for tests: the test database and issuer, no SSB, no rate limits, unless `env` says otherwise. */
function testConfig(databaseUrl: string, env: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    OIDC_ISSUER_URL: testIssuerUrl(),
    DEMO_SEED: 'true',
    LOG_LEVEL: 'silent',
    // Tests never call SSB: a closed port, unless a test serves its recorded responses itself.
    SSB_PXWEB_URL: 'http://127.0.0.1:9/pxwebapi/v2',
    SSB_KLASS_URL: 'http://127.0.0.1:9/klass/v1',
    // A suite sends hundreds of requests a minute from one address: rate limits are off unless a test sets them
    // (apps/api/test/http-protection.spec.ts).
    RATE_LIMIT_USER_PER_MINUTE: '0',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    ...env,
  });
}

/**
 * Boots the real API (migrations, demo seed, auth against the running development identity provider) on a
 * database of its own, listening on a free port. The database is a copy of one migrated and seeded once per test
 * run (see demoTemplate), so that each suite does not run every migration and the whole demo seed again; the app
 * still runs both at start-up, and finds nothing left to do.
 */
export async function bootTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase({ template: await demoTemplate() });
  const config = testConfig(database.url, env);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    dataSource: app.get(DataSource),
    async gql(query, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as never;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * The app of the surrounding describe block: booted (as bootTestApp, with `env` or what it returns then) before its
 * tests and closed after them (see suiteResource).
 */
export function useTestApp(env: Record<string, string> | (() => Record<string, string>) = {}): TestApp {
  return suiteHandle(
    'The test app',
    () => bootTestApp(typeof env === 'function' ? env() : env),
    (api) => api.close(),
  );
}

/** A name on the test PostgreSQL (TEST_DATABASE_URL) as a connection URL, and an admin connection's URL. */
function testServer(database = 'postgres'): string {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run through the API jest config');
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServer() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The migrated, seeded database every test app starts from; made by the first worker that asks, once a run. */
const DEMO_TEMPLATE = 'test_template_demo';
/** Any number the test server's advisory locks do not otherwise use. */
const TEMPLATE_LOCK = 730_241;

/**
 * The name of the demo template database, made on first use: a fresh database on which the real app starts once
 * (every migration, the demo seed), then renamed into place. Jest's workers share the test PostgreSQL, so the first
 * one makes it under an advisory lock and the others wait for it and reuse it.
 */
async function demoTemplate(): Promise<string> {
  return onServer(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_TEMPLATE]);
      if (found.rowCount === 0) {
        const building = `${DEMO_TEMPLATE}_building`;
        await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${building}`);
        const app = await createApp(testConfig(testServer(building), {}));
        await app.init();
        await app.close();
        await client.query(`ALTER DATABASE ${building} RENAME TO ${DEMO_TEMPLATE}`);
      }
      return DEMO_TEMPLATE;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/**
 * A new database on the test PostgreSQL (TEST_DATABASE_URL): empty, or a copy of `template`; `drop` removes it.
 */
export async function createTestDatabase(
  options: { readonly template?: string } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await onServer(async (client) => {
    const from = options.template ? ` TEMPLATE ${options.template}` : '';
    // Two copies of one template at the same moment: PostgreSQL refuses the second while the first reads it.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name}${from}`);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === '55006';
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return {
    url: testServer(name),
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** The error code of the first GraphQL error, for compact assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
