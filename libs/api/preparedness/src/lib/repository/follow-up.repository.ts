import { FollowUpActionEntity } from '@samarbeid/api/data-access';
import type { FollowUpSourceKind, FollowUpStatus } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import type { CheckedAction } from '../domain/yearly-check';

export interface ActionRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly title: string;
  readonly description: string | null;
  readonly municipalityNumber: string | null;
  readonly municipalityName: string | null;
  readonly ownerName: string;
  readonly ownerUserId: string | null;
  readonly ownerEmail: string | null;
  readonly deadline: string;
  readonly status: FollowUpStatus;
  readonly completedAt: Date | null;
  readonly exercise: { readonly id: string; readonly title: string; readonly heldOn: string } | null;
  readonly measure: { readonly id: string; readonly code: string; readonly title: string } | null;
  readonly source: ActionSource | null;
  readonly version: number;
}

/** The decision or agreement an action follows up, as read. */
export interface ActionSource {
  readonly kind: FollowUpSourceKind;
  readonly id: string;
  readonly title: string;
  readonly caseReference: string | null;
  readonly decidedOn: string | null;
}

/** What an action says, as stored. */
export interface ActionContent {
  readonly title: string;
  readonly description: string | null;
  readonly municipalityNumber: string | null;
  readonly ownerName: string;
  readonly ownerUserId: string | null;
  readonly ownerEmail: string | null;
  readonly deadline: string;
  readonly measureId: string | null;
  readonly sourceKind: FollowUpSourceKind | null;
  readonly sourceId: string | null;
}

interface ActionSqlRow {
  id: string;
  region_id: string;
  region_slug: string;
  region_name: string;
  title: string;
  description: string | null;
  municipality_number: string | null;
  municipality_name: string | null;
  owner_name: string;
  owner_user_id: string | null;
  owner_email: string | null;
  deadline: string;
  status: FollowUpStatus;
  completed_at: Date | null;
  exercise_id: string | null;
  exercise_title: string | null;
  exercise_held_on: string | null;
  measure_id: string | null;
  measure_code: string | null;
  measure_title: string | null;
  source_kind: FollowUpSourceKind | null;
  source_id: string | null;
  source_title: string | null;
  source_case_reference: string | null;
  source_decided_on: string | null;
  version: number;
}

const SELECT_ACTION = `SELECT a.id, a.region_id, r.slug AS region_slug, r.name AS region_name, a.title, a.description,
       a.municipality_number, m.name AS municipality_name, a.owner_name, a.owner_user_id, a.owner_email,
       to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.completed_at,
       a.exercise_id, e.title AS exercise_title, to_char(e.held_on, 'YYYY-MM-DD') AS exercise_held_on,
       a.measure_id, ms.code AS measure_code, ms.title AS measure_title,
       a.source_kind, a.source_id, coalesce(d.title, ag.title) AS source_title,
       d.case_reference AS source_case_reference, to_char(d.decided_on, 'YYYY-MM-DD') AS source_decided_on,
       a.version
  FROM follow_up_action a JOIN region r ON r.id = a.region_id
  LEFT JOIN municipality m ON m.number = a.municipality_number
  LEFT JOIN exercise e ON e.id = a.exercise_id
  LEFT JOIN measure ms ON ms.id = a.measure_id
  LEFT JOIN decision d ON a.source_kind = 'DECISION' AND d.id = a.source_id
  LEFT JOIN agreement ag ON a.source_kind = 'AGREEMENT' AND ag.id = a.source_id`;

function actionRow(row: ActionSqlRow): ActionRow {
  return {
    id: row.id,
    regionId: row.region_id,
    regionSlug: row.region_slug,
    regionName: row.region_name,
    title: row.title,
    description: row.description,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    ownerName: row.owner_name,
    ownerUserId: row.owner_user_id,
    ownerEmail: row.owner_email,
    deadline: row.deadline,
    status: row.status,
    completedAt: row.completed_at,
    exercise:
      row.exercise_id && row.exercise_title && row.exercise_held_on
        ? { id: row.exercise_id, title: row.exercise_title, heldOn: row.exercise_held_on }
        : null,
    measure:
      row.measure_id && row.measure_code && row.measure_title
        ? { id: row.measure_id, code: row.measure_code, title: row.measure_title }
        : null,
    source:
      row.source_kind && row.source_id && row.source_title
        ? {
            kind: row.source_kind,
            id: row.source_id,
            title: row.source_title,
            caseReference: row.source_case_reference,
            decidedOn: row.source_decided_on,
          }
        : null,
    version: row.version,
  };
}

export interface ActionListFilter {
  /** A region's actions; null: every region (with `ownerUserId`). */
  readonly regionId: string | null;
  readonly municipalityNumber?: string | null;
  readonly openOnly?: boolean | null;
  /** Open and past the deadline on `today`. */
  readonly overdueOnly?: boolean | null;
  readonly exerciseId?: string | null;
  readonly ownerUserId?: string | null;
}

/** Every statement on follow_up_action (and the reminders it writes). Bound to one EntityManager. */
export class FollowUpRepository {
  constructor(readonly manager: EntityManager) {}

  /** A page of actions by deadline (the oldest first), and how many there are. */
  async page(
    filter: ActionListFilter,
    today: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: ActionRow[]; total: number }> {
    const where = `($1::uuid IS NULL OR a.region_id = $1)
      AND ($2::text IS NULL OR a.municipality_number = $2)
      AND (NOT $3::boolean OR a.status <> 'DONE')
      AND (NOT $4::boolean OR (a.status <> 'DONE' AND a.deadline < $5::date))
      AND ($6::uuid IS NULL OR a.exercise_id = $6)
      AND ($7::text IS NULL OR a.owner_user_id = $7)`;
    const params = [
      filter.regionId,
      filter.municipalityNumber ?? null,
      filter.openOnly ?? false,
      filter.overdueOnly ?? false,
      today,
      filter.exerciseId ?? null,
      filter.ownerUserId ?? null,
    ];
    const rows: ActionSqlRow[] = await this.manager.query(
      `${SELECT_ACTION} WHERE ${where} ORDER BY a.status = 'DONE', a.deadline, a.title, a.id OFFSET $8 LIMIT $9`,
      [...params, offset, limit],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      `SELECT count(*)::int AS total FROM follow_up_action a WHERE ${where}`,
      params,
    );
    return { rows: rows.map(actionRow), total };
  }

  async byId(id: string): Promise<ActionRow | null> {
    const rows: ActionSqlRow[] = await this.manager.query(`${SELECT_ACTION} WHERE a.id = $1`, [id]);
    return rows[0] ? actionRow(rows[0]) : null;
  }

  /** The region's actions that are not done, for the yearly check. */
  async openOfRegion(regionId: string): Promise<CheckedAction[]> {
    const rows: { municipality_number: string | null; deadline: string; status: FollowUpStatus }[] =
      await this.manager.query(
        `SELECT municipality_number, to_char(deadline, 'YYYY-MM-DD') AS deadline, status
           FROM follow_up_action WHERE region_id = $1 AND status <> 'DONE'`,
        [regionId],
      );
    return rows.map((row) => ({
      municipalityNumber: row.municipality_number,
      deadline: row.deadline,
      status: row.status,
    }));
  }

  lock(id: string): Promise<FollowUpActionEntity | null> {
    return this.manager
      .createQueryBuilder(FollowUpActionEntity, 'row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
  }

  async insert(regionId: string, content: ActionContent, exerciseId: string | null): Promise<string> {
    const result = await this.manager.insert(FollowUpActionEntity, {
      regionId,
      exerciseId,
      status: 'OPEN',
      ...content,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Changes what the action says; a moved deadline clears the reminder, so it is reminded again when overdue. */
  async update(id: string, content: ActionContent): Promise<void> {
    await this.manager.query(
      `UPDATE follow_up_action SET title = $2, description = $3, municipality_number = $4, owner_name = $5,
              owner_user_id = $6, owner_email = $7, measure_id = $9, source_kind = $10, source_id = $11,
              reminded_at = CASE WHEN deadline = $8::date THEN reminded_at END, deadline = $8,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        id,
        content.title,
        content.description,
        content.municipalityNumber,
        content.ownerName,
        content.ownerUserId,
        content.ownerEmail,
        content.deadline,
        content.measureId,
        content.sourceKind,
        content.sourceId,
      ],
    );
  }

  async setStatus(id: string, status: FollowUpStatus, completedAt: Date | null): Promise<void> {
    await this.manager.query(
      `UPDATE follow_up_action SET status = $2, completed_at = $3, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, status, completedAt],
    );
  }

  /** The region's open actions past their deadline not reminded yet, locked for this transaction. */
  async lockDueForReminder(regionId: string, today: string): Promise<ActionRow[]> {
    const rows: ActionSqlRow[] = await this.manager.query(
      `${SELECT_ACTION} WHERE a.region_id = $1 AND a.status <> 'DONE' AND a.deadline < $2::date
          AND a.reminded_at IS NULL
        ORDER BY a.deadline, a.id FOR UPDATE OF a`,
      [regionId, today],
    );
    return rows.map(actionRow);
  }

  async markReminded(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query('UPDATE follow_up_action SET reminded_at = now() WHERE id = ANY($1::uuid[])', [
      [...ids],
    ]);
  }
}
