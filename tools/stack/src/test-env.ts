/**
 * The services the API's integration tests need, in a child process of Jest's global setup: a throw-away
 * embedded PostgreSQL and the development identity provider on free ports. Prints one line
 * `TEST_ENV {json}` with their addresses, then runs until SIGTERM/SIGINT, when it stops both.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './ports';
import { issuerUrlFor, startIdp } from './services';
import { workspaceRoot } from './workspace';

async function main(): Promise<void> {
  const root = workspaceRoot(__dirname);
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-test-'));
  const [pgPort, idpPort] = [await freePort(), await freePort()];
  const database = await startEmbeddedPostgres({
    dataDir: join(tempDir, 'pg'),
    port: pgPort,
    database: 'samarbeid_test',
    persistent: false,
  });
  const idp = await startIdp({ root, port: idpPort, webOrigins: ['http://localhost:4200'] });
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await idp.stop();
    await database.stop();
    await rm(tempDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  const env = {
    TEST_DATABASE_URL: database.url,
    TEST_OIDC_ISSUER_URL: issuerUrlFor(idpPort),
  };
  console.log(`TEST_ENV ${JSON.stringify(env)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
