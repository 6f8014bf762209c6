import { PreparednessRoutineEntity } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

export interface RoutineRow {
  readonly id: string;
  readonly regionId: string;
  readonly municipalityNumber: string | null;
  readonly municipalityName: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly ownerName: string;
  readonly ownerUserId: string | null;
  readonly lastReviewedOn: string | null;
  readonly reviewIntervalMonths: number;
  readonly version: number;
}

export interface RoutineContent {
  readonly title: string;
  readonly description: string | null;
  readonly ownerName: string;
  readonly ownerUserId: string | null;
  readonly reviewIntervalMonths: number;
}

interface RoutineSqlRow {
  id: string;
  region_id: string;
  municipality_number: string | null;
  municipality_name: string | null;
  title: string;
  description: string | null;
  owner_name: string;
  owner_user_id: string | null;
  last_reviewed_on: string | null;
  review_interval_months: number;
  version: number;
}

const SELECT_ROUTINE = `SELECT p.id, p.region_id, p.municipality_number, m.name AS municipality_name, p.title,
       p.description, p.owner_name, p.owner_user_id, to_char(p.last_reviewed_on, 'YYYY-MM-DD') AS last_reviewed_on,
       p.review_interval_months, p.version
  FROM preparedness_routine p LEFT JOIN municipality m ON m.number = p.municipality_number`;

function routineRow(row: RoutineSqlRow): RoutineRow {
  return {
    id: row.id,
    regionId: row.region_id,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    title: row.title,
    description: row.description,
    ownerName: row.owner_name,
    ownerUserId: row.owner_user_id,
    lastReviewedOn: row.last_reviewed_on,
    reviewIntervalMonths: row.review_interval_months,
    version: row.version,
  };
}

/** Every statement on preparedness_routine. Bound to one EntityManager. */
export class RoutineRepository {
  constructor(readonly manager: EntityManager) {}

  /**
   * A page of the region's routines, those due first (never reviewed, then by the day they were due), and how many
   * there are.
   */
  async page(
    regionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: RoutineRow[]; total: number }> {
    const rows: RoutineSqlRow[] = await this.manager.query(
      `${SELECT_ROUTINE} WHERE p.region_id = $1
        ORDER BY p.last_reviewed_on + make_interval(months => p.review_interval_months) NULLS FIRST, p.title, p.id
        OFFSET $2 LIMIT $3`,
      [regionId, offset, limit],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      'SELECT count(*)::int AS total FROM preparedness_routine WHERE region_id = $1',
      [regionId],
    );
    return { rows: rows.map(routineRow), total };
  }

  async byId(id: string): Promise<RoutineRow | null> {
    const rows: RoutineSqlRow[] = await this.manager.query(`${SELECT_ROUTINE} WHERE p.id = $1`, [id]);
    return rows[0] ? routineRow(rows[0]) : null;
  }

  lock(id: string): Promise<PreparednessRoutineEntity | null> {
    return this.manager
      .createQueryBuilder(PreparednessRoutineEntity, 'row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
  }

  async insert(
    regionId: string,
    municipalityNumber: string | null,
    content: RoutineContent,
    lastReviewedOn: string | null,
  ): Promise<string> {
    const result = await this.manager.insert(PreparednessRoutineEntity, {
      regionId,
      municipalityNumber,
      lastReviewedOn,
      ...content,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(id: string, content: RoutineContent, lastReviewedOn: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE preparedness_routine SET title = $2, description = $3, owner_name = $4, owner_user_id = $5,
              review_interval_months = $6, last_reviewed_on = $7, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        id,
        content.title,
        content.description,
        content.ownerName,
        content.ownerUserId,
        content.reviewIntervalMonths,
        lastReviewedOn,
      ],
    );
  }

  async recordReview(id: string, reviewedOn: string): Promise<void> {
    await this.manager.query(
      `UPDATE preparedness_routine SET last_reviewed_on = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, reviewedOn],
    );
  }
}
