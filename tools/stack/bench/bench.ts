/**
 * `npm run bench`: the figures the issues set targets for, measured on this machine.
 *
 * 1. Start-up: from nothing running (fresh embedded PostgreSQL, builds taken from the Nx cache, so run
 *    `npx nx run-many -t build -p api web` once first) to the stack answering — the time `npm start` prints.
 * 2. The portfolio query (all measures with network, participation and dependencies): latency over repeated requests
 *    with the 31 demo measures, then with 500 more.
 * 3. Economics: a municipality's page (every measure's shares and gains, computed on read) and a measure's shares.
 * Everything runs on loopback with bounded loops.
 *
 * `npm run bench -- --national`: every page query on a national data set against hand-written SQL (national.ts).
 * `npm run bench -- --public`: the public region page with 200 concurrent anonymous readers (public.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

import { passwordGrantToken, startThrowAwayStack, workspaceRoot } from '../src';
import { runNational } from './national';
import { runPublic } from './public';

const root = workspaceRoot(__dirname);
const REQUESTS = 50;
const PORTFOLIO = `{ measures(regionSlug: "kongsbergregionen", first: 200) { totalCount nodes {
  code title status network { name } participation { municipalityNumber state } dependencies { dependsOn { code } } } } }`;

const MUNICIPALITY_ECONOMICS = `{ municipalityEconomics(regionSlug: "kongsbergregionen", municipalityNumber: "3303") {
  years { year pays plannedGain realisedGain } measures { code pays { year amount } } } }`;
const MEASURE_ECONOMICS = (id: string) =>
  `{ measureEconomics(measureId: "${id}") { shares { years { year shares { amount explanation } } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function latency(
  apiUrl: string,
  token: string,
  query = PORTFOLIO,
): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

async function main(): Promise<void> {
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-bench-'));
  const started = performance.now();
  const stack = await startThrowAwayStack(root, tempDir, { say: () => undefined });
  const ports = stack.ports;
  const startup = (performance.now() - started) / 1000;
  try {
    const token = await passwordGrantToken(stack.issuerUrl, 'sekretariat');
    const small = await latency(stack.apiUrl, token);
    const municipality = await latency(stack.apiUrl, token, MUNICIPALITY_ECONOMICS);
    const client = new pg.Client({
      connectionString: `postgres://samarbeid:samarbeid-dev@127.0.0.1:${ports.postgres}/samarbeid`,
    });
    await client.connect();
    const [{ id: t5 }] = (await client.query<{ id: string }>("SELECT id FROM measure WHERE code = 'T5'"))
      .rows;
    const measure = await latency(stack.apiUrl, token, MEASURE_ECONOMICS(t5));
    await client.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier)
       SELECT m.region_id, 'Z' || n, 'Ekstra ' || n, m.network_id, m.service_area, m.tier
         FROM measure m, generate_series(1, 500) n WHERE m.code = 'T1'`,
    );
    await client.end();
    const large = await latency(stack.apiUrl, token);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      [
        `start-up to ready (fresh database, cached builds): ${startup.toFixed(1)} s (target < 30 s)`,
        `portfolio query, 31 measures, ${REQUESTS} requests: p50 ${ms(small.p50)}, p95 ${ms(small.p95)}, max ${ms(small.max)}`,
        `portfolio query, first 200 of 531 measures, ${REQUESTS} requests: p50 ${ms(large.p50)}, p95 ${ms(large.p95)}, max ${ms(large.max)}`,
        `municipality economics (Kongsberg), ${REQUESTS} requests: p50 ${ms(municipality.p50)}, p95 ${ms(municipality.p95)}, max ${ms(municipality.max)}`,
        `measure economics (T5, 4 years × 7 shares), ${REQUESTS} requests: p50 ${ms(measure.p50)}, p95 ${ms(measure.p95)}, max ${ms(measure.max)}`,
      ].join('\n'),
    );
  } finally {
    await stack.stop();
    await rm(tempDir, { recursive: true, force: true });
  }
}

(process.argv.includes('--national')
  ? runNational(root, process.argv.slice(2))
  : process.argv.includes('--public')
    ? runPublic(root, process.argv.slice(2))
    : main()
).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
