import { currentNetworkMember, StatusReportEntity } from '@samarbeid/api/data-access';
import type {
  ReportingPeriodStatus,
  ReportRag,
  ReportSubjectKind,
  StatusReportState,
} from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import type { ReminderRule } from '../domain/reporting-rules';

export interface ReportRow {
  readonly id: string;
  readonly regionId: string;
  readonly periodId: string;
  readonly periodName: string;
  readonly periodStatus: ReportingPeriodStatus;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly dueDate: string;
  readonly subjectKind: ReportSubjectKind;
  readonly networkId: string;
  readonly networkName: string;
  readonly measureId: string | null;
  readonly measureCode: string | null;
  readonly measureTitle: string | null;
  readonly assigneeUserId: string | null;
  readonly assigneeName: string | null;
  readonly state: StatusReportState;
  readonly rag: ReportRag | null;
  readonly progressPercent: number | null;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
  readonly realisedBenefitsNok: string | null;
  readonly costsNok: string | null;
  readonly returnComment: string | null;
  readonly submittedAt: Date | null;
  readonly submittedByName: string | null;
  readonly approvedAt: Date | null;
  readonly remindedBeforeDueAt: Date | null;
  readonly remindedOverdueAt: Date | null;
  readonly version: number;
}

/** What the owner writes. */
export interface ReportContent {
  readonly rag: ReportRag | null;
  readonly progressPercent: number | null;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
}

export interface ReportFilter {
  readonly periodId: string;
  readonly networkId?: string | null;
  readonly state?: StatusReportState | null;
  /** Only the reports this user writes (leads the network or was handed). */
  readonly writerUserId?: string | null;
}

/** A network's counts on the board. */
export interface BoardRow {
  readonly networkId: string;
  readonly networkName: string;
  readonly total: number;
  readonly notStarted: number;
  readonly draft: number;
  readonly submitted: number;
  readonly returned: number;
  readonly approved: number;
}

/** Someone a notification about a report goes to. */
export interface Recipient {
  readonly reportId: string;
  readonly userId: string;
  readonly email: string | null;
}

const REPORT_SELECT = `
  SELECT s.id, p.region_id AS "regionId", s.period_id AS "periodId", p.name AS "periodName",
         p.status AS "periodStatus", p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo",
         p.due_date::text AS "dueDate", s.subject_kind AS "subjectKind", s.network_id AS "networkId",
         n.name AS "networkName", s.measure_id AS "measureId", m.code AS "measureCode", m.title AS "measureTitle",
         s.assignee_user_id AS "assigneeUserId", s.assignee_name AS "assigneeName", s.state, s.rag,
         s.progress_percent AS "progressPercent", s.done, s.deviations, s.next_steps AS "nextSteps", s.risks,
         s.realised_benefits_nok::text AS "realisedBenefitsNok", s.costs_nok::text AS "costsNok",
         s.return_comment AS "returnComment", s.submitted_at AS "submittedAt",
         s.submitted_by_name AS "submittedByName", s.approved_at AS "approvedAt",
         s.reminded_before_due_at AS "remindedBeforeDueAt", s.reminded_overdue_at AS "remindedOverdueAt", s.version
    FROM status_report s
    JOIN reporting_period p ON p.id = s.period_id
    JOIN network n ON n.id = s.network_id
    LEFT JOIN measure m ON m.id = s.measure_id`;

const REPORT_ORDER = `ORDER BY n.name, s.subject_kind DESC, m.code NULLS FIRST, s.id`;

/** Status reports: every statement about the table status_report. */
export class ReportRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Creates the period's report requests: one per measure under way in the region (owned by its network), one per
   * network with an action plan for a year the period touches. Returns how many.
   */
  async request(periodId: string, regionId: string, fromYear: number, toYear: number): Promise<number> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO status_report (period_id, subject_kind, subject_key, network_id, measure_id)
       SELECT $1, 'MEASURE', m.id::text, m.network_id, m.id FROM measure m
        WHERE m.region_id = $2 AND m.status = 'IN_PROGRESS'
       UNION ALL
       SELECT DISTINCT $1::uuid, 'ACTION_PLAN', 'plan:' || st.network_id, st.network_id, NULL::uuid
         FROM action_plan_item a JOIN strategy st ON st.id = a.strategy_id JOIN network n ON n.id = st.network_id
        WHERE n.region_id = $2 AND a.year BETWEEN $3 AND $4
       ON CONFLICT (period_id, subject_key) DO NOTHING
       RETURNING id`,
      [periodId, regionId, fromYear, toYear],
    );
    return rows.length;
  }

  async page(
    filter: ReportFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ReportRow[]; total: number }> {
    const where = `WHERE s.period_id = $1 AND ($2::uuid IS NULL OR s.network_id = $2)
                     AND ($3::varchar IS NULL OR s.state = $3)
                     AND ($4::varchar IS NULL OR s.assignee_user_id = $4 OR EXISTS (
                          SELECT 1 FROM network_member nm
                           WHERE nm.network_id = s.network_id AND nm.user_id = $4 AND nm.role = 'LEADER'
                             AND ${currentNetworkMember('nm')}))`;
    const params = [
      filter.periodId,
      filter.networkId ?? null,
      filter.state ?? null,
      filter.writerUserId ?? null,
    ];
    const rows: ReportRow[] = await this.manager.query(
      `${REPORT_SELECT} ${where} ${REPORT_ORDER} OFFSET $5 LIMIT $6`,
      [...params, offset, limit],
    );
    const [count] = await this.manager.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM status_report s ${where}`,
      params,
    );
    return { rows, total: count?.total ?? 0 };
  }

  /** Every report of a period, in board order (a period has at most one per measure and network). */
  async allOfPeriod(periodId: string): Promise<ReportRow[]> {
    return this.manager.query(`${REPORT_SELECT} WHERE s.period_id = $1 ${REPORT_ORDER}`, [periodId]);
  }

  async byId(id: string): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.manager.query(`${REPORT_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async lock(id: string): Promise<ReportRow | null> {
    await this.manager.query('SELECT id FROM status_report WHERE id = $1 FOR UPDATE', [id]);
    return this.byId(id);
  }

  async board(periodId: string): Promise<BoardRow[]> {
    return this.manager.query(
      `SELECT n.id AS "networkId", n.name AS "networkName", count(*)::int AS total,
              count(*) FILTER (WHERE s.state = 'NOT_STARTED')::int AS "notStarted",
              count(*) FILTER (WHERE s.state = 'DRAFT')::int AS draft,
              count(*) FILTER (WHERE s.state = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE s.state = 'RETURNED')::int AS returned,
              count(*) FILTER (WHERE s.state = 'APPROVED')::int AS approved
         FROM status_report s JOIN network n ON n.id = s.network_id
        WHERE s.period_id = $1
        GROUP BY n.id, n.name ORDER BY n.name, n.id`,
      [periodId],
    );
  }

  async saveContent(id: string, content: ReportContent, state: StatusReportState): Promise<void> {
    await this.manager.update(StatusReportEntity, { id }, { ...content, state });
  }

  /** The figures from the economics; not a change by anyone, so the version stays. */
  async setFigures(id: string, figures: { realisedBenefitsNok: string; costsNok: string }): Promise<void> {
    await this.manager.query(
      'UPDATE status_report SET realised_benefits_nok = $2, costs_nok = $3 WHERE id = $1',
      [id, figures.realisedBenefitsNok, figures.costsNok],
    );
  }

  async submit(id: string, byName: string | null, at: Date): Promise<void> {
    await this.manager.update(
      StatusReportEntity,
      { id },
      { state: 'SUBMITTED', submittedAt: at, submittedByName: byName },
    );
  }

  async approve(id: string, at: Date): Promise<void> {
    await this.manager.update(
      StatusReportEntity,
      { id },
      { state: 'APPROVED', approvedAt: at, returnComment: null },
    );
  }

  async return(id: string, comment: string): Promise<void> {
    await this.manager.update(StatusReportEntity, { id }, { state: 'RETURNED', returnComment: comment });
  }

  async assign(id: string, assignee: { userId: string; name: string } | null): Promise<void> {
    await this.manager.update(
      StatusReportEntity,
      { id },
      { assigneeUserId: assignee?.userId ?? null, assigneeName: assignee?.name ?? null },
    );
  }

  /** A member of the network with a user, to hand a report to. */
  async networkMember(networkId: string, userId: string): Promise<{ userId: string; name: string } | null> {
    const rows: { userId: string; name: string }[] = await this.manager.query(
      `SELECT user_id AS "userId", person_name AS name FROM network_member
        WHERE network_id = $1 AND user_id = $2 AND ${currentNetworkMember()} LIMIT 1`,
      [networkId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * Who writes each report: the member it was handed to, else the leaders of its network (with a user). One row per
   * report and person; `reportIds` none → none.
   */
  async writers(reportIds: readonly string[]): Promise<Recipient[]> {
    if (reportIds.length === 0) return [];
    return this.manager.query(
      `SELECT s.id AS "reportId", nm.user_id AS "userId", nm.email
         FROM status_report s
         JOIN network_member nm ON nm.network_id = s.network_id AND nm.user_id IS NOT NULL
          AND ((s.assignee_user_id IS NULL AND nm.role = 'LEADER') OR nm.user_id = s.assignee_user_id)
          AND ${currentNetworkMember('nm')}
        WHERE s.id = ANY($1::uuid[])
        ORDER BY s.id, nm.user_id`,
      [reportIds],
    );
  }

  /** The open periods' reports of a region not yet submitted, locked, for the reminders. */
  async lockUnsubmitted(regionId: string): Promise<ReportRow[]> {
    const ids: { id: string }[] = await this.manager.query(
      `SELECT s.id FROM status_report s JOIN reporting_period p ON p.id = s.period_id
        WHERE p.region_id = $1 AND p.status = 'OPEN' AND s.state NOT IN ('SUBMITTED', 'APPROVED')
        ORDER BY s.id FOR UPDATE OF s SKIP LOCKED`,
      [regionId],
    );
    if (ids.length === 0) return [];
    return this.manager.query(`${REPORT_SELECT} WHERE s.id = ANY($1::uuid[]) ${REPORT_ORDER}`, [
      ids.map((row) => row.id),
    ]);
  }

  async markReminded(ids: readonly string[], rule: ReminderRule, at: Date): Promise<void> {
    if (ids.length === 0) return;
    const column = rule === 'BEFORE_DUE' ? 'reminded_before_due_at' : 'reminded_overdue_at';
    await this.manager.query(`UPDATE status_report SET ${column} = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }
}
