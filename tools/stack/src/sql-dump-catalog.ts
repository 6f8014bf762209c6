import type pg from 'pg';

/**
 * What sql-dump.ts reads from PostgreSQL's catalogue: the schema's tables, columns and sequences, and a refusal
 * for object kinds the dump cannot reproduce faithfully.
 */

export class UnsupportedSchemaError extends Error {
  constructor(readonly objects: readonly string[]) {
    super(
      `Sikkerhetskopien kan ikke gjengi ${objects.join(', ')}. Bruk pg_dump -Fc for denne databasen (se docs/operations.md). ` +
        `/ The backup cannot reproduce ${objects.join(', ')}; use pg_dump -Fc for this database.`,
    );
    this.name = 'UnsupportedSchemaError';
  }
}

export interface Column {
  readonly name: string;
  readonly type: string;
  readonly notNull: boolean;
  readonly defaultExpr: string | null;
  readonly identity: '' | 'a' | 'd';
  readonly generated: '' | 's' | 'v';
  readonly collation: string | null;
  readonly comment: string | null;
  readonly identitySequence: SequenceRow | null;
}

export interface SequenceRow {
  readonly oid: number;
  readonly name: string;
  readonly type: string;
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
  readonly identity: boolean;
}

export interface Table {
  readonly oid: number;
  readonly name: string;
  readonly unlogged: boolean;
  readonly comment: string | null;
}

export const NOT_EXTENSION_MEMBER = (oid: string, catalog: string): string =>
  `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

export async function namespaceOid(client: pg.Client, schema: string): Promise<number> {
  const { rows } = await client.query<{ oid: number }>(
    'SELECT oid::int FROM pg_catalog.pg_namespace WHERE nspname = $1',
    [schema],
  );
  if (rows.length === 0)
    throw new Error(`Skjemaet ${schema} finnes ikke. / The schema ${schema} does not exist.`);
  return rows[0].oid;
}

export async function refuseUnsupported(client: pg.Client, ns: number): Promise<void> {
  const { rows } = await client.query<{ what: string }>(
    `SELECT format('%s %s', CASE c.relkind WHEN 'm' THEN 'materialised view' WHEN 'p' THEN 'partitioned table'
                       WHEN 'f' THEN 'foreign table' WHEN 'c' THEN 'composite type' ELSE 'relation' END, c.relname) AS what
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = $1 AND c.relkind IN ('m', 'p', 'f', 'c', 'I') AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
     UNION ALL
     SELECT format('inherited table %s', c.relname) FROM pg_catalog.pg_inherits i
       JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE c.relnamespace = $1
     UNION ALL
     SELECT format('row security on %s', c.relname) FROM pg_catalog.pg_class c
      WHERE c.relnamespace = $1 AND (c.relrowsecurity OR EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid))
     UNION ALL
     SELECT format('rule %s on %s', r.rulename, c.relname) FROM pg_catalog.pg_rewrite r
       JOIN pg_catalog.pg_class c ON c.oid = r.ev_class WHERE c.relnamespace = $1 AND r.rulename <> '_RETURN'
     UNION ALL
     SELECT format('%s %s', CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type' ELSE 'multirange type' END, t.typname)
       FROM pg_catalog.pg_type t
      WHERE t.typnamespace = $1 AND t.typtype IN ('d', 'r', 'm') AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')}
     UNION ALL
     SELECT format('aggregate or window function %s', p.proname) FROM pg_catalog.pg_proc p
      WHERE p.pronamespace = $1 AND p.prokind IN ('a', 'w') AND ${NOT_EXTENSION_MEMBER('p.oid', 'pg_proc')}`,
    [ns],
  );
  if (rows.length > 0) throw new UnsupportedSchemaError(rows.map((row) => row.what));
}

export async function listTables(client: pg.Client, ns: number): Promise<Table[]> {
  const { rows } = await client.query<Table>(
    `SELECT c.oid::int AS oid, c.relname AS name, c.relpersistence = 'u' AS unlogged,
            pg_catalog.obj_description(c.oid, 'pg_class') AS comment
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = $1 AND c.relkind = 'r' AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
      ORDER BY c.oid`,
    [ns],
  );
  return rows;
}

export async function listSequences(client: pg.Client, ns: number): Promise<SequenceRow[]> {
  const { rows } = await client.query<SequenceRow>(
    `SELECT c.oid::int AS oid, c.relname AS name, pg_catalog.format_type(s.seqtypid, NULL) AS type,
            s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min,
            s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
            EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i') AS identity
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
      WHERE c.relnamespace = $1 AND c.relkind = 'S' AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}
      ORDER BY c.oid`,
    [ns],
  );
  return rows;
}

export async function listColumns(
  client: pg.Client,
  table: number,
  sequences: readonly SequenceRow[],
): Promise<Column[]> {
  const { rows } = await client.query<
    Omit<Column, 'identitySequence'> & { identity_sequence: number | null }
  >(
    `SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS "defaultExpr", a.attidentity AS identity,
            a.attgenerated AS generated, pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
            CASE WHEN a.attcollation <> t.typcollation THEN
              (SELECT format('%I.%I', n.nspname, co.collname) FROM pg_catalog.pg_collation co
                 JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace WHERE co.oid = a.attcollation)
            END AS collation,
            (SELECT d.objid::int FROM pg_catalog.pg_depend d
              WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
                AND d.classid = 'pg_class'::regclass AND d.deptype = 'i' LIMIT 1) AS identity_sequence
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [table],
  );
  return rows.map(({ identity_sequence, ...column }) => ({
    ...column,
    identitySequence: sequences.find((s) => s.oid === identity_sequence) ?? null,
  }));
}
