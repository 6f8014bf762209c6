import { EntityManager } from 'typeorm';

/** An agreement in force with an end date: what the overviews show as deadlines. Dates as YYYY-MM-DD. */
export interface AgreementInForce {
  readonly agreementId: string;
  readonly title: string;
  readonly endDate: string;
  /** Months of notice before the end date, or null when the agreement states none. */
  readonly noticeMonths: number | null;
}

/**
 * The region's agreements in force (ACTIVE, the version in force not ended before `today`) that have an end date,
 * optionally only those the municipality is a party to: by end date, then title. One statement.
 */
export async function agreementsInForceWithEndDate(
  manager: EntityManager,
  regionId: string,
  today: string,
  municipalityNumber: string | null = null,
): Promise<AgreementInForce[]> {
  const rows: { agreement_id: string; title: string; end_date: string; notice_months: number | null }[] =
    await manager.query(
      `SELECT a.id AS agreement_id, a.title, v.end_date::text AS end_date, v.notice_months
         FROM agreement a
         JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
        WHERE a.region_id = $1 AND a.status = 'ACTIVE' AND v.end_date IS NOT NULL AND v.end_date >= $2::date
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM agreement_version_party p
                                            WHERE p.version_id = v.id AND p.municipality_number = $3))
        ORDER BY v.end_date, a.title, a.id`,
      [regionId, today, municipalityNumber],
    );
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    title: row.title,
    endDate: row.end_date,
    noticeMonths: row.notice_months,
  }));
}

/** How many of the region's agreements are submitted and wait for the parties' decisions. One statement. */
export async function submittedAgreementCount(manager: EntityManager, regionId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await manager.query(
    `SELECT count(*)::int AS n FROM agreement WHERE region_id = $1 AND status = 'SUBMITTED'`,
    [regionId],
  );
  return n;
}
