import { EntityManager } from 'typeorm';

import {
  type FocusDirection,
  type FocusStatus,
  focusStatus,
  focusTrend,
  type FocusTrend,
} from './domain/focus-status';

/** A focus item as an overview shows it: its latest value against the target in force then. */
export interface FocusSummary {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: FocusDirection;
  /** Null: the region's own item. */
  readonly municipalityNumber: string | null;
  readonly latestPeriod: string | null;
  readonly latestValue: string | null;
  /** The target in force for the latest period (or the latest target when there is no value). */
  readonly target: string | null;
  readonly status: FocusStatus;
  readonly trend: FocusTrend;
}

/**
 * The focus items of a region with their latest value and status: all of them (`municipalityNumber` left out), only
 * the region's own (`null`), or one municipality's. One statement, whatever the number of items.
 */
export async function focusSummaries(
  manager: EntityManager,
  regionId: string,
  municipalityNumber?: string | null,
): Promise<FocusSummary[]> {
  const rows: {
    id: string;
    name: string;
    unit: string;
    direction: FocusDirection;
    municipality_number: string | null;
    latest_period: string | null;
    latest_value: string | null;
    previous_period: string | null;
    previous_value: string | null;
    target: string | null;
  }[] = await manager.query(
    `SELECT f.id, f.name, f.unit, f.direction, f.municipality_number,
            l.period AS latest_period, trim_scale(l.value)::text AS latest_value,
            p.period AS previous_period, trim_scale(p.value)::text AS previous_value,
            (SELECT trim_scale(t.value)::text FROM focus_target t
              WHERE t.focus_item_id = f.id AND (l.period IS NULL OR t.period <= l.period)
              ORDER BY t.period DESC LIMIT 1) AS target
       FROM focus_item f
       LEFT JOIN LATERAL (SELECT period, value FROM focus_value v WHERE v.focus_item_id = f.id
                           ORDER BY period DESC LIMIT 1) l ON true
       LEFT JOIN LATERAL (SELECT period, value FROM focus_value v WHERE v.focus_item_id = f.id
                           ORDER BY period DESC OFFSET 1 LIMIT 1) p ON true
      WHERE f.region_id = $1
        AND ($2::boolean OR f.municipality_number IS NOT DISTINCT FROM $3::text)
      ORDER BY f.municipality_number NULLS FIRST, f.name`,
    [regionId, municipalityNumber === undefined, municipalityNumber ?? null],
  );
  return rows.map((row) => {
    const values = [
      ...(row.previous_period && row.previous_value
        ? [{ period: row.previous_period, value: row.previous_value }]
        : []),
      ...(row.latest_period && row.latest_value
        ? [{ period: row.latest_period, value: row.latest_value }]
        : []),
    ];
    return {
      id: row.id,
      name: row.name,
      unit: row.unit,
      direction: row.direction,
      municipalityNumber: row.municipality_number,
      latestPeriod: row.latest_period,
      latestValue: row.latest_value,
      target: row.target,
      status: focusStatus(row.direction, row.latest_value, row.target),
      trend: focusTrend(row.direction, values),
    };
  });
}
