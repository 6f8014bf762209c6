/**
 * `npm start`: the whole platform on this machine in one command.
 *
 * Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/postgres); without OIDC_ISSUER_URL
 * it starts the development identity provider. Then it builds (cached by Nx) and starts the API, serves the web
 * app, and prints the address and the demo logins. Ctrl-C stops everything, PostgreSQL last.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import {
  DEMO_PASSWORD,
  EmbeddedDatabase,
  isPortFree,
  issuerUrlFor,
  readDemoUsers,
  serveWebApp,
  ServiceProcess,
  StaticWeb,
  startApi,
  startEmbeddedPostgres,
  startIdp,
  workspaceRoot,
} from './src';

const root = workspaceRoot(__dirname);
const startedAt = Date.now();
const env = process.env;
const webPort = Number(env['WEB_PORT'] ?? 4200);
const apiPort = Number(env['API_PORT'] ?? 3000);
const idpPort = Number(env['IDP_PORT'] ?? 8080);
const pgPort = Number(env['EMBEDDED_PG_PORT'] ?? 54329);
const webOrigin = `http://localhost:${webPort}`;

const stoppers: (() => Promise<void>)[] = [];
let stopping = false;

function say(line: string): void {
  console.log(`[samarbeid] ${line}`);
}

function prefixed(name: string) {
  return (line: string) => console.log(`[${name}] ${line}`);
}

async function requireFreePorts(ports: Record<string, number>): Promise<void> {
  const busy: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    if (!(await isPortFree(port))) busy.push(`${name} ${port}`);
  }
  if (busy.length > 0) {
    throw new Error(
      `Port opptatt / port in use: ${busy.join(', ')}. Stopp det som bruker porten, eller velg en annen med ` +
        'WEB_PORT, API_PORT, IDP_PORT eller EMBEDDED_PG_PORT.',
    );
  }
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/nx'),
      ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
      {
        cwd: root,
        env: { ...env, NX_DAEMON: 'false', NX_TUI: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output: string[] = [];
    const keep = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Byggingen feilet / the build failed:\n${output.join('')}`)),
    );
  });
}

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Stopper … / stopping …');
    for (const stop of stoppers.reverse()) {
      await stop().catch((error: unknown) => console.error(error));
    }
    say('Alt er stoppet. / Everything stopped.');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const externalDatabase = env['DATABASE_URL'];
  const externalIssuer = env['OIDC_ISSUER_URL'];
  await requireFreePorts({
    web: webPort,
    api: apiPort,
    ...(externalIssuer ? {} : { idp: idpPort }),
    ...(externalDatabase ? {} : { postgres: pgPort }),
  });

  say('Bygger API og web (Nx hurtigbuffer gjør neste start rask) … / building API and web …');
  const built = build();

  let database: EmbeddedDatabase | null = null;
  if (!externalDatabase) {
    say(`Starter innebygd PostgreSQL på port ${pgPort} (data i .data/postgres) …`);
    database = await startEmbeddedPostgres({
      dataDir: join(root, '.data/postgres'),
      port: pgPort,
      database: 'samarbeid',
      persistent: true,
    });
    const db = database;
    stoppers.push(() => db.stop());
  }

  let idp: ServiceProcess | null = null;
  if (!externalIssuer) {
    say(`Starter utviklings-IdP på port ${idpPort} …`);
    idp = await startIdp({ root, port: idpPort, webOrigins: [webOrigin], onLine: prefixed('idp') });
    const started = idp;
    stoppers.push(() => started.stop());
  }
  const issuerUrl = externalIssuer ?? issuerUrlFor(idpPort);

  await built;
  say('Starter API …');
  const api = await startApi({
    root,
    port: apiPort,
    databaseUrl: externalDatabase ?? (database as EmbeddedDatabase).url,
    issuerUrl,
    webOrigins: [webOrigin],
    demoSeed: env['DEMO_SEED'] ? env['DEMO_SEED'] === 'true' : !externalDatabase,
    env: { LOG_LEVEL: env['LOG_LEVEL'] ?? 'warn' },
    onLine: prefixed('api'),
  });
  stoppers.push(() => api.stop());

  const issuer = new URL(issuerUrl);
  const web: StaticWeb = await serveWebApp({
    dir: join(root, 'dist/apps/web/browser'),
    port: webPort,
    config: {
      apiUrl: `http://localhost:${apiPort}/graphql`,
      auth: {
        url: issuer.origin,
        realm: decodeURIComponent(issuer.pathname.replace(/^\/realms\//, '').replace(/\/$/, '')),
        clientId: env['OIDC_WEB_CLIENT_ID'] ?? 'samarbeid-web',
      },
    },
  });
  stoppers.push(() => web.close());

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const users = idp ? await readDemoUsers(root) : [];
  const lines = [
    '',
    `Samarbeid kjører / is running (klar på ${seconds} s):`,
    '',
    `  Åpne / open:   ${web.url}`,
    `  GraphQL API:   http://localhost:${apiPort}/graphql   (helse: http://localhost:${apiPort}/health)`,
    `  Innlogging:    ${issuerUrl}`,
    '',
  ];
  if (users.length > 0) {
    lines.push(`  Demobrukere / demo users (passord / password: ${DEMO_PASSWORD}):`);
    for (const user of users) {
      const municipality = user.municipality ? `, kommune ${user.municipality}` : '';
      lines.push(`    ${user.username.padEnd(20)} ${user.name} – ${user.roles.join(', ')}${municipality}`);
    }
    lines.push('');
  }
  lines.push('  Ctrl-C stopper alt / stops everything.', '');
  console.log(lines.join('\n'));
}

main().catch(async (error: unknown) => {
  console.error(`[samarbeid] ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
});
