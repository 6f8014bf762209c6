// Jest global setup for the API's integration tests: starts tools/stack/src/test-env.ts (embedded PostgreSQL +
// the development identity provider) in a child process and hands their addresses to the test workers
// through environment variables. Plain JavaScript: Jest loads this file before any transform is set up.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL && process.env.TEST_OIDC_ISSUER_URL) return;
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools/stack/src/test-env.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  globalThis.__SAMARBEID_TEST_ENV__ = child;
  const output = [];
  const env = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`test services did not start:\n${output.join('\n')}`)),
      90_000,
    );
    const onLine = (line) => {
      output.push(line);
      if (line.startsWith('TEST_ENV ')) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice('TEST_ENV '.length)));
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test services exited (${code}):\n${output.join('\n')}`));
    });
  });
  Object.assign(process.env, env);
}
