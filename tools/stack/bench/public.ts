/**
 * `npm run bench -- --public`: the public region page (`/offentlig/kongsbergregionen`, decisions/0017) read by 200
 * anonymous readers at once, each loading it 5 times without a cached copy (no If-None-Match: the worst case; a
 * browser would revalidate and get 304). Target (issue 17): p95 < 300 ms.
 *
 * The API runs from its bundle on a fresh embedded PostgreSQL with the demo data (which publishes five sections).
 * The rate limit stays on, counted in PostgreSQL as in production: each reader comes from its own address, given in
 * X-Forwarded-For as the proxy in front of the API does (TRUST_PROXY=loopback). `--one-address` sends them all from
 * 127.0.0.1 instead (every request then updates the same counter row: a worst case no real audience produces).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ServiceProcess } from '../src';
import { freePort, issuerUrlFor, startEmbeddedPostgres, startIdp, startService } from '../src';

const READERS = 200;
const EACH = 5;
const PATH = '/offentlig/kongsbergregionen';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function runPublic(root: string, argv: readonly string[]): Promise<void> {
  const readers = Number(argv.find((arg) => arg.startsWith('--readers='))?.slice(10) ?? READERS);
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-public-'));
  const ports = { postgres: await freePort(), idp: await freePort(), api: await freePort() };
  const database = await startEmbeddedPostgres({
    dataDir: join(tempDir, 'pg'),
    port: ports.postgres,
    database: 'samarbeid',
    persistent: false,
  });
  const started: ServiceProcess[] = [];
  try {
    started.push(await startIdp({ root, port: ports.idp, webOrigins: ['http://localhost:1'] }));
    started.push(
      await startService({
        name: 'api',
        command: process.execPath,
        args: [join(root, 'dist/apps/api/main.js')],
        cwd: root,
        env: {
          NODE_NO_WARNINGS: '1',
          PORT: String(ports.api),
          DATABASE_URL: database.url,
          OIDC_ISSUER_URL: issuerUrlFor(ports.idp),
          WEB_ORIGIN: 'http://localhost:1',
          DEMO_SEED: 'true',
          LOG_LEVEL: 'warn',
          RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
          TRUST_PROXY: 'loopback',
        },
        readyMarker: 'API_READY',
        timeoutMs: 120_000,
      }),
    );
    const url = `http://127.0.0.1:${ports.api}${PATH}`;
    const oneAddress = argv.includes('--one-address');
    const read = async (reader = 0): Promise<number> => {
      const begun = performance.now();
      const address = `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`;
      const response = await fetch(url, {
        headers: { 'accept-encoding': 'gzip, br', ...(oneAddress ? {} : { 'x-forwarded-for': address }) },
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes('<h1>'))
        throw new Error(`${response.status} for ${PATH}`);
      return performance.now() - begun;
    };
    for (let i = 0; i < 5; i++) await read();
    const load = loadavg()[0];
    const times: number[] = [];
    const begun = performance.now();
    await Promise.all(
      Array.from({ length: readers }, async (_, reader) => {
        for (let i = 0; i < EACH; i++) times.push(await read(reader + 1));
      }),
    );
    const seconds = (performance.now() - begun) / 1000;
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      [
        `public region page ${PATH}, ${readers} concurrent anonymous readers × ${EACH} loads (${times.length} requests, ${oneAddress ? 'all from one address' : 'one address each'}):`,
        `  p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])} (target p95 < 300 ms)`,
        `  ${(times.length / seconds).toFixed(0)} requests/s; load average before the run ${load.toFixed(2)} on ${cpus().length} cores`,
      ].join('\n'),
    );
  } finally {
    for (const service of started.reverse()) await service.stop();
    await database.stop();
    await rm(tempDir, { recursive: true, force: true });
  }
}
