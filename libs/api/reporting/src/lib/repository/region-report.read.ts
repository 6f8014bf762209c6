import type { CompiledAgreement } from '@samarbeid/shared/domain';
import { currentMembership } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

/** A measure `m` the municipality `$n` takes part in (true for every measure when `$n` is null). */
const TAKES_PART = (n: string) =>
  `(${n}::char(4) IS NULL OR EXISTS (SELECT 1 FROM participation tp WHERE tp.measure_id = m.id
     AND tp.municipality_number = ${n} AND tp.state = 'PARTICIPATING'))`;

/**
 * What the compiled report reads of the region's portfolio, strategies, decisions and agreements, one statement per
 * section; with a municipality number, only what that municipality takes part in (its variant of the report).
 * (These are the core tables every feature shares through libs/api/data-access; the economic figures come through
 * @samarbeid/api/economics-read.)
 */
export class RegionReportRead {
  constructor(private readonly manager: EntityManager) {}

  byStatus(regionId: string, municipality: string | null): Promise<{ status: string; count: number }[]> {
    return this.manager.query(
      `SELECT m.status, count(*)::int AS count FROM measure m WHERE m.region_id = $1 AND ${TAKES_PART('$2')}
        GROUP BY m.status ORDER BY m.status`,
      [regionId, municipality],
    );
  }

  byTier(regionId: string, municipality: string | null): Promise<{ tier: string; count: number }[]> {
    return this.manager.query(
      `SELECT m.tier, count(*)::int AS count FROM measure m WHERE m.region_id = $1 AND ${TAKES_PART('$2')}
        GROUP BY m.tier ORDER BY m.tier`,
      [regionId, municipality],
    );
  }

  /** The measures in the economics section: every one not rejected, with how many municipalities take part. */
  measures(
    regionId: string,
    municipality: string | null,
  ): Promise<{ id: string; code: string; title: string; participants: number }[]> {
    return this.manager.query(
      `SELECT m.id, m.code, m.title,
              (SELECT count(*)::int FROM participation p WHERE p.measure_id = m.id AND p.state = 'PARTICIPATING')
                AS participants
         FROM measure m WHERE m.region_id = $1 AND m.status NOT IN ('REJECTED', 'PROPOSED') AND ${TAKES_PART('$2')}
        ORDER BY m.code`,
      [regionId, municipality],
    );
  }

  /** The ids of every measure of the region the municipality takes part in (whatever their status). */
  async takingPart(regionId: string, municipality: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT m.id FROM measure m WHERE m.region_id = $1 AND ${TAKES_PART('$2')}`,
      [regionId, municipality],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The region's current members, by number. */
  members(regionId: string): Promise<{ number: string; name: string }[]> {
    return this.manager.query(
      `SELECT mu.number, mu.name FROM region_membership rm JOIN municipality mu ON mu.number = rm.municipality_number
        WHERE rm.region_id = $1 AND ${currentMembership('rm')} ORDER BY mu.number`,
      [regionId],
    );
  }

  /** The measures of the region the municipality has opted out of, with its reason. */
  optedOut(
    regionId: string,
    municipality: string,
  ): Promise<{ code: string; title: string; reason: string }[]> {
    return this.manager.query(
      `SELECT m.code, m.title, coalesce(p.reason, '') AS reason
         FROM participation p JOIN measure m ON m.id = p.measure_id
        WHERE m.region_id = $1 AND p.municipality_number = $2 AND p.state = 'OPTED_OUT'
        ORDER BY m.code`,
      [regionId, municipality],
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
    municipality: string | null,
  ): Promise<{ networkId: string; code: string; title: string; priority: number }[]> {
    return this.manager.query(
      `SELECT DISTINCT ON (s.network_id, m.id) s.network_id AS "networkId", m.code, m.title, a.priority
         FROM action_plan_item a JOIN strategy s ON s.id = a.strategy_id JOIN network n ON n.id = s.network_id
         JOIN measure m ON m.id = a.measure_id
        WHERE n.region_id = $1 AND a.year BETWEEN $2 AND $3 AND ${TAKES_PART('$4')}
        ORDER BY s.network_id, m.id, a.year DESC`,
      [regionId, fromYear, toYear, municipality],
    );
  }

  /** The required saving (nedtrekk) for the years, as a decimal string: the region's, or one municipality's own. */
  async required(
    regionId: string,
    fromYear: number,
    toYear: number,
    municipality: string | null,
  ): Promise<string> {
    const [row] = await this.manager.query<{ amount: string }[]>(
      `SELECT round(coalesce(sum(amount), 0), 2)::text AS amount FROM savings_requirement
        WHERE region_id = $1 AND municipality_number IS NOT DISTINCT FROM $4 AND year BETWEEN $2 AND $3`,
      [regionId, fromYear, toYear, municipality],
    );
    return row?.amount ?? '0.00';
  }

  /** Each municipality's own required saving for the years, by number (those with one). */
  async requiredByMunicipality(
    regionId: string,
    fromYear: number,
    toYear: number,
  ): Promise<Map<string, string>> {
    const rows: { number: string; amount: string }[] = await this.manager.query(
      `SELECT municipality_number AS number, round(sum(amount), 2)::text AS amount FROM savings_requirement
        WHERE region_id = $1 AND municipality_number IS NOT NULL AND year BETWEEN $2 AND $3
        GROUP BY municipality_number`,
      [regionId, fromYear, toYear],
    );
    return new Map(rows.map((row) => [row.number, row.amount]));
  }

  /**
   * The decisions in the period; for a municipality, those about measures it takes part in and its own council's.
   */
  decisions(
    regionId: string,
    from: string,
    to: string,
    municipality: string | null,
  ): Promise<{ decidedOn: string; body: string; caseReference: string; title: string }[]> {
    return this.manager.query(
      `SELECT d.decided_on::text AS "decidedOn", d.body, d.case_reference AS "caseReference", d.title FROM decision d
        WHERE d.region_id = $1 AND d.decided_on BETWEEN $2 AND $3
          AND ($4::char(4) IS NULL OR d.municipality_number = $4 OR EXISTS (
               SELECT 1 FROM decision_measure dm JOIN measure m ON m.id = dm.measure_id
                WHERE dm.decision_id = d.id AND ${TAKES_PART('$4')}))
        ORDER BY d.decided_on, d.title, d.id`,
      [regionId, from, to, municipality],
    );
  }

  /** Agreements in force whose version in force starts in the period (for a municipality: it is a party). */
  signed(
    regionId: string,
    from: string,
    to: string,
    municipality: string | null,
  ): Promise<CompiledAgreement[]> {
    return this.manager.query(
      `SELECT a.title, a.legal_form AS "legalForm", v.start_date::text AS date
         FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
        WHERE a.region_id = $1 AND v.start_date BETWEEN $2 AND $3 AND ${PARTY('$4')}
        ORDER BY v.start_date, a.title, a.id`,
      [regionId, from, to, municipality],
    );
  }

  /** Agreements terminated in the period, or whose version in force ended in it (for a municipality: a party). */
  ended(
    regionId: string,
    from: string,
    to: string,
    municipality: string | null,
  ): Promise<CompiledAgreement[]> {
    return this.manager.query(
      `SELECT a.title, a.legal_form AS "legalForm",
              coalesce((a.terminated_at AT TIME ZONE 'Europe/Oslo')::date, v.end_date)::text AS date
         FROM agreement a LEFT JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
        WHERE a.region_id = $1
          AND ((a.terminated_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN $2 AND $3 OR v.end_date BETWEEN $2 AND $3)
          AND ${PARTY('$4')}
        ORDER BY 3, a.title, a.id`,
      [regionId, from, to, municipality],
    );
  }
}

/** The agreement's version in force `v` has the municipality `$n` as a party (true for any when `$n` is null). */
const PARTY = (n: string) =>
  `(${n}::char(4) IS NULL OR EXISTS (SELECT 1 FROM agreement_version_party vp
     WHERE vp.version_id = v.id AND vp.municipality_number = ${n}))`;
