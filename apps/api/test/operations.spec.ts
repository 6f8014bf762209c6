import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { backupDatabase, restoreDatabase } from '@samarbeid/tools/stack';
import { register as globalRegistry } from 'prom-client';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../src/app/data-source';
import { schemaDrift } from '../src/app/schema-drift';
import { MIGRATIONS } from '../src/migrations';
import { rowCounts } from './support/portfolio';
import { createTestDatabase, errorCode, useTestApp } from './support/test-app';

/** One sample of a metric in Prometheus' text format, matched on the given labels; 0 when there is none yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return 0;
}

describe('health endpoints', () => {
  const api = useTestApp();
  const last = new MIGRATIONS[MIGRATIONS.length - 1]();
  const lastName = last.name ?? last.constructor.name;

  // First, before any check has seen every migration applied (the probe remembers that once it is true).
  it('answers 503 with a reason while a migration is missing, and 200 once it is applied', async () => {
    const [row] = await api.dataSource.query<{ id: number; timestamp: string; name: string }[]>(
      'SELECT id, timestamp, name FROM typeorm_migrations WHERE name = $1',
      [lastName],
    );
    await api.dataSource.query('DELETE FROM typeorm_migrations WHERE name = $1', [lastName]);
    try {
      const response = await fetch(`${api.url}/health/ready`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        status: 'error',
        database: 'up',
        migrations: 'pending',
        pending: [lastName],
        reason: 'Databasen mangler 1 migrering(er). / The database lacks 1 migration(s).',
      });
      expect((await fetch(`${api.url}/health`)).status).toBe(503);
      // Alive all the same: nothing a restart would fix.
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    } finally {
      await api.dataSource.query('INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        row.id,
        row.timestamp,
        row.name,
      ]);
    }
    const response = await fetch(`${api.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', migrations: 'applied' });
  });

  it('answers /health/live without asking anything', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('keeps /health as the readiness check, without a token', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', migrations: 'applied' });
  });

  it('stays ready and fast while every pooled database connection is busy', async () => {
    const busy = Array.from({ length: 12 }, () => api.dataSource.query('SELECT pg_sleep(1)'));
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const pool = (api.dataSource.driver as unknown as { master: { waitingCount: number } }).master;
      expect(pool.waitingCount).toBeGreaterThan(0);
      const started = performance.now();
      const response = await fetch(`${api.url}/health/ready`);
      const elapsed = performance.now() - started;
      expect(response.status).toBe(200);
      // The pool is full for most of a second more: an answer well before then did not wait for it.
      expect(elapsed).toBeLessThan(500);
    } finally {
      await Promise.all(busy);
    }
  });

  it('has no /metrics unless metrics are enabled', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
  });
});

describe('backup of the real schema', () => {
  const api = useTestApp();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samarbeid-operations-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('restores the migrated, seeded database into an empty one: same rows, same schema as TypeORM sees it', async () => {
    const file = join(dir, 'api.sql.gz');
    const backup = await backupDatabase(api.config.databaseUrl, file);
    expect(backup.migrations).toMatch(new RegExp(`^${MIGRATIONS.length}, the last `));
    const copy = await createTestDatabase();
    const restored = new DataSource(dataSourceOptions(copy.url));
    try {
      await restoreDatabase(copy.url, file, { yes: true });
      await restored.initialize();
      expect(await rowCounts(restored)).toEqual(await rowCounts(api.dataSource));
      // What TypeORM sees is the same as in the original (platform.spec.ts checks that this is no drift at all).
      expect(await schemaDrift(restored)).toEqual(await schemaDrift(api.dataSource));
      expect(await restored.showMigrations()).toBe(false);
    } finally {
      await restored.destroy().catch(() => undefined);
      await copy.drop();
    }
  });
});

describe('Prometheus metrics', () => {
  const token = 'test-metrics-token-7d1f0c9a';
  const api = useTestApp({ METRICS_ENABLED: 'true', METRICS_TOKEN: token });

  const scrape = async (): Promise<string> => {
    const response = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('refuses a scrape without the token, or with another one', async () => {
    const without = await fetch(`${api.url}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await without.text()).not.toContain('samarbeid_');
    const wrong = await fetch(`${api.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('serves the text format to a scraper with the token', async () => {
    const response = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
    expect(sample(text, 'samarbeid_db_pool_max_connections')).toBe(10);
    expect(sample(text, 'samarbeid_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^samarbeid_db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^samarbeid_db_pool_waiting_requests \d+$/m);
  });

  it('counts a named operation, its latency and its error code', async () => {
    const operation = { operation: 'OperationsProbe', type: 'query' };
    const before = await scrape();
    const response = await api.gql('query OperationsProbe { me { id } }');
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    const after = await scrape();
    const increase = (name: string, labels: Record<string, string>): number =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(increase('samarbeid_graphql_requests_total', { ...operation, outcome: 'error' })).toBe(1);
    expect(increase('samarbeid_graphql_request_duration_seconds_count', operation)).toBe(1);
    expect(
      increase('samarbeid_graphql_errors_total', { operation: 'OperationsProbe', code: 'UNAUTHENTICATED' }),
    ).toBe(1);
  });

  it('labels unnamed, unvalidated and overlong operations without echoing what the client sent', async () => {
    const long = `Q${'x'.repeat(64)}`;
    await api.gql('{ me { id } }');
    await api.gql('query MadeUpName { noSuchField }');
    await api.gql(`query ${long} { me { id } }`);
    const text = await scrape();
    expect(sample(text, 'samarbeid_graphql_requests_total', { operation: 'anonymous', type: 'query' })).toBe(
      1,
    );
    expect(
      sample(text, 'samarbeid_graphql_errors_total', {
        operation: 'other',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(sample(text, 'samarbeid_graphql_requests_total', { operation: 'other', type: 'query' })).toBe(1);
    expect(text).not.toContain('MadeUpName');
    expect(text).not.toContain(long);
  });

  it('counts HTTP requests by route pattern and status, not by raw URL', async () => {
    const before = await scrape();
    await fetch(`${api.url}/health/ready?probe=1`);
    await fetch(`${api.url}/no/such/path/123`);
    const after = await scrape();
    const increase = (labels: Record<string, string>): number =>
      sample(after, 'samarbeid_http_requests_total', labels) -
      sample(before, 'samarbeid_http_requests_total', labels);
    expect(increase({ method: 'GET', route: '/health/ready', status: '200' })).toBe(1);
    expect(increase({ method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(
      sample(after, 'samarbeid_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThan(0);
    expect(after).not.toContain('/no/such/path');
  });

  it("keeps its metrics in the app's own registry, not prom-client's global one", () => {
    expect(globalRegistry.getSingleMetric('samarbeid_graphql_requests_total')).toBeUndefined();
  });
});
