import type pg from 'pg';

import {
  type Column,
  listColumns,
  listSequences,
  listTables,
  namespaceOid,
  NOT_EXTENSION_MEMBER,
  refuseUnsupported,
  type SequenceRow,
  type Table,
} from './sql-dump-catalog';

export { UnsupportedSchemaError } from './sql-dump-catalog';

/**
 * A logical dump of one PostgreSQL schema as a plain SQL script, written with nothing but the `pg` driver: the
 * embedded PostgreSQL (18) ships no pg_dump, and the machine's pg_dump (Debian's 15) refuses a newer server.
 *
 * The script has pg_dump's shape, so that it restores into any PostgreSQL 13+ with `psql --single-transaction`
 * as well as with `restoreDatabase` (backup.ts): first everything in the schema is dropped (like `pg_restore
 * --clean --if-exists`), then types, functions, sequences, tables and views are created, the rows inserted, and
 * only then constraints, indexes, triggers and sequence positions added, so the order of the rows never matters
 * and triggers do not fire on them. Owners and privileges are left out (like `--no-owner --no-acl`): the restoring
 * user owns everything. Object kinds the dump cannot reproduce faithfully (partitions, inheritance, materialised
 * views, row security, rules, domains …) stop it with a message instead of a backup that silently lacks them.
 *
 * Every data value is one `E'…'` literal without a raw line break, so a line of the script that starts with
 * {@link BATCH_MARKER} is always a boundary between statements, where a restore may send what it has read so far.
 */
export const BATCH_MARKER = '-- samarbeid:batch';

/** Rows per INSERT statement, and roughly how much SQL a batch holds before a {@link BATCH_MARKER}. */
const ROWS_PER_INSERT = 200;
const BATCH_BYTES = 1 << 20;

type Write = (text: string) => Promise<void>;

/**
 * Writes the dump of `schema` (the whole of Samarbeid's data lives in `public`). Runs in one REPEATABLE READ,
 * READ ONLY transaction on `client`, so the dump is one consistent snapshot while the app keeps running.
 */
export async function dumpSchema(
  client: pg.Client,
  write: Write,
  schema = 'public',
): Promise<{ tables: number; rows: number }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  try {
    // Empty search_path: every name the catalog functions print comes out schema-qualified.
    await client.query("SELECT pg_catalog.set_config('search_path', '', true)");
    await client.query("SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex'");
    await client.query(
      "SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL intervalstyle = 'postgres'; SET LOCAL timezone = 'UTC'",
    );
    const ns = await namespaceOid(client, schema);
    await refuseUnsupported(client, ns);
    const q = ident(schema);
    const tables = await listTables(client, ns);
    for (const table of tables) {
      // Like pg_dump: no one may change a table's definition while it is being read.
      await client.query(`LOCK TABLE ${q}.${ident(table.name)} IN ACCESS SHARE MODE`);
    }

    await write(preamble());
    await write(cleanSchema(schema));
    await write(`${BATCH_MARKER}\n`);
    await writeExtensions(client, write);
    await writeEnums(client, ns, write);
    await writeFunctions(client, ns, write);
    const sequences = await listSequences(client, ns);
    for (const sequence of sequences.filter((s) => !s.identity)) {
      await write(`CREATE SEQUENCE ${q}.${ident(sequence.name)}${sequenceOptions(sequence)};\n`);
    }
    const columnsOf = new Map<number, Column[]>();
    for (const table of tables) {
      const columns = await listColumns(client, table.oid, sequences);
      columnsOf.set(table.oid, columns);
      await write(createTable(q, table, columns));
    }
    await writeViews(client, ns, q, write);
    await write(`${BATCH_MARKER}\n`);

    let rows = 0;
    for (const table of tables) {
      rows += await writeRows(client, q, table, columnsOf.get(table.oid) ?? [], write);
    }

    await writeConstraints(client, ns, write);
    await writeIndexes(client, ns, write);
    await writeTriggers(client, ns, write);
    await writeSequenceOwnership(client, ns, write);
    for (const sequence of sequences) {
      const name = `${q}.${ident(sequence.name)}`;
      const { rows: position } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${name}`,
      );
      const { last_value, is_called } = position[0];
      await write(`SELECT pg_catalog.setval(${literal(name)}, ${last_value}, ${is_called});\n`);
    }
    await client.query('COMMIT');
    return { tables: tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A value as a SQL string literal with no raw line break in it. */
export function literal(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "''")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `E'${escaped}'`;
}

/** A name as a SQL identifier, always quoted. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function preamble(): string {
  return [
    "SET client_encoding = 'UTF8';",
    'SET standard_conforming_strings = on;',
    "SET datestyle = 'ISO, YMD';",
    "SET intervalstyle = 'postgres';",
    'SET check_function_bodies = false;',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    '',
  ].join('\n');
}

/** Drops everything in the schema that no extension owns, as `pg_restore --clean --if-exists` would. */
function cleanSchema(schema: string): string {
  const ns = `${literal(schema)}::regnamespace`;
  const own = (oid: string, catalog: string): string => NOT_EXTENSION_MEMBER(oid, catalog);
  return `DO $samarbeid$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
           WHERE c.relnamespace = ${ns} AND c.relkind IN ('v', 'm', 'r', 'p', 'f', 'S') AND ${own('c.oid', 'pg_class')}
           ORDER BY c.relkind = 'S'
  LOOP
    EXECUTE format('DROP %s IF EXISTS %I.%I CASCADE',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                     WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, ${literal(schema)}, r.relname);
  END LOOP;
  FOR r IN SELECT p.proname, p.prokind, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args
           FROM pg_catalog.pg_proc p WHERE p.pronamespace = ${ns} AND ${own('p.oid', 'pg_proc')}
  LOOP
    EXECUTE format('DROP %s IF EXISTS %I.%I(%s) CASCADE',
      CASE r.prokind WHEN 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END, ${literal(schema)}, r.proname, r.args);
  END LOOP;
  FOR r IN SELECT t.typname, t.typtype FROM pg_catalog.pg_type t
           LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
           WHERE t.typnamespace = ${ns} AND t.typtype IN ('e', 'd', 'r', 'm', 'c') AND coalesce(c.relkind, 'c') = 'c'
             AND ${own('t.oid', 'pg_type')}
  LOOP
    EXECUTE format('DROP %s IF EXISTS %I.%I CASCADE',
      CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, ${literal(schema)}, r.typname);
  END LOOP;
END
$samarbeid$;
`;
}

function sequenceOptions(s: SequenceRow): string {
  // An identity column's sequence takes the column's type: naming it again is an error.
  return (
    `${s.identity ? '' : ` AS ${s.type}`} START WITH ${s.start} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max}` +
    ` CACHE ${s.cache}${s.cycle ? ' CYCLE' : ' NO CYCLE'}`
  );
}

function createTable(q: string, table: Table, columns: readonly Column[]): string {
  const lines = columns.map((c) => {
    let line = `  ${ident(c.name)} ${c.type}`;
    if (c.collation) line += ` COLLATE ${c.collation}`;
    if (c.generated) {
      line += ` GENERATED ALWAYS AS (${c.defaultExpr}) ${c.generated === 's' ? 'STORED' : 'VIRTUAL'}`;
    } else if (c.defaultExpr !== null) {
      line += ` DEFAULT ${c.defaultExpr}`;
    }
    if (c.identity) {
      const sequence = c.identitySequence;
      const options = sequence
        ? ` (SEQUENCE NAME ${q}.${ident(sequence.name)}${sequenceOptions(sequence)})`
        : '';
      line += ` GENERATED ${c.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options}`;
    }
    if (c.notNull) line += ' NOT NULL';
    return line;
  });
  const name = `${q}.${ident(table.name)}`;
  let sql = `CREATE ${table.unlogged ? 'UNLOGGED ' : ''}TABLE ${name} (\n${lines.join(',\n')}\n);\n`;
  if (table.comment !== null) sql += `COMMENT ON TABLE ${name} IS ${literal(table.comment)};\n`;
  for (const c of columns) {
    if (c.comment !== null) sql += `COMMENT ON COLUMN ${name}.${ident(c.name)} IS ${literal(c.comment)};\n`;
  }
  return sql;
}

async function writeExtensions(client: pg.Client, write: Write): Promise<void> {
  const { rows } = await client.query<{ name: string; schema: string }>(
    `SELECT e.extname AS name, n.nspname AS schema FROM pg_catalog.pg_extension e
       JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid`,
  );
  for (const row of rows) {
    await write(`CREATE EXTENSION IF NOT EXISTS ${ident(row.name)} WITH SCHEMA ${ident(row.schema)};\n`);
  }
}

async function writeEnums(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ name: string; labels: string[] }>(
    `SELECT format('%I.%I', n.nspname, t.typname) AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
      WHERE t.typnamespace = $1 AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')}
      GROUP BY t.oid, n.nspname, t.typname ORDER BY t.oid`,
    [ns],
  );
  for (const row of rows) {
    await write(`CREATE TYPE ${row.name} AS ENUM (${row.labels.map(literal).join(', ')});\n`);
  }
}

async function writeFunctions(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ definition: string }>(
    `SELECT pg_catalog.pg_get_functiondef(p.oid) AS definition FROM pg_catalog.pg_proc p
      WHERE p.pronamespace = $1 AND p.prokind IN ('f', 'p') AND ${NOT_EXTENSION_MEMBER('p.oid', 'pg_proc')}
      ORDER BY p.oid`,
    [ns],
  );
  for (const row of rows) await write(`${row.definition.trimEnd()};\n`);
}

async function writeViews(client: pg.Client, ns: number, q: string, write: Write): Promise<void> {
  const { rows } = await client.query<{ name: string; definition: string; options: string[] | null }>(
    `SELECT c.relname AS name, pg_catalog.pg_get_viewdef(c.oid) AS definition, c.reloptions AS options
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = $1 AND c.relkind = 'v' AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
      ORDER BY c.oid`,
    [ns],
  );
  for (const row of rows) {
    const options = row.options?.length ? ` WITH (${row.options.join(', ')})` : '';
    await write(
      `CREATE VIEW ${q}.${ident(row.name)}${options} AS\n${row.definition.trim().replace(/;$/, '')};\n`,
    );
  }
}

async function writeRows(
  client: pg.Client,
  q: string,
  table: Table,
  columns: readonly Column[],
  write: Write,
): Promise<number> {
  const stored = columns.filter((c) => !c.generated);
  const name = `${q}.${ident(table.name)}`;
  const select = stored.length > 0 ? stored.map((c) => `${ident(c.name)}::text`).join(', ') : 'NULL';
  const head =
    stored.length > 0
      ? `INSERT INTO ${name} (${stored.map((c) => ident(c.name)).join(', ')})` +
        `${stored.some((c) => c.identity === 'a') ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES\n`
      : '';
  await client.query(`DECLARE samarbeid_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ONLY ${name}`);
  let count = 0;
  let batchBytes = 0;
  try {
    for (;;) {
      // Every stored column is selected as text: a value is its text or NULL.
      const { rows } = await client.query<(string | null)[]>({
        text: `FETCH ${ROWS_PER_INSERT} FROM samarbeid_rows`,
        rowMode: 'array',
      });
      if (rows.length === 0) break;
      count += rows.length;
      const sql =
        stored.length === 0
          ? rows.map(() => `INSERT INTO ${name} DEFAULT VALUES;\n`).join('')
          : `${head}${rows
              .map((row) => `(${row.map((value) => (value === null ? 'NULL' : literal(value))).join(', ')})`)
              .join(',\n')};\n`;
      await write(sql);
      batchBytes += sql.length;
      if (batchBytes >= BATCH_BYTES) {
        await write(`${BATCH_MARKER}\n`);
        batchBytes = 0;
      }
    }
  } finally {
    await client.query('CLOSE samarbeid_rows');
  }
  if (batchBytes > 0) await write(`${BATCH_MARKER}\n`);
  return count;
}

async function writeConstraints(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ tbl: string; name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS tbl, con.conname AS name,
            pg_catalog.pg_get_constraintdef(con.oid) AS definition
       FROM pg_catalog.pg_constraint con
       JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relnamespace = $1 AND c.relkind = 'r' AND con.contype IN ('p', 'u', 'x', 'c', 'f') AND con.conislocal
      ORDER BY CASE con.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 2 WHEN 'c' THEN 3 ELSE 4 END, con.oid`,
    [ns],
  );
  for (const row of rows) {
    await write(`ALTER TABLE ONLY ${row.tbl} ADD CONSTRAINT ${ident(row.name)} ${row.definition};\n`);
  }
}

async function writeIndexes(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ definition: string }>(
    `SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
      WHERE c.relnamespace = $1 AND c.relkind = 'r'
        AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                         WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
      ORDER BY i.indexrelid`,
    [ns],
  );
  for (const row of rows) await write(`${row.definition};\n`);
}

async function writeTriggers(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ definition: string; tbl: string; name: string; enabled: string }>(
    `SELECT pg_catalog.pg_get_triggerdef(t.oid) AS definition, format('%I.%I', n.nspname, c.relname) AS tbl,
            t.tgname AS name, t.tgenabled AS enabled
       FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relnamespace = $1 AND NOT t.tgisinternal
      ORDER BY t.oid`,
    [ns],
  );
  for (const row of rows) {
    await write(`${row.definition};\n`);
    if (row.enabled === 'D') await write(`ALTER TABLE ${row.tbl} DISABLE TRIGGER ${ident(row.name)};\n`);
  }
}

async function writeSequenceOwnership(client: pg.Client, ns: number, write: Write): Promise<void> {
  const { rows } = await client.query<{ sequence: string; owner: string }>(
    `SELECT format('%I.%I', n.nspname, s.relname) AS sequence,
            format('%I.%I.%I', tn.nspname, t.relname, a.attname) AS owner
       FROM pg_catalog.pg_class s
       JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
       JOIN pg_catalog.pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype = 'a'
                                  AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
       JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
       JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
       JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relnamespace = $1 AND s.relkind = 'S'
      ORDER BY s.oid`,
    [ns],
  );
  for (const row of rows) await write(`ALTER SEQUENCE ${row.sequence} OWNED BY ${row.owner};\n`);
}
