import { ReportingPeriodEntity } from '@samarbeid/api/data-access';
import type { ReportingPeriodKind, ReportingPeriodStatus } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

export interface PeriodRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly name: string;
  readonly kind: ReportingPeriodKind;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly dueDate: string;
  readonly status: ReportingPeriodStatus;
  readonly summary: string;
  readonly version: number;
  readonly reportCount: number;
  readonly submittedCount: number;
  readonly approvedCount: number;
}

export interface NewPeriod {
  readonly regionId: string;
  readonly name: string;
  readonly kind: ReportingPeriodKind;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly dueDate: string;
  readonly openedBy: string;
}

const PERIOD_SELECT = `
  SELECT p.id, p.region_id AS "regionId", r.slug AS "regionSlug", r.name AS "regionName", p.name, p.kind,
         p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo", p.due_date::text AS "dueDate",
         p.status, p.summary, p.version,
         (SELECT count(*)::int FROM status_report s WHERE s.period_id = p.id) AS "reportCount",
         (SELECT count(*)::int FROM status_report s
           WHERE s.period_id = p.id AND s.state IN ('SUBMITTED', 'APPROVED')) AS "submittedCount",
         (SELECT count(*)::int FROM status_report s
           WHERE s.period_id = p.id AND s.state = 'APPROVED') AS "approvedCount"
    FROM reporting_period p JOIN region r ON r.id = p.region_id`;

/** Reporting periods: every statement about the table reporting_period. */
export class PeriodRepository {
  constructor(private readonly manager: EntityManager) {}

  /** A region's periods, newest first. */
  async page(regionId: string, offset: number, limit: number): Promise<{ rows: PeriodRow[]; total: number }> {
    const rows: PeriodRow[] = await this.manager.query(
      `${PERIOD_SELECT} WHERE p.region_id = $1 ORDER BY p.period_from DESC, p.name, p.id OFFSET $2 LIMIT $3`,
      [regionId, offset, limit],
    );
    const [count] = await this.manager.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM reporting_period WHERE region_id = $1',
      [regionId],
    );
    return { rows, total: count?.total ?? 0 };
  }

  async byId(id: string): Promise<PeriodRow | null> {
    const rows: PeriodRow[] = await this.manager.query(`${PERIOD_SELECT} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The period, locked for the rest of the transaction. */
  async lock(id: string): Promise<PeriodRow | null> {
    await this.manager.query('SELECT id FROM reporting_period WHERE id = $1 FOR UPDATE', [id]);
    return this.byId(id);
  }

  /** The regions with an open period: where the scheduled reminders look. */
  async regionsWithOpenPeriods(): Promise<string[]> {
    const rows: { region_id: string }[] = await this.manager.query(
      "SELECT DISTINCT region_id FROM reporting_period WHERE status = 'OPEN' ORDER BY region_id",
    );
    return rows.map((row) => row.region_id);
  }

  async nameTaken(regionId: string, name: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      'SELECT 1 FROM reporting_period WHERE region_id = $1 AND lower(name) = lower($2)',
      [regionId, name],
    );
    return rows.length > 0;
  }

  async insert(period: NewPeriod): Promise<string> {
    const result = await this.manager.insert(ReportingPeriodEntity, { ...period, status: 'OPEN' });
    return (result.identifiers[0] as { id: string }).id;
  }

  async setSummary(id: string, summary: string): Promise<void> {
    await this.manager.update(ReportingPeriodEntity, { id }, { summary });
  }

  async setStatus(id: string, status: ReportingPeriodStatus): Promise<void> {
    await this.manager.update(ReportingPeriodEntity, { id }, { status });
  }
}
