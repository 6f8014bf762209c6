import type { CompiledAgreement } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

/**
 * What the compiled report reads of the region's portfolio, strategies, decisions and agreements, one statement per
 * section. (These are the core tables every feature shares through libs/api/data-access; the economic figures come
 * through @samarbeid/api/economics-read.)
 */
export class RegionReportRead {
  constructor(private readonly manager: EntityManager) {}

  byStatus(regionId: string): Promise<{ status: string; count: number }[]> {
    return this.manager.query(
      `SELECT status, count(*)::int AS count FROM measure WHERE region_id = $1 GROUP BY status ORDER BY status`,
      [regionId],
    );
  }

  byTier(regionId: string): Promise<{ tier: string; count: number }[]> {
    return this.manager.query(
      `SELECT tier, count(*)::int AS count FROM measure WHERE region_id = $1 GROUP BY tier ORDER BY tier`,
      [regionId],
    );
  }

  /** The measures in the economics section: every one not rejected, with how many municipalities take part. */
  measures(regionId: string): Promise<{ id: string; code: string; title: string; participants: number }[]> {
    return this.manager.query(
      `SELECT m.id, m.code, m.title,
              (SELECT count(*)::int FROM participation p WHERE p.measure_id = m.id AND p.state = 'PARTICIPATING')
                AS participants
         FROM measure m WHERE m.region_id = $1 AND m.status NOT IN ('REJECTED', 'PROPOSED')
        ORDER BY m.code`,
      [regionId],
    );
  }

  networks(regionId: string): Promise<{ id: string; name: string }[]> {
    return this.manager.query(`SELECT id, name FROM network WHERE region_id = $1 ORDER BY name, id`, [
      regionId,
    ]);
  }

  /** Each network's goals and indicators, from its newest strategy (adopted before draft). */
  goals(regionId: string): Promise<
    {
      networkId: string;
      goalId: string;
      title: string;
      indicator: string | null;
      unit: string | null;
      baseline: string | null;
      target: string | null;
    }[]
  > {
    return this.manager.query(
      `WITH newest AS (
         SELECT DISTINCT ON (s.network_id) s.id, s.network_id FROM strategy s JOIN network n ON n.id = s.network_id
          WHERE n.region_id = $1 AND s.status <> 'ARCHIVED'
          ORDER BY s.network_id, (s.status = 'ADOPTED') DESC, s.period_from DESC, s.id)
       SELECT newest.network_id AS "networkId", g.id AS "goalId", g.title, i.name AS indicator, i.unit,
              i.baseline_year || ': ' || trim_scale(i.baseline_value)::text AS baseline,
              i.target_year || ': ' || trim_scale(i.target_value)::text AS target
         FROM newest JOIN strategy_goal g ON g.strategy_id = newest.id
         LEFT JOIN goal_indicator i ON i.goal_id = g.id
        ORDER BY newest.network_id, g.position, g.id, i.position, i.id`,
      [regionId],
    );
  }

  actionPlans(
    regionId: string,
    fromYear: number,
    toYear: number,
  ): Promise<{ networkId: string; code: string; title: string; priority: number }[]> {
    return this.manager.query(
      `SELECT DISTINCT ON (s.network_id, m.id) s.network_id AS "networkId", m.code, m.title, a.priority
         FROM action_plan_item a JOIN strategy s ON s.id = a.strategy_id JOIN network n ON n.id = s.network_id
         JOIN measure m ON m.id = a.measure_id
        WHERE n.region_id = $1 AND a.year BETWEEN $2 AND $3
        ORDER BY s.network_id, m.id, a.year DESC`,
      [regionId, fromYear, toYear],
    );
  }

  /** The region's required saving (nedtrekk) for the years, as a decimal string. */
  async required(regionId: string, fromYear: number, toYear: number): Promise<string> {
    const [row] = await this.manager.query<{ amount: string }[]>(
      `SELECT round(coalesce(sum(amount), 0), 2)::text AS amount FROM savings_requirement
        WHERE region_id = $1 AND municipality_number IS NULL AND year BETWEEN $2 AND $3`,
      [regionId, fromYear, toYear],
    );
    return row?.amount ?? '0.00';
  }

  decisions(
    regionId: string,
    from: string,
    to: string,
  ): Promise<{ decidedOn: string; body: string; caseReference: string; title: string }[]> {
    return this.manager.query(
      `SELECT decided_on::text AS "decidedOn", body, case_reference AS "caseReference", title FROM decision
        WHERE region_id = $1 AND decided_on BETWEEN $2 AND $3 ORDER BY decided_on, title, id`,
      [regionId, from, to],
    );
  }

  /** Agreements in force whose version in force starts in the period. */
  signed(regionId: string, from: string, to: string): Promise<CompiledAgreement[]> {
    return this.manager.query(
      `SELECT a.title, a.legal_form AS "legalForm", v.start_date::text AS date
         FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
        WHERE a.region_id = $1 AND v.start_date BETWEEN $2 AND $3 ORDER BY v.start_date, a.title, a.id`,
      [regionId, from, to],
    );
  }

  /** Agreements terminated in the period, or whose version in force ended in it. */
  ended(regionId: string, from: string, to: string): Promise<CompiledAgreement[]> {
    return this.manager.query(
      `SELECT a.title, a.legal_form AS "legalForm",
              coalesce((a.terminated_at AT TIME ZONE 'Europe/Oslo')::date, v.end_date)::text AS date
         FROM agreement a LEFT JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
        WHERE a.region_id = $1
          AND ((a.terminated_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN $2 AND $3 OR v.end_date BETWEEN $2 AND $3)
        ORDER BY 3, a.title, a.id`,
      [regionId, from, to],
    );
  }
}
