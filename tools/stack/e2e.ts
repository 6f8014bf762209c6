/**
 * `npm run e2e`: builds and starts the whole platform on free ports with a throw-away embedded PostgreSQL and
 * the development identity provider, runs the Playwright journeys in Debian's Chromium against it, in a shuffled
 * order, and stops everything again. Exits with Playwright's exit code.
 *
 * The journeys (apps/e2e/src/*.e2e.ts) each create what they need, so they pass in any order. To keep them so,
 * every run takes them in another order: a seeded shuffle, the seed printed before and after the run, and the same
 * order again with `E2E_SEED=<seed> npm run e2e`. Playwright runs the files of its test folder in name order, and
 * file arguments only filter, so the order is made with one small file per journey in a folder of the run,
 * "01-<journey>.e2e.ts" importing the journey, which the Playwright configuration takes as its test folder
 * (E2E_ORDER_DIR). Arguments after `--` still go to Playwright (e.g. a journey's name to run only that one).
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { binPath, startFakeSsb, startThrowAwayStack, workspaceRoot } from './src';

const root = workspaceRoot(__dirname);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function say(line: string): void {
  console.log(`[e2e] ${line}`);
}

/** mulberry32: a small seeded pseudo-random generator, enough to shuffle a list the same way again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator: the same seed gives the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** E2E_SEED when given (a whole number), else a new one. */
function seedOfRun(): number {
  const given = process.env['E2E_SEED']?.trim();
  if (!given) return randomInt(1, 2 ** 31);
  if (!/^\d{1,10}$/.test(given) || Number(given) >= 2 ** 32) {
    throw new Error(`E2E_SEED must be a whole number below 4294967296 (got "${given}").`);
  }
  return Number(given);
}

/**
 * Writes one file per journey, in the shuffled order, to `dir`: "01-portfolio-viewer.e2e.ts" imports
 * apps/e2e/src/portfolio-viewer.e2e.ts. Returns the journeys' names in that order.
 */
async function writeJourneyOrder(dir: string, seed: number): Promise<string[]> {
  const source = join(root, 'apps/e2e/src');
  const journeys = (await readdir(source)).filter((name) => name.endsWith('.e2e.ts')).sort();
  const order = shuffled(journeys, seed);
  await mkdir(dir, { recursive: true });
  const width = String(order.length).length;
  for (const [index, journey] of order.entries()) {
    const position = String(index + 1).padStart(width, '0');
    await writeFile(
      join(dir, `${position}-${journey}`),
      `// Journey ${index + 1} of ${order.length} with seed ${seed} (written by tools/stack/e2e.ts).\n` +
        `import ${JSON.stringify(join(source, journey.replace(/\.ts$/, '')))};\n`,
    );
  }
  return order.map((journey) => journey.replace(/\.e2e\.ts$/, ''));
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(
      `[e2e] Fant ikke Chromium på ${chromium}. Installer Debians pakke: apt-get update && apt-get install -y chromium\n` +
        `[e2e] Chromium was not found at ${chromium}. Install Debian's package: apt-get install -y chromium`,
    );
    return 1;
  }
  const seed = seedOfRun();
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-e2e-'));
  try {
    const orderDir = join(tempDir, 'journeys');
    const order = await writeJourneyOrder(orderDir, seed);
    say(`Rekkefølge / order (E2E_SEED=${seed}): ${order.join(', ')}`);
    const code = await runJourneys(tempDir, orderDir);
    say(
      `${code === 0 ? 'Bestått' : 'Feilet'} med rekkefølgen / ${code === 0 ? 'passed' : 'failed'} in the order of ` +
        `E2E_SEED=${seed} (samme rekkefølge igjen / the same order again: E2E_SEED=${seed} npm run e2e)`,
    );
    return code;
  } finally {
    // Also when the stack did not start (a failed build): nothing of the run is left in the temporary folder.
    await rm(tempDir, { recursive: true, force: true });
  }
}

/** Starts the stack (its database in `tempDir`), runs Playwright on the journeys in `orderDir`, stops the stack. */
async function runJourneys(tempDir: string, orderDir: string): Promise<number> {
  // The API imports from a stand-in for SSB that answers with recorded responses: no outside network.
  const ssb = await startFakeSsb(root);
  try {
    const stack = await startThrowAwayStack(root, tempDir, {
      // E2E_PREBUILT=1: test the builds already in dist/ (CI's production builds) instead of building again.
      prebuilt: process.env['E2E_PREBUILT'] === '1',
      ssb,
      say,
      onServiceLine: (service, line) => {
        if (process.env['E2E_VERBOSE']) console.log(`[${service}] ${line}`);
      },
    });
    try {
      say(`Kjører nettlesertestene mot ${stack.webUrl} …`);
      return await new Promise<number>((resolve) => {
        const child = spawn(
          binPath(root, 'playwright'),
          ['test', '-c', 'apps/e2e/playwright.config.ts', ...process.argv.slice(2)],
          {
            cwd: root,
            stdio: 'inherit',
            env: {
              ...process.env,
              E2E_BASE_URL: stack.webUrl,
              E2E_API_URL: stack.apiUrl,
              E2E_ISSUER_URL: stack.issuerUrl,
              E2E_ORDER_DIR: orderDir,
              CHROMIUM_PATH: chromium,
            },
          },
        );
        child.once('exit', (code) => resolve(code ?? 1));
      });
    } finally {
      await stack.stop();
    }
  } finally {
    await ssb.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
