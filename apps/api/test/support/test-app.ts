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

/**
 * Boots the real API (migrations, demo seed, auth against the running development identity provider) on a
 * database of its own, listening on a free port.
 */
export async function bootTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
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

/** A new, empty database on the test PostgreSQL (TEST_DATABASE_URL); `drop` removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run through the API jest config');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const run = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The error code of the first GraphQL error, for compact assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
