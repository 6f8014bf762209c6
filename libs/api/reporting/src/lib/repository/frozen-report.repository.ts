import { FrozenReportEntity } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

export interface FrozenRow {
  readonly id: string;
  readonly periodId: string;
  readonly number: number;
  /** The municipality of a variant, and its name as frozen; null for the region's report. */
  readonly municipalityNumber: string | null;
  readonly municipalityName: string | null;
  readonly frozenByName: string | null;
  readonly frozenAt: Date;
}

export interface FrozenWithData extends FrozenRow {
  readonly data: unknown;
}

const FROZEN_COLUMNS = `id, period_id AS "periodId", number, municipality_number AS "municipalityNumber",
  data -> 'municipality' ->> 'name' AS "municipalityName", frozen_by_name AS "frozenByName", frozen_at AS "frozenAt"`;

/** Frozen report versions: inserted, never updated. */
export class FrozenReportRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every version of a period: the region's first, then each municipality's, newest first (a handful each). */
  async ofPeriod(periodId: string): Promise<FrozenRow[]> {
    return this.manager.query(
      `SELECT ${FROZEN_COLUMNS} FROM frozen_report WHERE period_id = $1
        ORDER BY municipality_number NULLS FIRST, number DESC`,
      [periodId],
    );
  }

  async byId(id: string): Promise<FrozenWithData | null> {
    const rows: FrozenWithData[] = await this.manager.query(
      `SELECT ${FROZEN_COLUMNS}, data FROM frozen_report WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Stores a new version numbered after the last of its kind (the caller holds the period's lock). */
  async insert(
    periodId: string,
    municipalityNumber: string | null,
    data: unknown,
    by: { id: string; name: string | null },
  ): Promise<string> {
    const [last] = await this.manager.query<{ number: number }[]>(
      `SELECT coalesce(max(number), 0)::int AS number FROM frozen_report
        WHERE period_id = $1 AND municipality_number IS NOT DISTINCT FROM $2::char(4)`,
      [periodId, municipalityNumber],
    );
    const result = await this.manager.insert(FrozenReportEntity, {
      periodId,
      municipalityNumber,
      number: (last?.number ?? 0) + 1,
      data: data as object,
      frozenById: by.id,
      frozenByName: by.name,
    });
    return (result.identifiers[0] as { id: string }).id;
  }
}
