/**
 * `npm run bench -- --national [--api=<bundle>] [--replicas=2]`: every page query at national scale.
 *
 * A fresh embedded PostgreSQL, the development IdP and the API bundle (default dist/apps/api/main.js; build it
 * first) with the demo seed, then the national data set (national-data.ts) inserted with SQL. For each page query
 * (national-queries.ts): warm-up, then sequential latency (p50/p95), the hand-written SQL statement for the same
 * data over one connection (p50) and their ratio, 20 and 50 concurrent clients (p95, requests per second), SQL
 * statements per request (PostgreSQL's statement log, counted over single requests) and the API's peak resident
 * memory under load. Loopback only, every loop bounded; rate limits are off for the run (the bench is one user).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

import type { ServiceProcess } from '../src';
import {
  freePort,
  issuerUrlFor,
  passwordGrantToken,
  startEmbeddedPostgres,
  startIdp,
  startService,
} from '../src';
import { NATIONAL_COUNTS_SQL, NATIONAL_SQL } from './national-data';
import { PAGE_QUERIES, PageQuery } from './national-queries';

const SEQUENTIAL = 30;
const RAW = 30;
const WARM_UP = 3;
/** Clients and requests per client of the two concurrent rounds. */
const CONCURRENCY = [
  { clients: 20, each: 3 },
  { clients: 50, each: 2 },
] as const;

interface Row {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly raw: number;
  readonly statements: number;
  readonly concurrent: { clients: number; p95: number; perSecond: number }[];
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function runNational(root: string, argv: readonly string[]): Promise<void> {
  const bundle =
    argv.find((arg) => arg.startsWith('--api='))?.slice('--api='.length) ??
    join(root, 'dist/apps/api/main.js');
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-national-'));
  const ports = { postgres: await freePort(), idp: await freePort(), api: await freePort() };
  let statementLines = 0;
  const database = await startEmbeddedPostgres({
    dataDir: join(tempDir, 'pg'),
    port: ports.postgres,
    database: 'samarbeid',
    persistent: false,
    log: (line) => {
      // One log message may carry several lines.
      statementLines += (line.match(/LOG:\s+(statement|execute [^:]*):/g) ?? []).length;
    },
  });
  const started: ServiceProcess[] = [];
  const client = new pg.Client({ connectionString: database.url });
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    await client.end().catch(() => undefined);
    for (const service of started.reverse()) await service.stop();
    await database.stop();
    await rm(tempDir, { recursive: true, force: true });
  };
  // Ctrl-C stops what the bench started (PostgreSQL last) before leaving.
  const interrupted = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const idp = await startIdp({ root, port: ports.idp, webOrigins: ['http://localhost:1'] });
    started.push(idp);
    const api = await startService({
      name: 'api',
      command: process.execPath,
      args: [bundle],
      cwd: root,
      env: {
        NODE_NO_WARNINGS: '1',
        PORT: String(ports.api),
        DATABASE_URL: database.url,
        OIDC_ISSUER_URL: issuerUrlFor(ports.idp),
        WEB_ORIGIN: 'http://localhost:1',
        DEMO_SEED: 'true',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_USER_PER_MINUTE: '0',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      },
      readyMarker: 'API_READY',
      timeoutMs: 120_000,
      onLine: (line) => {
        if (/"level":(50|60)|Error/.test(line)) console.error(`api: ${line}`);
      },
    });
    started.push(api);
    const apiUrl = `http://127.0.0.1:${ports.api}/graphql`;
    await client.connect();
    for (const step of NATIONAL_SQL) {
      const begun = performance.now();
      await client.query(step.sql);
      console.error(`national data: ${step.label} (${Math.round(performance.now() - begun)} ms)`);
    }
    const counts = (await client.query<Record<string, number>>(NATIONAL_COUNTS_SQL)).rows[0];

    const rows: Row[] = [];
    let peakRss = rssMb(api.child.pid);
    let retried = 0;
    // `--only=<part of a name>` measures just the queries whose name contains it (e.g. --only=regionOverview).
    const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
    for (const query of PAGE_QUERIES.filter((page) => !only || page.name.includes(only))) {
      // The IdP's access tokens live five minutes, and a slow query's runs take longer: a new token every four.
      let token = await passwordGrantToken(issuerUrlFor(ports.idp), 'sekretariat');
      let tokenAt = performance.now();
      const post = async () => {
        if (performance.now() - tokenAt > 240_000) {
          tokenAt = performance.now();
          token = await passwordGrantToken(issuerUrlFor(ports.idp), 'sekretariat');
        }
        return fetch(apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: query.graphql, variables: query.variables }),
        });
      };
      const ask = async (): Promise<number> => {
        const begun = performance.now();
        // A kept-alive connection the server closed just then (its keep-alive timeout) is tried once more.
        const response = await post().catch(() => {
          retried++;
          return post();
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${query.name}: ${JSON.stringify(body.errors)}`);
        return performance.now() - begun;
      };
      for (let i = 0; i < WARM_UP; i++) await ask();
      const sequential: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await ask());
      const raw = await rawLatencies(client, query);
      const statements = await statementsPerRequest(client, ask, () => statementLines);
      const concurrent: Row['concurrent'] = [];
      for (const { clients, each } of CONCURRENCY) {
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.child.pid))), 100);
        const begun = performance.now();
        const latencies = (
          await Promise.all(
            Array.from({ length: clients }, async () => {
              const mine: number[] = [];
              for (let i = 0; i < each; i++) mine.push(await ask());
              return mine;
            }),
          )
        ).flat();
        clearInterval(sampler);
        const seconds = (performance.now() - begun) / 1000;
        concurrent.push({ clients, p95: percentile(latencies, 95), perSecond: latencies.length / seconds });
      }
      const row = {
        name: query.name,
        p50: percentile(sequential, 50),
        p95: percentile(sequential, 95),
        raw: percentile(raw, 50),
        statements,
        concurrent,
      };
      console.error(JSON.stringify(row));
      rows.push(row);
    }
    print(rows, counts, peakRss, bundle);
    if (retried > 0) console.log(`requests retried after a closed keep-alive connection: ${retried}`);
  } finally {
    await stopAll();
  }
}

async function rawLatencies(client: pg.Client, query: PageQuery): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RAW; i++) {
    const begun = performance.now();
    await client.query(query.sql, [...query.params]);
    if (i >= WARM_UP) times.push(performance.now() - begun);
  }
  return times;
}

/**
 * Statements one request sends, from PostgreSQL's statement log (switched on for this only): the fewest over three
 * single requests, so that a background statement (the mail worker's poll) does not count.
 */
async function statementsPerRequest(
  client: pg.Client,
  ask: () => Promise<number>,
  logged: () => number,
): Promise<number> {
  await client.query("ALTER SYSTEM SET log_statement = 'all'");
  await client.query('SELECT pg_reload_conf()');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = logged();
    await ask();
    await new Promise((resolve) => setTimeout(resolve, 200));
    counts.push(logged() - before);
  }
  await client.query('ALTER SYSTEM RESET log_statement');
  await client.query('SELECT pg_reload_conf()');
  return Math.min(...counts);
}

function print(rows: readonly Row[], counts: Record<string, number>, peakRss: number, bundle: string): void {
  const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
  const [c20, c50] = CONCURRENCY;
  console.log(
    [
      `API bundle: ${bundle}`,
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
      `data: ${Object.entries(counts)
        .map(([name, value]) => `${name} ${value}`)
        .join(', ')}`,
      '',
      `| query | seq p50 | seq p95 | raw SQL p50 | ratio | p95 @${c20.clients} | req/s @${c20.clients} | p95 @${c50.clients} | req/s @${c50.clients} | statements |`,
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map((row) =>
        [
          '',
          row.name,
          ms(row.p50),
          ms(row.p95),
          ms(row.raw),
          `${(row.p50 / row.raw).toFixed(1)}×`,
          ms(row.concurrent[0].p95),
          row.concurrent[0].perSecond.toFixed(0),
          ms(row.concurrent[1].p95),
          row.concurrent[1].perSecond.toFixed(0),
          String(row.statements),
          '',
        ]
          .join(' | ')
          .trim(),
      ),
      '',
      `API peak RSS under load: ${peakRss.toFixed(0)} MB`,
    ].join('\n'),
  );
}
