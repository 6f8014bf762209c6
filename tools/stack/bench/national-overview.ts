import type { PageQuery } from './national-queries';

/**
 * The region overview of the home page (`HomeSecretariat`, the web app's document) and the one hand-written SQL
 * statement that returns the same figures: measures by status × tier × network, mobilisation with the planned gain
 * behind each colour, this year's and next year's savings gap, the benefit statuses' inputs, agreements in force
 * with an end date, approvals waiting, stuck and blocked measures, the five newest decisions.
 */
const GRAPHQL = `query HomeSecretariat($regionSlug: String!) {
  regionOverview(regionSlug: $regionSlug) {
    regionSlug regionName asOf measureCount
    statusMatrix { status tier networkId networkName count }
    mobilisation { rating count plannedGain weightedGain certaintyPercent }
    weightedPotential savingsGap { year required planned realised }
    benefitYear benefitStatus { status count }
    deadlineMonths deadlines { kind date agreementId title }
    approvalsWaiting stuckMonths stuckCount stuck { id code title status since }
    blockedCount blocked { id code title status waitsFor }
    recentDecisions { id decidedOn caseReference title body } } }`;

const SQL = `
  WITH r AS (SELECT id, slug, name FROM region WHERE slug = $1),
  y AS (SELECT extract(year FROM (now() AT TIME ZONE 'Europe/Oslo'))::int AS year),
  b AS (SELECT b.id, b.measure_id, CASE WHEN b.unit_kind = 'FTE' THEN coalesce(b.fte_cost_nok, 0) ELSE 1 END AS f
          FROM measure m JOIN r ON m.region_id = r.id JOIN benefit b ON b.measure_id = m.id
         WHERE b.unit_kind <> 'QUALITATIVE'),
  planned AS (SELECT b.measure_id, v.year, v.planned * b.f AS amount
                FROM b CROSS JOIN LATERAL (SELECT year, planned FROM benefit_plan_value WHERE benefit_id = b.id) v),
  realised AS (SELECT b.measure_id, a.year, a.value * b.f AS amount
                 FROM b CROSS JOIN LATERAL (SELECT DISTINCT ON (year, municipality_number) year, value
                   FROM benefit_actual WHERE benefit_id = b.id
                  ORDER BY year, municipality_number, recorded_at DESC, id DESC) a),
  gains AS (SELECT measure_id, year, coalesce(sum(p), 0) AS planned, sum(re) AS realised
              FROM (SELECT measure_id, year, amount AS p, NULL::numeric AS re FROM planned
                    UNION ALL SELECT measure_id, year, NULL, amount FROM realised) g GROUP BY measure_id, year)
  SELECT
    (SELECT json_agg(x) FROM (SELECT m.status, m.tier, n.id, n.name, count(*) FROM measure m JOIN r ON m.region_id = r.id
       JOIN network n ON n.id = m.network_id GROUP BY m.status, m.tier, n.id, n.name) x) AS matrix,
    (SELECT json_agg(x) FROM (SELECT m.mobilisation, count(*), coalesce(sum(g.p), 0) AS planned
       FROM measure m JOIN r ON m.region_id = r.id
       LEFT JOIN (SELECT measure_id, sum(planned) AS p FROM gains GROUP BY measure_id) g ON g.measure_id = m.id
      GROUP BY m.mobilisation) x) AS mobilisation,
    (SELECT json_agg(x) FROM (SELECT g.measure_id, g.year, g.planned, g.realised FROM gains g, y
      WHERE g.year IN (y.year, y.year + 1)) x) AS gains,
    (SELECT json_agg(x) FROM (SELECT s.year, coalesce(sum(amount) FILTER (WHERE municipality_number IS NULL), sum(amount))
       FROM savings_requirement s JOIN r ON s.region_id = r.id, y WHERE s.year IN (y.year, y.year + 1) GROUP BY s.year) x)
      AS requirements,
    (SELECT json_build_object('green', green_from_percent, 'yellow', yellow_from_percent)
       FROM region_economics e JOIN r ON e.region_id = r.id) AS thresholds,
    (SELECT json_agg(x) FROM (SELECT a.id, a.title, v.end_date, v.notice_months FROM agreement a JOIN r ON a.region_id = r.id
       JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
      WHERE a.status = 'ACTIVE' AND v.end_date >= current_date ORDER BY v.end_date, a.title) x) AS agreements,
    (SELECT count(*) FROM agreement a JOIN r ON a.region_id = r.id WHERE a.status = 'SUBMITTED') AS approvals,
    (SELECT json_agg(x) FROM (SELECT * FROM (
       SELECT m.id, m.code, m.title, m.status,
              coalesce((SELECT max(e.occurred_at) FROM audit_event e WHERE e.entity_type = 'measure'
                          AND e.entity_id = m.id::text AND e.action IN ('CREATE', 'TRANSITION')), m.created_at) AS changed,
              count(*) OVER () AS total
         FROM measure m JOIN r ON m.region_id = r.id
        WHERE m.status IN ('PROPOSED', 'UNDER_ASSESSMENT', 'DECIDED', 'IN_PROGRESS')) s
       WHERE changed < now() - interval '6 months' ORDER BY changed, code LIMIT 20) x) AS stuck,
    (SELECT json_agg(x) FROM (SELECT m.id, m.code, m.title, m.status, min(d.code) AS waits_for, count(*) OVER () AS total
       FROM measure m JOIN r ON m.region_id = r.id JOIN measure_dependency dep ON dep.measure_id = m.id
       JOIN measure d ON d.id = dep.depends_on_id
      WHERE m.status NOT IN ('COMPLETED', 'REJECTED') AND d.status <> 'COMPLETED'
        AND (dep.kind = 'FINISH' OR d.status <> 'IN_PROGRESS')
      GROUP BY m.id, m.code, m.title, m.status ORDER BY m.code LIMIT 20) x) AS blocked,
    (SELECT json_agg(x) FROM (SELECT d.id, d.decided_on, d.case_reference, d.title, d.body FROM decision d
       JOIN r ON d.region_id = r.id ORDER BY d.decided_on DESC, d.created_at DESC LIMIT 5) x) AS decisions
  FROM r`;

export const REGION_OVERVIEW_QUERY: PageQuery = {
  name: 'regionOverview',
  graphql: GRAPHQL,
  variables: { regionSlug: 'kongsbergregionen' },
  sql: SQL,
  params: ['kongsbergregionen'],
};
