import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';

import {
  BACKUP_FORMAT,
  backupDatabase,
  backupFileName,
  readBackupInfo,
  RestoreRefusedError,
  restoreDatabase,
  runBackupCommand,
} from './backup';
import { EmbeddedDatabase, embeddedDatabaseUrl, startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './ports';
import { UnsupportedSchemaError } from './sql-dump';

/** A schema with what Samarbeid's migrations use (uuid defaults, enums in text, FKs, partial and expression
 * indexes, a trigger function) and more that a faithful dump must keep (identity, serial, an enum type, a cycle of
 * foreign keys, a generated column, a view, comments, awkward values). */
const SCHEMA = `
  CREATE TYPE public.mood AS ENUM ('glad', 'lei seg', 'it''s "odd"');
  CREATE TABLE public.typeorm_migrations (id serial PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL);
  CREATE TABLE public.region (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE,
    leader_id integer,
    version integer NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE public.person (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_id uuid REFERENCES public.region (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (name <> ''),
    mood public.mood,
    tags text[] NOT NULL DEFAULT '{}',
    photo bytea,
    share numeric(12, 4),
    ratio double precision,
    born date,
    settings jsonb,
    note text COLLATE "C",
    name_length integer GENERATED ALWAYS AS (length(name)) STORED
  );
  ALTER TABLE public.region ADD CONSTRAINT region_leader FOREIGN KEY (leader_id) REFERENCES public.person (id);
  CREATE SEQUENCE public.ticket START WITH 100 INCREMENT BY 5;
  CREATE UNIQUE INDEX person_unique_name ON public.person (region_id, lower(name)) WHERE mood IS NOT NULL;
  CREATE INDEX person_tags ON public.person USING gin (tags);
  COMMENT ON TABLE public.person IS 'Folk i regionen';
  COMMENT ON COLUMN public.person.note IS 'Fritekst; kan være tom';
  CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
  END $$;
  CREATE TRIGGER region_version BEFORE UPDATE ON public.region FOR EACH ROW EXECUTE FUNCTION public.bump_version();
  CREATE VIEW public.person_region AS SELECT p.name, r.name AS region FROM public.person p JOIN public.region r ON r.id = p.region_id;
`;

const DATA = `
  INSERT INTO public.typeorm_migrations ("timestamp", name) VALUES (1795325095339, 'Foundation1795325095339');
  INSERT INTO public.region (id, name) VALUES ('8a1f6c52-3f43-4a8e-9d1b-1f0c8f7c2a11', 'Kongsbergregionen'),
                                               ('0b7d2f0e-5b6a-4c1d-8e9f-7a6b5c4d3e21', 'Vestfold');
  INSERT INTO public.person (region_id, name, mood, tags, photo, share, ratio, born, settings, note) VALUES
    ('8a1f6c52-3f43-4a8e-9d1b-1f0c8f7c2a11', 'Åse Ødegård', 'glad', '{a,"b c","d,e"}', '\\x00ff10', 33.3333,
     0.1, '1970-01-31', '{"a": [1, 2], "ø": "æ"}', E'to\\nlinjer\\r\\nog \\\\ backslash, ''sitat'', tab\\tslutt'),
    ('8a1f6c52-3f43-4a8e-9d1b-1f0c8f7c2a11', 'Per', 'it''s "odd"', '{}', NULL, NULL, 1e-300, NULL, 'null', E'-- samarbeid:batch'),
    ('0b7d2f0e-5b6a-4c1d-8e9f-7a6b5c4d3e21', 'Kari', NULL, '{}', '', 0, 'NaN', 'infinity', NULL, NULL);
  UPDATE public.region SET leader_id = (SELECT min(id) FROM public.person) WHERE name = 'Kongsbergregionen';
  INSERT INTO public.person (name) SELECT 'bulk ' || i FROM generate_series(1, 1500) AS i;
  SELECT nextval('public.ticket');
`;

/** Everything a restore must bring back: the catalog's view of the schema and every row. */
async function fingerprint(client: pg.Client): Promise<Record<string, unknown>> {
  const all = async <R extends pg.QueryResultRow = Record<string, unknown>>(sql: string): Promise<R[]> =>
    (await client.query<R>(sql)).rows;
  const tables = await all<{ relname: string }>(
    "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname",
  );
  const rows: Record<string, unknown> = {};
  for (const { relname } of tables) {
    rows[relname] = (
      await all(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash
                   FROM public.${relname} t`)
    )[0];
  }
  return {
    rows,
    columns:
      await all(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity,
                               identity_generation, is_generated, generation_expression, collation_name
                          FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    constraints: await all(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                              FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    indexes: await all("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"),
    triggers: await all(`SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger
                          WHERE NOT tgisinternal ORDER BY 1`),
    functions: await all(`SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc
                           WHERE pronamespace = 'public'::regnamespace ORDER BY 1`),
    enums: await all(
      'SELECT enumtypid::regtype::text AS type, enumlabel FROM pg_enum ORDER BY 1, enumsortorder',
    ),
    views: await all("SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1"),
    sequences: await all(`SELECT sequencename, data_type, start_value, increment_by, last_value
                            FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`),
    comments: await all(`SELECT objoid::regclass::text AS rel, objsubid, description FROM pg_description
                          WHERE classoid = 'pg_class'::regclass AND objoid IN
                            (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace) ORDER BY 1, 2`),
  };
}

describe('backup and restore', () => {
  let dir: string;
  let server: EmbeddedDatabase;
  let adminUrl: string;
  let count = 0;

  /** A database of its own for a test, with the schema and data above unless `empty`. */
  async function database(empty = false): Promise<{ url: string; client: pg.Client }> {
    const name = `backup_test_${++count}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    // A test that fails leaves its client open; the server's stop at the end must not fail the suite for it.
    client.on('error', () => undefined);
    await client.connect();
    if (!empty) await client.query(SCHEMA + DATA);
    return { url: url.toString(), client };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samarbeid-backup-'));
    server = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: await freePort(),
      database: 'postgres',
      persistent: false,
    });
    adminUrl = server.url;
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it('names backups by time, sortably and without colons', () => {
    expect(backupFileName(new Date('2026-12-07T10:15:30.123Z'))).toBe(
      'samarbeid-2026-12-07T10-15-30Z.sql.gz',
    );
  });

  it('brings back the same schema and data after the tables are dropped', async () => {
    const { url, client } = await database();
    try {
      const before = await fingerprint(client);
      const file = join(dir, 'roundtrip.sql.gz');
      const result = await backupDatabase(url, file);
      expect(result).toMatchObject({ tables: 3, rows: 1 + 2 + 1503 });
      expect(result.migrations).toBe('1, the last Foundation1795325095339');

      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      expect(
        (await client.query<{ t: string | null }>("SELECT to_regclass('public.person') AS t")).rows[0].t,
      ).toBeNull();

      const info = await restoreDatabase(url, file, { yes: true });
      expect(info.database).toBe(result.database);
      expect(await fingerprint(client)).toEqual(before);

      // It works as before, not only looks the same: sequences go on, constraints and triggers hold.
      expect((await client.query<{ n: number }>("SELECT nextval('public.ticket')::int AS n")).rows[0].n).toBe(
        105,
      );
      const added = await client.query(
        "INSERT INTO public.person (name) VALUES ('Ny') RETURNING id, name_length",
      );
      expect(added.rows[0]).toEqual({ id: 1504, name_length: 2 });
      await expect(client.query("INSERT INTO public.person (name) VALUES ('')")).rejects.toThrow(
        /check constraint/,
      );
      await expect(
        client.query("INSERT INTO public.person (name, region_id) VALUES ('X', gen_random_uuid())"),
      ).rejects.toThrow(/foreign key/);
      const bumped = await client.query<{ version: number }>(
        "UPDATE public.region SET name = 'Kongsberg' WHERE name = 'Kongsbergregionen' RETURNING version",
      );
      expect(bumped.rows[0].version).toBe(3);
    } finally {
      await client.end();
    }
  });

  it('restores into an empty database, and over one with other content', async () => {
    const source = await database();
    const file = join(dir, 'copy.sql.gz');
    await backupDatabase(source.url, file);
    const expected = await fingerprint(source.client);
    await source.client.end();

    const empty = await database(true);
    await restoreDatabase(empty.url, file, { yes: true });
    expect(await fingerprint(empty.client)).toEqual(expected);
    await empty.client.end();

    const other = await database(true);
    await other.client.query(
      "CREATE TABLE public.person (x int); CREATE TYPE public.mood AS ENUM ('x'); CREATE TABLE public.stray (y text)",
    );
    await restoreDatabase(other.url, file, { yes: true });
    expect(await fingerprint(other.client)).toEqual(expected);
    await other.client.end();
  });

  it('is a plain SQL script that psql can restore too', async () => {
    const source = await database();
    const file = join(dir, 'plain.sql.gz');
    await backupDatabase(source.url, file);
    const expected = await fingerprint(source.client);
    await source.client.end();
    const script = gunzipSync(await readFile(file)).toString('utf8');
    expect(script.startsWith(`${BACKUP_FORMAT}\n`)).toBe(true);
    expect(script.trimEnd().endsWith('-- samarbeid:end')).toBe(true);

    const psql = spawnSync('psql', ['--version']);
    if (psql.error) return; // no psql on this machine: the script's content is all this test can check
    const target = await database(true);
    const restored = spawnSync('psql', ['--single-transaction', '-v', 'ON_ERROR_STOP=1', '-q', target.url], {
      input: script,
      encoding: 'utf8',
    });
    expect(restored.stderr.split('\n').filter((line) => /ERROR|FATAL/.test(line))).toEqual([]);
    expect(restored.status).toBe(0);
    expect(await fingerprint(target.client)).toEqual(expected);
    await target.client.end();
  });

  it('asks for --yes, and refuses while the API is connected', async () => {
    const { url, client } = await database();
    const file = join(dir, 'guarded.sql.gz');
    await backupDatabase(url, file);
    await client.query("UPDATE public.region SET name = 'Endret' WHERE name = 'Vestfold'");
    await expect(restoreDatabase(url, file, { yes: false })).rejects.toThrow(
      /Dette erstatter alt innhold i databasen backup_test_\d+ .*Kjør igjen med --yes/,
    );
    const api = new pg.Client({ connectionString: url, application_name: 'samarbeid-api' });
    await api.connect();
    try {
      const refusal = restoreDatabase(url, file, { yes: true });
      await expect(refusal).rejects.toBeInstanceOf(RestoreRefusedError);
      await expect(refusal).rejects.toThrow(/API-et er koblet til databasen/);
    } finally {
      await api.end();
    }
    expect(
      (
        await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM public.region WHERE name = 'Endret'",
        )
      ).rows[0].n,
    ).toBe(1);
    await client.end();
  });

  it('leaves the database as it was when the file is cut short or is not a backup', async () => {
    const { url, client } = await database();
    const file = join(dir, 'whole.sql.gz');
    await backupDatabase(url, file);
    const before = await fingerprint(client);
    const script = gunzipSync(await readFile(file)).toString('utf8');
    const cut = join(dir, 'cut.sql.gz');
    await writeFile(
      cut,
      gzipSync(script.slice(0, Math.floor(script.length * 0.6)).replace(/\n[^\n]*$/, '\n')),
    );
    await expect(restoreDatabase(url, cut, { yes: true })).rejects.toThrow(
      /ufullstendig|syntax|unterminated/,
    );
    expect(await fingerprint(client)).toEqual(before);

    const foreign = join(dir, 'foreign.dump');
    await writeFile(foreign, 'PGDMP\u0001\u000e');
    await expect(readBackupInfo(foreign)).rejects.toThrow(/er ikke en sikkerhetskopi fra npm run backup/);
    await client.end();
  });

  it('refuses a schema it cannot reproduce rather than writing an incomplete backup', async () => {
    const { url, client } = await database(true);
    await client.query(
      'CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0); CREATE TABLE public.t (n public.positive)',
    );
    await client.end();
    const file = join(dir, 'refused.sql.gz');
    await expect(backupDatabase(url, file)).rejects.toBeInstanceOf(UnsupportedSchemaError);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('runs as npm run backup / restore against DATABASE_URL and against the embedded database', async () => {
    const root = join(dir, 'workspace');
    const lines: string[] = [];
    const say = (line: string): void => void lines.push(line);
    const source = await database();
    const expected = await fingerprint(source.client);
    await source.client.end();

    expect(await runBackupCommand(['backup'], { root, env: { DATABASE_URL: source.url }, say })).toBe(0);
    const [file] = await readdir(join(root, '.data/backups'));
    expect(file).toMatch(/^samarbeid-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sql\.gz$/);
    expect(lines.at(-1)).toMatch(/^Ferdig: .*\(3 tabeller, 1506 rader; migreringer: 1, the last Foundation/);

    // The embedded database of `npm start`, in <root>/.data/postgres: nothing to back up before it exists …
    const env = { EMBEDDED_PG_PORT: String(await freePort()) };
    await expect(runBackupCommand(['backup'], { root, env, say })).rejects.toThrow(
      /Fant ingen innebygd database/,
    );
    // … a restore creates it (a new machine), and asks first.
    const backup = join('.data/backups', file);
    expect(await runBackupCommand(['restore', backup], { root, env, say })).toBe(1);
    expect(lines.at(-1)).toMatch(/Kjør igjen med --yes/);
    expect(await runBackupCommand(['restore', backup, '--yes'], { root, env, say })).toBe(0);

    const embedded = await startEmbeddedPostgres({
      dataDir: join(root, '.data/postgres'),
      port: Number(env.EMBEDDED_PG_PORT),
      database: 'samarbeid',
      persistent: true,
    });
    try {
      const client = new pg.Client({
        connectionString: embeddedDatabaseUrl(Number(env.EMBEDDED_PG_PORT), 'samarbeid'),
      });
      await client.connect();
      expect(await fingerprint(client)).toEqual(expected);
      await client.end();
      // While it runs (as under npm start), the command uses the running server.
      expect(await runBackupCommand(['backup', '--out', 'out/'], { root, env, say })).toBe(0);
      expect(await readdir(join(root, 'out'))).toHaveLength(1);
    } finally {
      await embedded.stop();
    }
    expect(await runBackupCommand(['restore'], { root, env, say })).toBe(2);
  }, 60_000);
});
