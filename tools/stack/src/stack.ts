import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { WEB_CLIENT_ID } from '@samarbeid/shared/domain';

import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { freePort, isPortFree } from './ports';
import { ServiceProcess } from './service-process';
import { issuerUrlFor, startApi, startIdp } from './services';
import { serveWebApp } from './static-web';
import { runNx } from './workspace';

export interface StackOptions {
  readonly root: string;
  readonly ports: {
    readonly web: number;
    readonly api: number;
    readonly idp: number;
    readonly postgres: number;
  };
  /** Where the embedded PostgreSQL keeps its files; `persistent: false` deletes them on stop. */
  readonly database: { readonly dataDir: string; readonly persistent: boolean };
  /** A configured PostgreSQL instead of the embedded one. */
  readonly externalDatabaseUrl?: string;
  /** A configured issuer (Keycloak) instead of the development identity provider. */
  readonly externalIssuerUrl?: string;
  readonly demoSeed: boolean;
  readonly apiLogLevel: string;
  /** Where the API fetches from SSB (default: SSB's public APIs). */
  readonly ssb?: { readonly pxwebUrl: string; readonly klassUrl: string };
  readonly say: (line: string) => void;
  /**
   * The API bundle and the web build in dist/ are used as they are, without building (CI builds them for production
   * in its own step just before, so the browser tests run what ships).
   */
  readonly prebuilt?: boolean;
  readonly onServiceLine?: (service: string, line: string) => void;
}

export interface RunningStack {
  readonly webUrl: string;
  readonly apiUrl: string;
  readonly issuerUrl: string;
  readonly startedIdp: boolean;
  /** Stops everything that was started, in reverse order (PostgreSQL last). Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Brings the platform up: PostgreSQL (embedded unless configured), the identity provider (development IdP
 * unless configured), the API from its bundle and the web app from its build. Builds with Nx first (cached).
 * If any step fails, what already started is stopped again before the error is passed on.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { root, ports, say } = options;
  const stoppers: (() => Promise<void>)[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const stopOne of stoppers.reverse()) {
      await stopOne().catch((error: unknown) => console.error(error));
    }
  };
  const line = (service: string) => (text: string) => options.onServiceLine?.(service, text);

  try {
    await requireFreePorts({
      web: ports.web,
      api: ports.api,
      ...(options.externalIssuerUrl ? {} : { idp: ports.idp }),
      ...(options.externalDatabaseUrl ? {} : { postgres: ports.postgres }),
    });
    say(
      options.prebuilt
        ? 'Bruker API og web slik de ligger bygget i dist/ … / using the API and web as built in dist/ …'
        : 'Bygger API og web (Nx-hurtigbufferen gjør neste gang rask) … / building API and web …',
    );
    const built = options.prebuilt ? requireBuilt(root) : buildApps(root);
    built.catch(() => undefined);

    let databaseUrl = options.externalDatabaseUrl;
    if (!databaseUrl) {
      say(`Starter innebygd PostgreSQL på port ${ports.postgres} …`);
      const database: EmbeddedDatabase = await startEmbeddedPostgres({
        dataDir: options.database.dataDir,
        port: ports.postgres,
        database: 'samarbeid',
        persistent: options.database.persistent,
      });
      stoppers.push(() => database.stop());
      databaseUrl = database.url;
    }

    const webOrigin = `http://localhost:${ports.web}`;
    let idp: ServiceProcess | null = null;
    if (!options.externalIssuerUrl) {
      say(`Starter utviklings-IdP på port ${ports.idp} …`);
      idp = await startIdp({ root, port: ports.idp, webOrigins: [webOrigin], onLine: line('idp') });
      const started = idp;
      stoppers.push(() => started.stop());
    }
    const issuerUrl = options.externalIssuerUrl ?? issuerUrlFor(ports.idp);

    await built;
    say('Starter API … / starting the API …');
    const api = await startApi({
      root,
      port: ports.api,
      databaseUrl,
      issuerUrl,
      webOrigins: [webOrigin],
      demoSeed: options.demoSeed,
      env: {
        LOG_LEVEL: options.apiLogLevel,
        // Development tools (GraphQL clients, codegen against the running API) may read the schema here.
        GRAPHQL_INTROSPECTION: 'true',
        ...(options.ssb ? { SSB_PXWEB_URL: options.ssb.pxwebUrl, SSB_KLASS_URL: options.ssb.klassUrl } : {}),
      },
      onLine: line('api'),
    });
    stoppers.push(() => api.stop());

    const issuer = new URL(issuerUrl);
    const apiUrl = `http://localhost:${ports.api}/graphql`;
    const web = await serveWebApp({
      dir: join(root, 'dist/apps/web/browser'),
      port: ports.web,
      publicSiteOrigin: `http://127.0.0.1:${ports.api}`,
      config: {
        apiUrl,
        auth: {
          url: issuer.origin,
          realm: decodeURIComponent(issuer.pathname.replace(/^\/realms\//, '').replace(/\/$/, '')),
          clientId: process.env['OIDC_WEB_CLIENT_ID'] ?? WEB_CLIENT_ID,
        },
      },
    });
    stoppers.push(() => web.close());
    return { webUrl: web.url, apiUrl, issuerUrl, startedIdp: idp !== null, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The platform with the demo data on free ports and a throw-away embedded PostgreSQL under `tempDir`, deleted on stop
 * (what `npm run e2e`, `npm run lighthouse` and the bench run against). Returns the ports with the stack.
 */
export async function startThrowAwayStack(
  root: string,
  tempDir: string,
  options: Pick<StackOptions, 'say' | 'onServiceLine' | 'ssb' | 'prebuilt'> & {
    readonly apiLogLevel?: string;
  },
): Promise<RunningStack & { readonly ports: StackOptions['ports'] }> {
  const ports = {
    web: await freePort(),
    api: await freePort(),
    idp: await freePort(),
    postgres: await freePort(),
  };
  const stack = await startStack({
    ...options,
    root,
    ports,
    database: { dataDir: join(tempDir, 'pg'), persistent: false },
    demoSeed: true,
    apiLogLevel: options.apiLogLevel ?? 'warn',
  });
  return { ...stack, ports };
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

/** With `prebuilt`: the API bundle and the web app must be in dist/ already. */
async function requireBuilt(root: string): Promise<void> {
  const missing = ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html'].filter(
    (file) => !existsSync(join(root, file)),
  );
  if (missing.length > 0) {
    throw new Error(
      `Mangler bygget / not built: ${missing.join(', ')} (npx nx run-many -t build -p api web).`,
    );
  }
}

/** `nx run-many -t build -p api web`; on failure the error carries the build output. */
function buildApps(root: string): Promise<void> {
  return runNx(root, ['run-many', '-t', 'build', '-p', 'api', 'web'], 'Byggingen feilet / the build failed');
}
