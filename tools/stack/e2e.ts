/**
 * `npm run e2e`: builds and starts the whole platform on free ports with a throw-away embedded PostgreSQL and
 * the development identity provider, runs the Playwright tests in Debian's Chromium against it, and stops
 * everything again. Exits with Playwright's exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { binPath, freePort, startFakeSsb, startStack, workspaceRoot } from './src';

const root = workspaceRoot(__dirname);
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function say(line: string): void {
  console.log(`[e2e] ${line}`);
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(
      `[e2e] Fant ikke Chromium på ${chromium}. Installer Debians pakke: apt-get update && apt-get install -y chromium\n` +
        `[e2e] Chromium was not found at ${chromium}. Install Debian's package: apt-get install -y chromium`,
    );
    return 1;
  }
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-e2e-'));
  // The API imports from a stand-in for SSB that answers with recorded responses: no outside network.
  const ssb = await startFakeSsb(root);
  const stack = await startStack({
    root,
    ports: {
      web: await freePort(),
      api: await freePort(),
      idp: await freePort(),
      postgres: await freePort(),
    },
    database: { dataDir: join(tempDir, 'pg'), persistent: false },
    demoSeed: true,
    apiLogLevel: 'warn',
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
          env: { ...process.env, E2E_BASE_URL: stack.webUrl, CHROMIUM_PATH: chromium },
        },
      );
      child.once('exit', (code) => resolve(code ?? 1));
    });
  } finally {
    await stack.stop();
    await ssb.close();
    await rm(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
