/**
 * `npm start`: the whole platform on this machine in one command.
 *
 * Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/postgres); without OIDC_ISSUER_URL
 * it starts the development identity provider. Then it builds (cached by Nx) and starts the API, serves the web
 * app, and prints the address and the demo logins. Ctrl-C stops everything, PostgreSQL last.
 */
import { join } from 'node:path';

import { DEMO_PASSWORD, readDemoUsers, RunningStack, startStack, workspaceRoot } from './src';

const root = workspaceRoot(__dirname);
const startedAt = Date.now();
const env = process.env;

function say(line: string): void {
  console.log(`[samarbeid] ${line}`);
}

let stack: RunningStack | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('Stopper … / stopping …');
    await stack?.stop();
    say('Alt er stoppet. / Everything has stopped.');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const externalDatabaseUrl = env['DATABASE_URL'] || undefined;
  stack = await startStack({
    root,
    ports: {
      web: Number(env['WEB_PORT'] ?? 4200),
      api: Number(env['API_PORT'] ?? 3000),
      idp: Number(env['IDP_PORT'] ?? 8080),
      postgres: Number(env['EMBEDDED_PG_PORT'] ?? 54329),
    },
    database: { dataDir: join(root, '.data/postgres'), persistent: true },
    externalDatabaseUrl,
    externalIssuerUrl: env['OIDC_ISSUER_URL'] || undefined,
    demoSeed: env['DEMO_SEED'] ? env['DEMO_SEED'] === 'true' : !externalDatabaseUrl,
    apiLogLevel: env['LOG_LEVEL'] ?? 'warn',
    say,
    onServiceLine: (service, line) => console.log(`[${service}] ${line}`),
  });

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const lines = [
    '',
    `Samarbeid kjører / is running (klar etter ${seconds} s):`,
    '',
    `  Åpne / open:   ${stack.webUrl}`,
    `  GraphQL API:   ${stack.apiUrl}   (helse / health: ${stack.apiUrl.replace('/graphql', '/health')})`,
    `  Innlogging:    ${stack.issuerUrl}`,
    `  Offentlig:     ${stack.webUrl}offentlig/kongsbergregionen   (uten innlogging / no sign-in)`,
    '',
  ];
  if (stack.startedIdp) {
    lines.push(`  Demobrukere / demo users (passord / password: ${DEMO_PASSWORD}):`);
    for (const user of await readDemoUsers(root)) {
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
  await shutdown(1);
});
