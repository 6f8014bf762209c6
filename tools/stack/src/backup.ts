import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

import pg from 'pg';

import { embeddedDatabaseUrl, startEmbeddedPostgres } from './embedded-postgres';
import { isPortFree } from './ports';
import { BATCH_MARKER, dumpSchema } from './sql-dump';

/**
 * `npm run backup` / `npm run restore -- <file>`: a backup of Samarbeid's database as a gzip-compressed SQL script
 * (see sql-dump.ts for why not pg_dump's custom format, and docs/operations.md for how to use both).
 */
export const BACKUP_FORMAT = '-- Samarbeid backup, format 1';
const END_MARKER = '-- samarbeid:end';
/** The API's connections name themselves so (see apps/api/src/app/data-source.ts and the readiness probe). */
const API_APPLICATION_NAME = 'samarbeid-api';

export interface BackupInfo {
  readonly createdAt: string;
  readonly database: string;
  readonly server: string;
  readonly migrations: string;
}

export interface BackupResult extends BackupInfo {
  readonly file: string;
  readonly tables: number;
  readonly rows: number;
}

/** `samarbeid-2026-12-07T10-15-30Z.sql.gz`: sortable, and no characters that trouble a file system. */
export function backupFileName(at: Date = new Date()): string {
  return `samarbeid-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-')}.sql.gz`;
}

/**
 * Writes a consistent backup of the database at `url` to `file` (through `<file>.partial`, renamed when complete,
 * so a failed run never leaves a file that looks like a backup).
 */
export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: url, application_name: 'samarbeid-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await mkdir(dirname(file), { recursive: true });
    const info = await describeDatabase(client);
    const gzip = createGzip();
    const out = createWriteStream(partial, { mode: 0o600 });
    gzip.pipe(out);
    const write = async (text: string): Promise<void> => {
      if (!gzip.write(text)) await once(gzip, 'drain');
    };
    let summary: { tables: number; rows: number };
    try {
      await write(
        [
          BACKUP_FORMAT,
          `-- created: ${info.createdAt}`,
          `-- database: ${info.database}`,
          `-- server: ${info.server}`,
          `-- migrations: ${info.migrations}`,
          `-- Restore: npm run restore -- <this file> --yes, or: gunzip -c <this file> | psql --single-transaction -v ON_ERROR_STOP=1 "$DATABASE_URL"`,
          '',
        ].join('\n'),
      );
      summary = await dumpSchema(client, write);
      await write(`${END_MARKER}\n`);
    } finally {
      gzip.end();
      await finished(out);
    }
    await rename(partial, file);
    return { file, ...info, ...summary };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function describeDatabase(client: pg.Client): Promise<BackupInfo> {
  const { rows } = await client.query<{ database: string; server: string; migrated: boolean }>(
    `SELECT current_database() AS database, current_setting('server_version') AS server,
            to_regclass('public.typeorm_migrations') IS NOT NULL AS migrated`,
  );
  let migrations = 'none';
  if (rows[0].migrated) {
    const last = await client.query<{ applied: number; name: string }>(
      'SELECT count(*) OVER ()::int AS applied, name FROM public.typeorm_migrations ORDER BY timestamp DESC LIMIT 1',
    );
    if (last.rows.length > 0) migrations = `${last.rows[0].applied}, the last ${last.rows[0].name}`;
  }
  return {
    createdAt: new Date().toISOString(),
    database: rows[0].database,
    server: `PostgreSQL ${rows[0].server}`,
    migrations,
  };
}

/** The header of a backup file; throws when the file is not one of ours. */
export async function readBackupInfo(file: string): Promise<BackupInfo> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const header: string[] = [];
  try {
    for await (const line of lines) {
      if (!line.startsWith('--')) break;
      header.push(line);
      if (header.length >= 10) break;
    }
  } catch {
    // Not gzip: reported below.
  } finally {
    lines.close();
  }
  if (header[0] !== BACKUP_FORMAT) throw notABackup(file);
  const field = (name: string): string =>
    header.find((line) => line.startsWith(`-- ${name}: `))?.slice(name.length + 5) ?? 'ukjent';
  return {
    createdAt: field('created'),
    database: field('database'),
    server: field('server'),
    migrations: field('migrations'),
  };
}

function notABackup(file: string): Error {
  return new Error(
    `${file} er ikke en sikkerhetskopi fra npm run backup. (En fil fra pg_dump -Fc gjenopprettes med pg_restore, se docs/operations.md.) ` +
      `/ ${file} is not a backup made by npm run backup.`,
  );
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreOptions {
  /** The caller has confirmed that the database's current content may be replaced. */
  readonly yes: boolean;
}

/**
 * Replaces everything in the database's `public` schema with the backup's content, in one transaction: if
 * anything fails (or the file is cut short), the database is left as it was. Refuses without `yes`, and while the
 * API is connected to the database (it would go on working against tables replaced under it).
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions,
): Promise<BackupInfo> {
  const info = await readBackupInfo(file);
  const client = new pg.Client({ connectionString: url, application_name: 'samarbeid-restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ database: string; api: number }>(
      `SELECT current_database() AS database,
              (SELECT count(*)::int FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE $1) AS api`,
      [`${API_APPLICATION_NAME}%`],
    );
    const { database, api } = rows[0];
    if (api > 0) {
      throw new RestoreRefusedError(
        `API-et er koblet til databasen ${database} (${api} tilkoblinger). Stopp det først (Ctrl-C i npm start), og prøv igjen. ` +
          `/ The API is connected to ${database}: stop it first.`,
      );
    }
    if (!options.yes) {
      throw new RestoreRefusedError(
        `Dette erstatter alt innhold i databasen ${database} med sikkerhetskopien fra ${info.createdAt} ` +
          `(${info.database}, migreringer: ${info.migrations}). Kjør igjen med --yes for å gjøre det. ` +
          `/ This replaces everything in ${database}; run again with --yes to do it.`,
      );
    }
    await client.query('BEGIN');
    try {
      const complete = await runScript(client, file);
      if (!complete) {
        throw new Error(
          `${file} er ufullstendig (avkortet?); databasen er ikke endret. / The backup is incomplete; nothing was changed.`,
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return info;
  } finally {
    await client.end();
  }
}

/** Sends the script batch by batch (see BATCH_MARKER); true when its end marker was reached. */
async function runScript(client: pg.Client, file: string): Promise<boolean> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let batch: string[] = [];
  let complete = false;
  const send = async (): Promise<void> => {
    const sql = batch.join('\n');
    batch = [];
    if (sql.trim() !== '') await client.query(sql);
  };
  for await (const line of lines) {
    if (line === BATCH_MARKER) {
      await send();
    } else if (line === END_MARKER) {
      await send();
      complete = true;
    } else {
      batch.push(line);
    }
  }
  await send();
  return complete;
}

export interface BackupCommandOptions {
  /** The repository root (where `.data/` lives). */
  readonly root: string;
  /** Where file names given on the command line are relative to (npm run: INIT_CWD); default: `root`. */
  readonly cwd?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly say: (line: string) => void;
}

interface Target {
  readonly url: string;
  readonly description: string;
  close(): Promise<void>;
}

/**
 * `backup [--out <file>]` and `restore <file> [--yes]` against DATABASE_URL, or else the embedded PostgreSQL of
 * `npm start` (`.data/postgres`, port EMBEDDED_PG_PORT or 54329): used while `npm start` runs, started for the
 * command otherwise. Returns the exit code.
 */
export async function runBackupCommand(
  argv: readonly string[],
  options: BackupCommandOptions,
): Promise<number> {
  const { say } = options;
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
  const positional = rest.filter((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--out');
  const outIndex = rest.indexOf('--out');
  if (command === 'backup') {
    const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
    const file = out
      ? resolve(options.cwd ?? options.root, out.endsWith('/') ? join(out, backupFileName()) : out)
      : join(options.root, '.data/backups', backupFileName());
    const target = await openTarget(options, false);
    try {
      say(`Tar sikkerhetskopi av ${target.description} … / backing up …`);
      const result = await backupDatabase(target.url, file);
      say(
        `Ferdig: ${result.file} (${result.tables} tabeller, ${result.rows} rader; migreringer: ${result.migrations}).`,
      );
      return 0;
    } finally {
      await target.close();
    }
  }
  if (command === 'restore' && positional.length === 1) {
    const file = resolve(options.cwd ?? options.root, positional[0]);
    if (!existsSync(file)) {
      say(`Fant ikke ${file}. / ${file} does not exist.`);
      return 1;
    }
    await readBackupInfo(file);
    const target = await openTarget(options, true);
    try {
      say(`Gjenoppretter ${target.description} fra ${file} …`);
      const info = await restoreDatabase(target.url, file, { yes: flags.has('--yes') });
      say(`Ferdig: databasen har innholdet fra ${info.createdAt} (migreringer: ${info.migrations}).`);
      return 0;
    } catch (error) {
      if (error instanceof RestoreRefusedError) {
        say(error.message);
        return 1;
      }
      throw error;
    } finally {
      await target.close();
    }
  }
  say('Bruk / usage: npm run backup [-- --out <fil>]   |   npm run restore -- <fil> [--yes]');
  return 2;
}

async function openTarget(options: BackupCommandOptions, forRestore: boolean): Promise<Target> {
  const configured = options.env['DATABASE_URL']?.trim();
  if (configured) {
    const url = new URL(configured);
    return {
      url: configured,
      description: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: async () => undefined,
    };
  }
  const port = Number(options.env['EMBEDDED_PG_PORT'] ?? 54329);
  const dataDir = join(options.root, '.data/postgres');
  const description = `den innebygde databasen (${dataDir}, port ${port})`;
  if (!(await isPortFree(port))) {
    // npm start is running: use its server (a restore then refuses while the API is connected).
    return { url: embeddedDatabaseUrl(port, 'samarbeid'), description, close: async () => undefined };
  }
  if (!forRestore && !existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(
      `Fant ingen innebygd database i ${dataDir}: start Samarbeid med npm start først, eller sett DATABASE_URL. ` +
        `/ No embedded database in ${dataDir}.`,
    );
  }
  options.say(`Starter innebygd PostgreSQL på port ${port} … / starting embedded PostgreSQL …`);
  const database = await startEmbeddedPostgres({ dataDir, port, database: 'samarbeid', persistent: true });
  return { url: database.url, description, close: () => database.stop() };
}
