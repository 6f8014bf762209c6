import { FrozenReportEntity } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

export interface FrozenRow {
  readonly id: string;
  readonly periodId: string;
  readonly number: number;
  readonly frozenByName: string | null;
  readonly frozenAt: Date;
}

export interface FrozenWithData extends FrozenRow {
  readonly data: unknown;
}

/** Frozen report versions: inserted, never updated. */
export class FrozenReportRepository {
  constructor(private readonly manager: EntityManager) {}

  /** A period's versions, newest first (a handful per period). */
  async ofPeriod(periodId: string): Promise<FrozenRow[]> {
    return this.manager.query(
      `SELECT id, period_id AS "periodId", number, frozen_by_name AS "frozenByName", frozen_at AS "frozenAt"
         FROM frozen_report WHERE period_id = $1 ORDER BY number DESC`,
      [periodId],
    );
  }

  async byId(id: string): Promise<FrozenWithData | null> {
    const rows: FrozenWithData[] = await this.manager.query(
      `SELECT id, period_id AS "periodId", number, frozen_by_name AS "frozenByName", frozen_at AS "frozenAt", data
         FROM frozen_report WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Stores a new version numbered after the last (the caller holds the period's lock). */
  async insert(periodId: string, data: unknown, by: { id: string; name: string | null }): Promise<string> {
    const [last] = await this.manager.query<{ number: number }[]>(
      'SELECT coalesce(max(number), 0)::int AS number FROM frozen_report WHERE period_id = $1',
      [periodId],
    );
    const result = await this.manager.insert(FrozenReportEntity, {
      periodId,
      number: (last?.number ?? 0) + 1,
      data: data as object,
      frozenById: by.id,
      frozenByName: by.name,
    });
    return (result.identifiers[0] as { id: string }).id;
  }
}
