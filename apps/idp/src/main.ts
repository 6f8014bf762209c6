import { fileURLToPath } from 'node:url';

import { DEFAULT_LOCKOUT, type LockoutOptions } from './lockout';
import { startIdentityProvider } from './server';

/**
 * The development OpenID Connect provider: Keycloak's URL layout, the realm from docker/keycloak,
 * a Norwegian login page. Prints `IDP_READY <issuer>` once it listens.
 */
const REFUSE_PRODUCTION =
  'idp: Utviklings-IdP-en kjører ikke med NODE_ENV=production. Bruk Keycloak (docker/docker-compose.yml). ' +
  '/ The development identity provider refuses to run with NODE_ENV=production; use Keycloak.';

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  if (env['NODE_ENV'] === 'production') {
    console.error(REFUSE_PRODUCTION);
    process.exit(1);
  }
  const port = Number(env['IDP_PORT'] ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`IDP_PORT must be a port number (got "${env['IDP_PORT']}")`);
  }
  const lockout = lockoutFrom(env);
  const idp = await startIdentityProvider({
    host: env['IDP_HOST'] || '127.0.0.1',
    port,
    publicUrl: env['IDP_PUBLIC_URL'] || undefined,
    webOrigins: (env['IDP_WEB_ORIGINS'] || 'http://localhost:4200')
      .split(',')
      .filter((origin) => origin.trim()),
    realmDir: env['IDP_REALM_DIR'] || fileURLToPath(new URL('../../../docker/keycloak', import.meta.url)),
    lockout,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.error(`idp: ${signal}, stopping`);
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`IDP_READY ${idp.issuer}\n`);
}

/** IDP_LOCKOUT_FAILURES (wrong passwords that lock a username, 0 = off) and IDP_LOCKOUT_SECONDS. */
function lockoutFrom(env: NodeJS.ProcessEnv): LockoutOptions {
  const failures = env['IDP_LOCKOUT_FAILURES'] || String(DEFAULT_LOCKOUT.maxFailures);
  const seconds = env['IDP_LOCKOUT_SECONDS'] || String(DEFAULT_LOCKOUT.lockSeconds);
  if (!/^\d+$/.test(failures)) {
    throw new Error(
      `IDP_LOCKOUT_FAILURES must be a whole number, 0 to turn the lockout off (got "${failures}")`,
    );
  }
  if (!/^\d+$/.test(seconds) || Number(seconds) < 1) {
    throw new Error(`IDP_LOCKOUT_SECONDS must be a whole number of seconds, at least 1 (got "${seconds}")`);
  }
  return { maxFailures: Number(failures), lockSeconds: Number(seconds) };
}

main(process.env).catch((error: unknown) => {
  console.error('idp: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
