import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentMembership,
  currentNetworkMember,
  MEASURE_BLOCKED_SQL,
  MEASURE_STATUS_CHANGED_AT_SQL,
  MEASURE_UNDER_WAY_STATUSES_SQL,
  MEASURE_UNMET_DEPENDENCIES_SQL,
} from '@samarbeid/api/data-access';
import type { MobilisationRating } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** The asked-for municipality's name when it is a member today, else null. */
  readonly memberName: string | null;
}

export interface MeasureFact {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly since: string | null;
  readonly waitsFor: string | null;
}

export interface NetworkRow {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionSlug: string;
}

export interface IndicatorRow {
  readonly strategyId: string;
  readonly goalId: string;
  readonly goalTitle: string;
  readonly indicatorId: string | null;
  readonly name: string | null;
  readonly unit: string | null;
  readonly baselineYear: number | null;
  readonly baselineValue: string | null;
  readonly targetYear: number | null;
  readonly targetValue: string | null;
  readonly direction: string | null;
  readonly latestValue: string | null;
  readonly latestPeriod: string | null;
}

function withoutTotal(row: MeasureFact & { total: number }): MeasureFact {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    since: row.since,
    waitsFor: row.waitsFor,
  };
}

/**
 * The region's economic benefits with the factor that turns their values into NOK (FTE × cost per FTE): read from
 * the region's measures through ix_benefit_measure, so that the values below are read benefit by benefit through
 * their indexes rather than by scanning every region's values.
 */
const ECONOMIC_BENEFITS = `SELECT b.id, b.measure_id,
         CASE WHEN b.unit_kind = 'FTE' THEN coalesce(b.fte_cost_nok, 0) ELSE 1 END AS factor
    FROM measure m JOIN benefit b ON b.measure_id = m.id
   WHERE m.region_id = $1 AND b.unit_kind <> 'QUALITATIVE'`;

/**
 * The overviews' SQL: aggregates over the measures, participations, benefits, requirements, decisions, strategies
 * and indicators of one region or network, each figure in one statement whatever the region's size. Read only.
 */
@Injectable()
export class OverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }

  async region(slug: string, municipalityNumber: string | null): Promise<RegionRow | null> {
    const [row] = await this.query<{ id: string; slug: string; name: string; member_name: string | null }>(
      `SELECT r.id, r.slug, r.name,
              (SELECT mu.name FROM region_membership rm JOIN municipality mu ON mu.number = rm.municipality_number
                WHERE rm.region_id = r.id AND rm.municipality_number = $2 AND ${currentMembership('rm')}
                LIMIT 1) AS member_name
         FROM region r WHERE r.slug = $1`,
      [slug, municipalityNumber],
    );
    return row ? { id: row.id, slug: row.slug, name: row.name, memberName: row.member_name } : null;
  }

  /** Measures by status, tier and network: only the cells with measures. */
  statusMatrix(regionId: string) {
    return this.query<{
      status: string;
      tier: string;
      networkId: string;
      networkName: string;
      count: number;
    }>(
      `SELECT m.status, m.tier, n.id AS "networkId", n.name AS "networkName", count(*)::int AS count
         FROM measure m JOIN network n ON n.id = m.network_id
        WHERE m.region_id = $1
        GROUP BY m.status, m.tier, n.id, n.name
        ORDER BY n.name, n.id, m.tier, m.status`,
      [regionId],
    );
  }

  /** Per mobilisation colour (null: not rated): how many measures, and each measure's total planned gain. */
  async mobilisationGains(regionId: string) {
    return this.query<{ rating: MobilisationRating | null; count: number; planned: string }>(
      `WITH b AS (${ECONOMIC_BENEFITS}),
            gain AS (SELECT b.measure_id, sum(v.planned * b.factor) AS planned
                       FROM b CROSS JOIN LATERAL (SELECT planned FROM benefit_plan_value WHERE benefit_id = b.id) v
                      GROUP BY b.measure_id)
       SELECT m.mobilisation AS rating, count(*)::int AS count, coalesce(sum(gain.planned), 0)::text AS planned
         FROM measure m LEFT JOIN gain ON gain.measure_id = m.id
        WHERE m.region_id = $1
        GROUP BY m.mobilisation`,
      [regionId],
    );
  }

  /**
   * Per measure with a planned or realised gain in one of `years`: planned and realised (null: nothing realised) in
   * NOK. The same sums as the economics pages.
   */
  gainsIn(regionId: string, years: readonly number[]) {
    return this.query<{ measureId: string; year: number; planned: string; realised: string | null }>(
      `WITH b AS (${ECONOMIC_BENEFITS}),
            planned AS (SELECT b.measure_id, v.year, v.planned * b.factor AS amount
                          FROM b CROSS JOIN LATERAL (SELECT year, planned FROM benefit_plan_value
                                                      WHERE benefit_id = b.id AND year = ANY($2::int[])) v),
            realised AS (SELECT b.measure_id, a.year, a.value * b.factor AS amount
                           FROM b CROSS JOIN LATERAL (
                             SELECT DISTINCT ON (year, municipality_number) year, value FROM benefit_actual
                              WHERE benefit_id = b.id AND year = ANY($2::int[])
                              ORDER BY year, municipality_number, recorded_at DESC, id DESC) a)
       SELECT measure_id AS "measureId", year, coalesce(sum(planned), 0)::text AS planned,
              sum(realised)::text AS realised
         FROM (SELECT measure_id, year, amount AS planned, NULL::numeric AS realised FROM planned
               UNION ALL SELECT measure_id, year, NULL, amount FROM realised) figures
        GROUP BY measure_id, year`,
      [regionId, [...years]],
    );
  }

  /** The region's required savings in the years: its own figure, or else the sum of its municipalities'. */
  requirementsIn(regionId: string, years: readonly number[]) {
    return this.query<{ year: number; required: string }>(
      `SELECT year, coalesce(sum(amount) FILTER (WHERE municipality_number IS NULL),
                             sum(amount))::text AS required
         FROM savings_requirement WHERE region_id = $1 AND year = ANY($2::int[])
        GROUP BY year`,
      [regionId, [...years]],
    );
  }

  /** The region's benefit thresholds (percent), or the defaults when none are set. */
  async thresholds(
    regionId: string,
  ): Promise<{ greenFromPercent: string; yellowFromPercent: string } | null> {
    const [row] = await this.query<{ green: string; yellow: string }>(
      `SELECT green_from_percent::text AS green, yellow_from_percent::text AS yellow
         FROM region_economics WHERE region_id = $1`,
      [regionId],
    );
    return row ? { greenFromPercent: row.green, yellowFromPercent: row.yellow } : null;
  }

  /**
   * Measures under way whose status has not changed for `months` months (the last status change or creation in the
   * history, else when the row was created): the longest stuck first, at most `limit`, and how many in all.
   */
  async stuck(
    regionId: string,
    months: number,
    limit: number,
  ): Promise<{ rows: MeasureFact[]; total: number }> {
    const rows = await this.query<MeasureFact & { total: number }>(
      `WITH changed AS (
         SELECT m.id, m.code, m.title, m.status, ${MEASURE_STATUS_CHANGED_AT_SQL} AS changed_at
           FROM measure m WHERE m.region_id = $1 AND m.status IN ${MEASURE_UNDER_WAY_STATUSES_SQL})
       SELECT id, code, title, status, (changed_at AT TIME ZONE 'Europe/Oslo')::date::text AS since,
              NULL AS "waitsFor", count(*) OVER ()::int AS total
         FROM changed WHERE changed_at < now() - make_interval(months => $2)
        ORDER BY changed_at, code LIMIT $3`,
      [regionId, months, limit],
    );
    return { rows: rows.map(withoutTotal), total: rows[0]?.total ?? 0 };
  }

  /**
   * Measures not done whose dependency is not met (a START dependency not yet started, a FINISH dependency not
   * completed): by code, at most `limit`, and how many in all. A measure waiting for several names the first by code.
   */
  async blocked(regionId: string, limit: number): Promise<{ rows: MeasureFact[]; total: number }> {
    const rows = await this.query<MeasureFact & { total: number }>(
      `SELECT m.id, m.code, m.title, m.status, NULL AS since,
              (SELECT min(d.code) ${MEASURE_UNMET_DEPENDENCIES_SQL}) AS "waitsFor", count(*) OVER ()::int AS total
         FROM measure m
        WHERE m.region_id = $1 AND ${MEASURE_BLOCKED_SQL}
        ORDER BY m.code LIMIT $2`,
      [regionId, limit],
    );
    return { rows: rows.map(withoutTotal), total: rows[0]?.total ?? 0 };
  }

  /**
   * The region's own dated deadlines in one statement: the due dates of its open reporting periods (their reports
   * are still coming in), and the last days of its strategies on consultation, the network's name in the title
   * ("Strategi 2026–2029 (Teknisk nettverk)").
   */
  async ownDeadlines(regionId: string): Promise<{
    openPeriods: { periodId: string; name: string; dueDate: string }[];
    consultations: { strategyId: string; networkId: string; title: string; endsOn: string }[];
  }> {
    const rows = await this.query<{
      kind: 'PERIOD' | 'CONSULTATION';
      id: string;
      networkId: string | null;
      name: string;
      date: string;
    }>(
      `SELECT 'PERIOD' AS kind, id, NULL::uuid AS "networkId", name, due_date::text AS date
         FROM reporting_period WHERE region_id = $1 AND status = 'OPEN'
       UNION ALL
       SELECT 'CONSULTATION', s.id, n.id, s.title || ' (' || n.name || ')', s.consultation_ends_on::text
         FROM strategy s JOIN network n ON n.id = s.network_id
        WHERE n.region_id = $1 AND s.status = 'CONSULTATION' AND s.consultation_ends_on IS NOT NULL
       ORDER BY date, id`,
      [regionId],
    );
    return {
      openPeriods: rows
        .filter((row) => row.kind === 'PERIOD')
        .map((row) => ({ periodId: row.id, name: row.name, dueDate: row.date })),
      consultations: rows
        .filter((row) => row.kind === 'CONSULTATION')
        .map((row) => ({
          strategyId: row.id,
          networkId: row.networkId as string,
          title: row.name,
          endsOn: row.date,
        })),
    };
  }

  recentDecisions(regionId: string, limit: number) {
    return this.query<{ id: string; decidedOn: string; caseReference: string; title: string; body: string }>(
      `SELECT id, decided_on::text AS "decidedOn", case_reference AS "caseReference", title, body
         FROM decision WHERE region_id = $1 ORDER BY decided_on DESC, created_at DESC, id LIMIT $2`,
      [regionId, limit],
    );
  }

  /** How many of the region's measures the municipality takes part in, has opted out of, and all of them. */
  async participation(
    regionId: string,
    municipalityNumber: string,
  ): Promise<{ total: number; participating: number; optedOut: number }> {
    const [row] = await this.query<{ total: number; participating: number; opted_out: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE p.state = 'PARTICIPATING')::int AS participating,
              count(*) FILTER (WHERE p.state = 'OPTED_OUT')::int AS opted_out
         FROM measure m LEFT JOIN participation p ON p.measure_id = m.id AND p.municipality_number = $2
        WHERE m.region_id = $1`,
      [regionId, municipalityNumber],
    );
    return { total: row.total, participating: row.participating, optedOut: row.opted_out };
  }

  optedOut(regionId: string, municipalityNumber: string) {
    return this.query<{ id: string; code: string; title: string; reason: string }>(
      `SELECT m.id, m.code, m.title, coalesce(p.reason, '') AS reason
         FROM measure m JOIN participation p ON p.measure_id = m.id AND p.municipality_number = $2
        WHERE m.region_id = $1 AND p.state = 'OPTED_OUT'
        ORDER BY regexp_replace(m.code, '[0-9]+$', ''),
                 coalesce(nullif(regexp_replace(m.code, '^[^0-9]+', ''), ''), '0')::int`,
      [regionId, municipalityNumber],
    );
  }

  async network(id: string): Promise<NetworkRow | null> {
    const [row] = await this.query<NetworkRow>(
      `SELECT n.id, n.name, n.region_id AS "regionId", r.slug AS "regionSlug"
         FROM network n JOIN region r ON r.id = n.region_id WHERE n.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The networks the user leads, by name. */
  ledNetworks(userId: string) {
    return this.query<NetworkRow>(
      `SELECT DISTINCT n.id, n.name, n.region_id AS "regionId", r.slug AS "regionSlug"
         FROM network_member nm JOIN network n ON n.id = nm.network_id JOIN region r ON r.id = n.region_id
        WHERE nm.user_id = $1 AND nm.role = 'LEADER' AND ${currentNetworkMember('nm')}
        ORDER BY n.name, n.id`,
      [userId],
    );
  }

  statusCounts(networkIds: readonly string[]) {
    return this.query<{ networkId: string; status: string; count: number }>(
      `SELECT network_id AS "networkId", status, count(*)::int AS count
         FROM measure WHERE network_id = ANY($1::uuid[]) GROUP BY network_id, status`,
      [[...networkIds]],
    );
  }

  /** Per network the strategy to show: the newest adopted, else the newest (by period, then creation). */
  strategies(networkIds: readonly string[]) {
    return this.query<{
      id: string;
      networkId: string;
      title: string;
      status: string;
      periodFrom: number;
      periodTo: number;
    }>(
      `SELECT DISTINCT ON (network_id) id, network_id AS "networkId", title, status,
              period_from AS "periodFrom", period_to AS "periodTo"
         FROM strategy WHERE network_id = ANY($1::uuid[]) AND status <> 'ARCHIVED'
        ORDER BY network_id, (status = 'ADOPTED') DESC, period_from DESC, created_at DESC, id`,
      [[...networkIds]],
    );
  }

  /** The strategies' goals (by position) with their indicators and each indicator's latest region-wide value. */
  goalIndicators(strategyIds: readonly string[]) {
    return this.query<IndicatorRow>(
      `SELECT g.strategy_id AS "strategyId", g.id AS "goalId", g.title AS "goalTitle", i.id AS "indicatorId", i.name,
              i.unit, i.baseline_year AS "baselineYear", i.baseline_value::text AS "baselineValue",
              i.target_year AS "targetYear", i.target_value::text AS "targetValue", i.direction,
              latest.value AS "latestValue", latest.period AS "latestPeriod"
         FROM strategy_goal g
         LEFT JOIN goal_indicator i ON i.goal_id = g.id
         LEFT JOIN LATERAL (SELECT v.value::text AS value, v.period FROM indicator_value v
                             WHERE v.indicator_id = i.id AND v.municipality_number IS NULL AND NOT v.not_measured
                               AND v.value IS NOT NULL
                             ORDER BY v.period DESC LIMIT 1) latest ON true
        WHERE g.strategy_id = ANY($1::uuid[])
        ORDER BY g.strategy_id, g.position, g.id, i.position, i.id`,
      [[...strategyIds]],
    );
  }

  /** The year's action plan items of the strategies, counted by the state of their measures. */
  actionPlans(strategyIds: readonly string[], year: number) {
    return this.query<{
      strategyId: string;
      items: number;
      completed: number;
      inProgress: number;
      averageProgress: number | null;
    }>(
      `SELECT a.strategy_id AS "strategyId", count(*)::int AS items,
              count(*) FILTER (WHERE m.status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE m.status = 'IN_PROGRESS')::int AS "inProgress",
              round(avg(CASE WHEN m.status = 'COMPLETED' THEN 100 ELSE m.progress_percent END))::int
                AS "averageProgress"
         FROM action_plan_item a JOIN measure m ON m.id = a.measure_id
        WHERE a.strategy_id = ANY($1::uuid[]) AND a.year = $2
        GROUP BY a.strategy_id`,
      [[...strategyIds], year],
    );
  }
}
