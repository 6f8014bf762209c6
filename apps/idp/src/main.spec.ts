import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';

const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs main.ts as `nx run idp:serve` does; `whenReady` is called after the IDP_READY line. */
function runMain(
  env: Record<string, string>,
  whenReady?: (stdout: string, stop: () => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--tsconfig', 'apps/idp/tsconfig.app.json', 'apps/idp/src/main.ts'], {
      cwd: workspaceRoot,
      env: { ...process.env, NODE_ENV: 'development', IDP_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (whenReady && stdout.includes('\n')) {
        const ready = whenReady;
        whenReady = undefined;
        ready(stdout, () => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('main', () => {
  it('refuses to start with NODE_ENV=production', async () => {
    const run = await runMain({ NODE_ENV: 'production' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refuses to run with NODE_ENV=production');
    expect(run.stdout).toBe('');
  });

  it.each([
    [{ IDP_LOCKOUT_FAILURES: 'many' }, 'IDP_LOCKOUT_FAILURES must be a whole number'],
    [{ IDP_LOCKOUT_SECONDS: '0' }, 'IDP_LOCKOUT_SECONDS must be a whole number of seconds, at least 1'],
  ])('refuses a bad lockout setting %p with a sentence', async (env, message) => {
    const run = await runMain(env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it('prints exactly one IDP_READY line, serves the realm and stops cleanly on SIGTERM', async () => {
    let discovered: unknown;
    const run = await runMain({ IDP_WEB_ORIGINS: 'http://localhost:4200' }, (stdout, stop) => {
      const issuer = stdout.trim().replace(/^IDP_READY /, '');
      const port = new URL(issuer).port;
      void fetch(`http://127.0.0.1:${port}/realms/samarbeid/.well-known/openid-configuration`)
        .then((response) => response.json())
        .then((body: unknown) => (discovered = body))
        .catch(() => undefined)
        .finally(stop);
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^IDP_READY http:\/\/localhost:\d+\/realms\/samarbeid$/);
    expect(discovered).toMatchObject({ issuer: lines[0]?.slice('IDP_READY '.length) });
  });
});
