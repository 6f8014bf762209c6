import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { currentMembership, recordAudit } from '@samarbeid/api/data-access';
import { DataSource, EntityManager } from 'typeorm';

import type { FocusDirection, FocusFrequency, FocusSource, PeriodValue } from './domain/focus-rules';

/** The transaction of one change; reads inside a change take it too. */
export type Tx = EntityManager;

export interface FocusItemRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly municipalityNumber: string | null;
  readonly municipalityName: string | null;
  readonly name: string;
  readonly unit: string;
  readonly direction: FocusDirection;
  readonly frequency: FocusFrequency;
  readonly description: string;
  readonly version: number;
}

export interface FocusValueRow extends PeriodValue {
  readonly focusItemId: string;
  readonly source: FocusSource;
  readonly recordedByName: string | null;
  readonly recordedAt: Date;
}

export interface FocusTargetRow extends PeriodValue {
  readonly focusItemId: string;
}

export interface NewFocusItem {
  readonly regionId: string;
  readonly municipalityNumber: string | null;
  readonly name: string;
  readonly unit: string;
  readonly direction: FocusDirection;
  readonly frequency: FocusFrequency;
  readonly description: string;
}

export interface NewFocusValue {
  readonly focusItemId: string;
  readonly period: string;
  readonly value: string;
  readonly source: FocusSource;
}

const ITEM_COLUMNS = `f.id, f.region_id AS "regionId", r.slug AS "regionSlug", r.name AS "regionName",
  f.municipality_number AS "municipalityNumber", m.name AS "municipalityName", f.name, f.unit, f.direction,
  f.frequency, f.description, f.version`;
const ITEM_FROM = `focus_item f JOIN region r ON r.id = f.region_id
  LEFT JOIN municipality m ON m.number = f.municipality_number`;
const VALUE_COLUMNS = `v.focus_item_id AS "focusItemId", v.period, trim_scale(v.value)::text AS value, v.source,
  v.recorded_by_name AS "recordedByName", v.recorded_at AS "recordedAt"`;

/** All SQL of focus items: items, targets, values, and the history record of each change. */
@Injectable()
export class FocusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private run(tx?: Tx): Tx | DataSource {
    return tx ?? this.dataSource;
  }

  async regionBySlug(slug: string, tx?: Tx): Promise<{ id: string; name: string } | null> {
    const rows: { id: string; name: string }[] = await this.run(tx).query(
      'SELECT id, name FROM region WHERE slug = $1',
      [slug],
    );
    return rows[0] ?? null;
  }

  /** The region's current member municipality of this number, or null. */
  async member(regionId: string, number: string, tx?: Tx): Promise<{ name: string } | null> {
    const rows: { name: string }[] = await this.run(tx).query(
      `SELECT m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
       WHERE rm.region_id = $1 AND rm.municipality_number = $2 AND ${currentMembership('rm')}`,
      [regionId, number],
    );
    return rows[0] ?? null;
  }

  /** The region's items (or one municipality's, or the region's own when `municipality` is null), by name. */
  async itemsOf(
    regionId: string,
    area: { readonly municipalityNumber: string | null } | null,
    tx?: Tx,
  ): Promise<FocusItemRow[]> {
    const where =
      area === null
        ? ''
        : area.municipalityNumber === null
          ? 'AND f.municipality_number IS NULL'
          : 'AND f.municipality_number = $2';
    return this.run(tx).query(
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE f.region_id = $1 ${where}
       ORDER BY f.municipality_number NULLS FIRST, f.name`,
      area?.municipalityNumber ? [regionId, area.municipalityNumber] : [regionId],
    );
  }

  async countInRegion(regionId: string, tx: Tx): Promise<number> {
    const rows: { count: string }[] = await tx.query(
      'SELECT count(*)::text AS count FROM focus_item WHERE region_id = $1',
      [regionId],
    );
    return Number(rows[0]?.count ?? 0);
  }

  async item(id: string, tx?: Tx, options: { lock?: boolean } = {}): Promise<FocusItemRow | null> {
    const rows: FocusItemRow[] = await this.run(tx).query(
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE f.id = $1${options.lock ? ' FOR UPDATE OF f' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Several items at once, locked, for a batch of values. */
  async lockItems(ids: readonly string[], tx: Tx): Promise<FocusItemRow[]> {
    if (ids.length === 0) return [];
    return tx.query(
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE f.id = ANY($1::uuid[]) ORDER BY f.id FOR UPDATE OF f`,
      [ids],
    );
  }

  async nameTaken(item: NewFocusItem & { readonly id?: string }, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM focus_item WHERE region_id = $1
         AND municipality_number IS NOT DISTINCT FROM $2 AND lower(name) = lower($3) AND id IS DISTINCT FROM $4`,
      [item.regionId, item.municipalityNumber, item.name, item.id ?? null],
    );
    return rows.length > 0;
  }

  async insertItem(item: NewFocusItem, tx: Tx): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO focus_item (region_id, municipality_number, name, unit, direction, frequency, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        item.regionId,
        item.municipalityNumber,
        item.name,
        item.unit,
        item.direction,
        item.frequency,
        item.description,
      ],
    );
    return rows[0].id;
  }

  async updateItem(
    id: string,
    change: Pick<NewFocusItem, 'name' | 'unit' | 'direction' | 'description'>,
    tx: Tx,
  ): Promise<void> {
    await tx.query(
      `UPDATE focus_item SET name = $2, unit = $3, direction = $4, description = $5, version = version + 1,
         updated_at = now() WHERE id = $1`,
      [id, change.name, change.unit, change.direction, change.description],
    );
  }

  /** The last `perItem` values of each item, newest last. One statement for any number of items. */
  async recentValues(itemIds: readonly string[], perItem: number, tx?: Tx): Promise<FocusValueRow[]> {
    if (itemIds.length === 0) return [];
    return this.run(tx).query(
      `SELECT * FROM (
         SELECT ${VALUE_COLUMNS}, row_number() OVER (PARTITION BY v.focus_item_id ORDER BY v.period DESC) AS n
         FROM focus_value v WHERE v.focus_item_id = ANY($1::uuid[])
       ) recent WHERE n <= $2 ORDER BY "focusItemId", period`,
      [itemIds, perItem],
    );
  }

  async targets(itemIds: readonly string[], tx?: Tx): Promise<FocusTargetRow[]> {
    if (itemIds.length === 0) return [];
    return this.run(tx).query(
      `SELECT focus_item_id AS "focusItemId", period, trim_scale(value)::text AS value
       FROM focus_target WHERE focus_item_id = ANY($1::uuid[]) ORDER BY focus_item_id, period`,
      [itemIds],
    );
  }

  async setTarget(itemId: string, period: string, value: string | null, tx: Tx): Promise<string | null> {
    const before: { value: string }[] = await tx.query(
      'SELECT trim_scale(value)::text AS value FROM focus_target WHERE focus_item_id = $1 AND period = $2',
      [itemId, period],
    );
    if (value === null) {
      await tx.query('DELETE FROM focus_target WHERE focus_item_id = $1 AND period = $2', [itemId, period]);
    } else {
      await tx.query(
        `INSERT INTO focus_target (focus_item_id, period, value) VALUES ($1, $2, $3)
         ON CONFLICT (focus_item_id, period) DO UPDATE SET value = EXCLUDED.value`,
        [itemId, period, value],
      );
    }
    return before[0]?.value ?? null;
  }

  /**
   * Saves the values (a period recorded again is replaced) in one statement and returns what each replaced, so the
   * history can keep the before and after.
   */
  async saveValues(
    values: readonly NewFocusValue[],
    actor: Actor,
    tx: Tx,
  ): Promise<{ focusItemId: string; period: string; previous: string | null }[]> {
    if (values.length === 0) return [];
    const previous: { focusItemId: string; period: string; value: string }[] = await tx.query(
      `SELECT v.focus_item_id AS "focusItemId", v.period, trim_scale(v.value)::text AS value
       FROM focus_value v JOIN unnest($1::uuid[], $2::text[]) AS w(item, period)
         ON v.focus_item_id = w.item AND v.period = w.period`,
      [values.map((v) => v.focusItemId), values.map((v) => v.period)],
    );
    await tx.query(
      `INSERT INTO focus_value (focus_item_id, period, value, source, recorded_by, recorded_by_name)
       SELECT item, period, value, source, $5, $6
       FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::text[]) AS w(item, period, value, source)
       ON CONFLICT (focus_item_id, period) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source,
         recorded_by = EXCLUDED.recorded_by, recorded_by_name = EXCLUDED.recorded_by_name, recorded_at = now()`,
      [
        values.map((v) => v.focusItemId),
        values.map((v) => v.period),
        values.map((v) => v.value),
        values.map((v) => v.source),
        actor.id,
        actor.name ?? actor.username ?? null,
      ],
    );
    const before = new Map(previous.map((row) => [`${row.focusItemId}|${row.period}`, row.value]));
    return values.map((v) => ({
      focusItemId: v.focusItemId,
      period: v.period,
      previous: before.get(`${v.focusItemId}|${v.period}`) ?? null,
    }));
  }

  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }
}
