/**
 * The page queries of `npm run bench -- --national`: each as the web app sends it (its GraphQL document and
 * variables) and as the one hand-written SQL statement that returns the same data on the same schema, so the ratio
 * of the two is the API's own overhead (HTTP, GraphQL, authorization, mapping, and whatever it computes in code).
 */
import { REGION_OVERVIEW_QUERY } from './national-overview';

export interface PageQuery {
  readonly name: string;
  readonly graphql: string;
  readonly variables: Record<string, unknown>;
  readonly sql: string;
  readonly params: readonly unknown[];
}

const REGION = 'kongsbergregionen';
const MUNICIPALITY = '3303';
const HISTORY_TEXT = 'sak 4242';

/** Natural code order (letters, then the number), as the portfolio sorts. */
const CODE_ORDER = `regexp_replace(m.code, '[0-9]+$', ''),
  coalesce(nullif(regexp_replace(m.code, '^[^0-9]+', ''), ''), '0')::int`;

const PORTFOLIO_GRAPHQL = `query PortfolioMeasures($regionSlug: String!, $first: Int!) {
  measures(regionSlug: $regionSlug, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id code title serviceArea tier status mobilisation version network { id name }
      participation { measureId municipalityNumber state reason updatedAt } } } }`;

const PORTFOLIO_SQL = `
  SELECT (SELECT count(*) FROM measure WHERE region_id = r.id) AS total,
    (SELECT json_agg(x) FROM (
      SELECT m.id, m.code, m.title, m.service_area, m.tier, m.status, m.mobilisation, m.version,
             json_build_object('id', n.id, 'name', n.name) AS network,
             (SELECT json_agg(json_build_object('measureId', m.id, 'municipalityNumber', rm.municipality_number,
                       'state', coalesce(p.state, 'UNDECIDED'), 'reason', p.reason, 'updatedAt', p.updated_at)
                       ORDER BY rm.municipality_number)
                FROM region_membership rm
                LEFT JOIN participation p ON p.measure_id = m.id AND p.municipality_number = rm.municipality_number
               WHERE rm.region_id = m.region_id AND rm.valid_from <= current_date
                 AND (rm.valid_to IS NULL OR rm.valid_to >= current_date)) AS participation
        FROM measure m JOIN network n ON n.id = m.network_id
       WHERE m.region_id = r.id ORDER BY ${CODE_ORDER} LIMIT $2) x) AS nodes
  FROM region r WHERE r.slug = $1`;

const MUNICIPALITY_GRAPHQL = `query EconomicsMunicipality($regionSlug: String!, $municipalityNumber: String!) {
  municipalityEconomics(regionSlug: $regionSlug, municipalityNumber: $municipalityNumber) {
    regionSlug regionName municipalityNumber municipalityName measureCount
    years { year measureCount pays plannedGain realisedGain required }
    measures { measureId code title shareError pays { year amount } plannedGain { year amount }
      realisedGain { year amount } } } }`;

/** The municipality's share of each year's costs by each measure's key, rounded by the largest remainder. */
const MUNICIPALITY_SQL = `
  WITH r AS (SELECT id, slug, name FROM region WHERE slug = $1),
  ms AS (SELECT m.id, m.code, m.title FROM measure m JOIN r ON m.region_id = r.id
           JOIN participation p ON p.measure_id = m.id AND p.municipality_number = $2 AND p.state = 'PARTICIPATING'),
  parts AS (SELECT p.measure_id, p.municipality_number AS num FROM participation p
             WHERE p.measure_id IN (SELECT id FROM ms) AND p.state = 'PARTICIPATING'),
  w AS (SELECT pa.measure_id, pa.num, cp.key_kind, cp.fixed_percent,
               CASE cp.key_kind WHEN 'EQUAL' THEN 1 WHEN 'USAGE' THEN coalesce(ke.units, 0)
                                WHEN 'MANUAL' THEN coalesce(ke.percent, 0)
                                ELSE coalesce(ke.population_override, pop.count) END AS w
          FROM parts pa JOIN cost_plan cp ON cp.measure_id = pa.measure_id
          LEFT JOIN cost_key_entry ke ON ke.measure_id = pa.measure_id AND ke.municipality_number = pa.num
          LEFT JOIN municipality_population pop ON pop.municipality_number = pa.num AND pop.year = cp.population_year),
  w2 AS (SELECT measure_id, num,
                CASE WHEN key_kind = 'FIXED_PLUS_POPULATION'
                     THEN fixed_percent * sum(w) OVER m + (100 - fixed_percent) * count(*) OVER m * w ELSE w END AS w
           FROM w WINDOW m AS (PARTITION BY measure_id)),
  tot AS (SELECT measure_id, year, sum(amount) AS t FROM cost_line WHERE measure_id IN (SELECT id FROM ms)
           GROUP BY measure_id, year),
  sh AS (SELECT t.measure_id, t.year, w2.num, CASE WHEN t.t = trunc(t.t) THEN 1 ELSE 100 END AS sc, t.t, w2.w,
                sum(w2.w) OVER (PARTITION BY t.measure_id, t.year) AS ws
           FROM tot t JOIN w2 ON w2.measure_id = t.measure_id),
  fl AS (SELECT *, floor(t * sc * w / ws) AS f, mod(t * sc * w, ws) AS rem FROM sh),
  rk AS (SELECT *, t * sc - sum(f) OVER (PARTITION BY measure_id, year) AS missing,
                row_number() OVER (PARTITION BY measure_id, year ORDER BY rem DESC, num) AS rn FROM fl),
  agr AS (SELECT a.measure_id, y AS year,
                 CASE v.price_model WHEN 'FIXED_ANNUAL' THEN v.price ELSE v.price * v.volume_amount END AS price,
                 p.municipality_number AS num, p.buyer_volume,
                 sum(p.buyer_volume) OVER (PARTITION BY v.id, y) AS volumes, count(*) OVER (PARTITION BY v.id, y) AS buyers,
                 least(12, CASE WHEN extract(year FROM v.end_date) = y THEN extract(month FROM v.end_date) ELSE 12 END)
                 - CASE WHEN extract(year FROM v.start_date) = y THEN extract(month FROM v.start_date) ELSE 1 END + 1
                   AS months
            FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version
            JOIN agreement_version_party p ON p.version_id = v.id AND p.role = 'BUYER',
                 generate_series(extract(year FROM v.start_date)::int, extract(year FROM v.end_date)::int) y
           WHERE a.measure_id IN (SELECT id FROM ms) AND a.status = 'ACTIVE'),
  pays AS (SELECT measure_id, year, sum(amount) AS amount FROM (
             SELECT measure_id, year, (f + CASE WHEN rn <= missing THEN 1 ELSE 0 END) / sc AS amount
               FROM rk WHERE num = $2
             UNION ALL
             SELECT measure_id, year, round(price * months / 12 * coalesce(buyer_volume / nullif(volumes, 0),
                    1.0 / buyers), 2) FROM agr WHERE num = $2) s GROUP BY measure_id, year),
  planned AS (SELECT b.measure_id, pv.year,
                     sum(CASE WHEN b.unit_kind = 'FTE' THEN pv.planned * b.fte_cost_nok ELSE pv.planned END) AS amount
                FROM benefit b JOIN benefit_plan_value pv ON pv.benefit_id = b.id AND pv.municipality_number = $2
               WHERE b.measure_id IN (SELECT id FROM ms) AND b.unit_kind <> 'QUALITATIVE'
               GROUP BY b.measure_id, pv.year),
  realised AS (SELECT measure_id, year, sum(v) AS amount FROM (
                 SELECT DISTINCT ON (ba.benefit_id, ba.year) b.measure_id, ba.year,
                        CASE WHEN b.unit_kind = 'FTE' THEN ba.value * b.fte_cost_nok ELSE ba.value END AS v
                   FROM benefit b JOIN benefit_actual ba ON ba.benefit_id = b.id AND ba.municipality_number = $2
                  WHERE b.measure_id IN (SELECT id FROM ms) AND b.unit_kind <> 'QUALITATIVE'
                  ORDER BY ba.benefit_id, ba.year, ba.recorded_at DESC) x GROUP BY measure_id, year),
  years AS (SELECT year, count(DISTINCT measure_id) AS measures, sum(pays) AS pays, sum(planned) AS planned,
                   sum(realised) AS realised
              FROM (SELECT measure_id, year, amount AS pays, NULL::numeric AS planned, NULL::numeric AS realised FROM pays
                    UNION ALL SELECT measure_id, year, NULL, amount, NULL FROM planned
                    UNION ALL SELECT measure_id, year, NULL, NULL, amount FROM realised) u GROUP BY year)
  SELECT r.slug, r.name, (SELECT name FROM municipality WHERE number = $2) AS municipality,
    (SELECT json_agg(json_build_object('year', y.year, 'measureCount', y.measures, 'pays', y.pays,
             'plannedGain', y.planned, 'realisedGain', y.realised, 'required', s.amount) ORDER BY y.year)
       FROM years y LEFT JOIN savings_requirement s
         ON s.region_id = r.id AND s.year = y.year AND s.municipality_number = $2) AS years,
    (SELECT json_agg(json_build_object('measureId', ms.id, 'code', ms.code, 'title', ms.title,
             'pays', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                        FROM pays WHERE measure_id = ms.id),
             'plannedGain', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                               FROM planned WHERE measure_id = ms.id),
             'realisedGain', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                                FROM realised WHERE measure_id = ms.id)) ORDER BY ms.code) FROM ms) AS measures
  FROM r`;

const REGION_GRAPHQL = `query EconomicsRegion($regionSlug: String!) { regionEconomics(regionSlug: $regionSlug) {
  regionSlug regionName version viewerCanEdit thresholds { greenFromPercent yellowFromPercent }
  years { year required planned realised plannedGap realisedGap } requirements { municipalityNumber year amount }
  measures { measureId code title costs { year amount } plannedGain { year amount } realisedGain { year amount } } } }`;

const REGION_SQL = `
  WITH r AS (SELECT id, slug, name FROM region WHERE slug = $1),
  agr AS (SELECT a.measure_id, y AS year,
                 round(CASE v.price_model WHEN 'FIXED_ANNUAL' THEN v.price ELSE v.price * v.volume_amount END
                   * (least(12, CASE WHEN extract(year FROM v.end_date) = y THEN extract(month FROM v.end_date)
                   ELSE 12 END) - CASE WHEN extract(year FROM v.start_date) = y THEN extract(month FROM v.start_date)
                   ELSE 1 END + 1) / 12, 2) AS amount
            FROM agreement a JOIN r ON a.region_id = r.id
            JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.active_version,
                 generate_series(extract(year FROM v.start_date)::int, extract(year FROM v.end_date)::int) y
           WHERE a.status = 'ACTIVE' AND a.measure_id IS NOT NULL AND v.price IS NOT NULL),
  ms AS (SELECT m.id, m.code, m.title FROM measure m JOIN r ON m.region_id = r.id
          WHERE EXISTS (SELECT 1 FROM cost_line c WHERE c.measure_id = m.id)
             OR EXISTS (SELECT 1 FROM benefit b WHERE b.measure_id = m.id)
             OR m.id IN (SELECT measure_id FROM agr)),
  costs AS (SELECT measure_id, year, sum(amount) AS amount FROM (
              SELECT measure_id, year, amount FROM cost_line WHERE measure_id IN (SELECT id FROM ms)
              UNION ALL SELECT measure_id, year, amount FROM agr) c GROUP BY measure_id, year),
  planned AS (SELECT b.measure_id, pv.year,
                     sum(CASE WHEN b.unit_kind = 'FTE' THEN pv.planned * b.fte_cost_nok ELSE pv.planned END) AS amount
                FROM benefit b JOIN benefit_plan_value pv ON pv.benefit_id = b.id
               WHERE b.measure_id IN (SELECT id FROM ms) AND b.unit_kind <> 'QUALITATIVE'
               GROUP BY b.measure_id, pv.year),
  realised AS (SELECT measure_id, year, sum(v) AS amount FROM (
                 SELECT DISTINCT ON (ba.benefit_id, ba.year, ba.municipality_number) b.measure_id, ba.year,
                        CASE WHEN b.unit_kind = 'FTE' THEN ba.value * b.fte_cost_nok ELSE ba.value END AS v
                   FROM benefit b JOIN benefit_actual ba ON ba.benefit_id = b.id
                  WHERE b.measure_id IN (SELECT id FROM ms) AND b.unit_kind <> 'QUALITATIVE'
                  ORDER BY ba.benefit_id, ba.year, ba.municipality_number, ba.recorded_at DESC) x
                GROUP BY measure_id, year),
  req AS (SELECT year, coalesce(sum(amount) FILTER (WHERE municipality_number IS NULL), sum(amount)) AS amount
            FROM savings_requirement WHERE region_id = (SELECT id FROM r) GROUP BY year),
  gains AS (SELECT year, sum(amount) FILTER (WHERE k = 'p') AS planned, sum(amount) FILTER (WHERE k = 'r') AS realised
              FROM (SELECT 'p' AS k, year, amount FROM planned UNION ALL SELECT 'r', year, amount FROM realised) g
             GROUP BY year)
  SELECT r.slug, r.name, e.version, e.green_from_percent, e.yellow_from_percent,
    (SELECT json_agg(json_build_object('year', year, 'required', coalesce(req.amount, 0), 'planned', coalesce(planned, 0),
             'realised', coalesce(realised, 0), 'plannedGap', coalesce(planned, 0) - coalesce(req.amount, 0),
             'realisedGap', coalesce(realised, 0) - coalesce(req.amount, 0)) ORDER BY year)
       FROM gains FULL JOIN req USING (year)) AS years,
    (SELECT json_agg(json_build_object('municipalityNumber', municipality_number, 'year', year, 'amount', amount))
       FROM savings_requirement WHERE region_id = r.id) AS requirements,
    (SELECT json_agg(json_build_object('measureId', ms.id, 'code', ms.code, 'title', ms.title,
             'costs', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                         FROM costs WHERE measure_id = ms.id),
             'plannedGain', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                               FROM planned WHERE measure_id = ms.id),
             'realisedGain', (SELECT json_agg(json_build_object('year', year, 'amount', amount) ORDER BY year)
                                FROM realised WHERE measure_id = ms.id)) ORDER BY ms.code) FROM ms) AS measures
  FROM r LEFT JOIN region_economics e ON e.region_id = r.id`;

const AGREEMENTS_GRAPHQL = `query AgreementsRegister($regionSlug: String!, $first: Int!) {
  agreements(regionSlug: $regionSlug, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title legalForm status currentVersionNumber activeVersionNumber measure { id code title }
      currentVersion { id endDate parties { municipalityNumber municipalityName role } }
      activeVersion { id endDate } } } }`;

const AGREEMENTS_SQL = `
  SELECT (SELECT count(*) FROM agreement WHERE region_id = r.id) AS total,
    (SELECT json_agg(x) FROM (
      SELECT a.id, a.title, a.legal_form, a.status, a.current_version, a.active_version,
             (SELECT json_build_object('id', m.id, 'code', m.code, 'title', m.title) FROM measure m
               WHERE m.id = a.measure_id) AS measure,
             (SELECT json_build_object('id', v.id, 'endDate', v.end_date, 'parties',
                       (SELECT json_agg(json_build_object('municipalityNumber', p.municipality_number,
                                 'municipalityName', mu.name, 'role', p.role) ORDER BY p.role DESC, p.municipality_number)
                          FROM agreement_version_party p JOIN municipality mu ON mu.number = p.municipality_number
                         WHERE p.version_id = v.id))
                FROM agreement_version v WHERE v.agreement_id = a.id AND v.number = a.current_version) AS current,
             (SELECT json_build_object('id', v.id, 'endDate', v.end_date) FROM agreement_version v
               WHERE v.agreement_id = a.id AND v.number = a.active_version) AS active
        FROM agreement a WHERE a.region_id = r.id ORDER BY a.title, a.id LIMIT $2) x) AS nodes
  FROM region r WHERE r.slug = $1`;

const HISTORY_GRAPHQL = `query AuditEvents($regionSlug: String!, $filter: AuditFilter, $first: Int!) {
  auditEvents(regionSlug: $regionSlug, filter: $filter, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id occurredAt actorName action entityType summary before after } } }`;

const HISTORY_SQL = `
  SELECT (SELECT count(*) FROM audit_event a WHERE a.region_id = r.id
             AND (a.summary ILIKE $2 OR a.actor_name ILIKE $2)) AS total,
    (SELECT json_agg(x) FROM (
      SELECT a.id, a.occurred_at, a.actor_name, a.action, a.entity_type, a.summary, a.before, a.after
        FROM audit_event a WHERE a.region_id = r.id AND (a.summary ILIKE $2 OR a.actor_name ILIKE $2)
       ORDER BY a.occurred_at DESC LIMIT $3) x) AS nodes
  FROM region r WHERE r.slug = $1`;

/** The implementation plan (`/plan`) as the web app asks for it: every bar of the region with its facts. */
const PLAN_GRAPHQL = `query Plan($regionSlug: String!) {
  plan(regionSlug: $regionSlug) {
    totalCount today canManage
    bars { id code title parentId networkId networkName tier status mobilisation startDate endDate progressPercent
      version participants dependencies { dependsOnId dependsOnCode kind }
      milestones { id measureId name date done version } flags politicalDecisionNeeded firstBenefitYear
      resourcesFromOtherUnits canEdit baselineStart baselineEnd }
    conflicts { measureId dependsOnId kind earliestStart daysEarly }
    overloads { networkId month count capacity measureCodes }
    networks { id name capacity ownCapacity } municipalities { number name }
    baselines { id name frozenAt frozenBy } myFeeds { id } } }`;

const PLAN_SQL = `
  SELECT (SELECT json_agg(x) FROM (
      SELECT m.id, m.code, m.title, m.parent_id, m.network_id, m.tier, m.status, m.mobilisation, m.start_date,
             m.end_date, m.progress_percent, m.version, g.political_decision_needed, mp.resources_from_other_units,
             (SELECT min(v.year) FROM benefit b JOIN benefit_plan_value v ON v.benefit_id = b.id
               WHERE b.measure_id = m.id AND b.unit_kind <> 'QUALITATIVE' AND v.planned > 0) AS first_benefit_year,
             (SELECT array_agg(p.municipality_number) FROM participation p
               WHERE p.measure_id = m.id AND p.state = 'PARTICIPATING') AS participants,
             (SELECT json_agg(d) FROM measure_dependency d WHERE d.measure_id = m.id) AS dependencies,
             (SELECT json_agg(s) FROM plan_milestone s WHERE s.measure_id = m.id) AS milestones
        FROM measure m LEFT JOIN measure_governance g ON g.measure_id = m.id
        LEFT JOIN measure_plan mp ON mp.measure_id = m.id
       WHERE m.region_id = r.id ORDER BY m.network_id, ${CODE_ORDER}) x) AS bars,
    (SELECT json_agg(n) FROM network n WHERE n.region_id = r.id) AS networks,
    (SELECT json_agg(b) FROM plan_baseline b WHERE b.region_id = r.id) AS baselines
  FROM region r WHERE r.slug = $1`;

export const PAGE_QUERIES: readonly PageQuery[] = [
  {
    name: 'portfolio first page (20)',
    graphql: PORTFOLIO_GRAPHQL,
    variables: { regionSlug: REGION, first: 20 },
    sql: PORTFOLIO_SQL,
    params: [REGION, 21],
  },
  {
    name: 'portfolio first 200',
    graphql: PORTFOLIO_GRAPHQL,
    variables: { regionSlug: REGION, first: 200 },
    sql: PORTFOLIO_SQL,
    params: [REGION, 201],
  },
  {
    name: 'municipalityEconomics',
    graphql: MUNICIPALITY_GRAPHQL,
    variables: { regionSlug: REGION, municipalityNumber: MUNICIPALITY },
    sql: MUNICIPALITY_SQL,
    params: [REGION, MUNICIPALITY],
  },
  {
    name: 'regionEconomics',
    graphql: REGION_GRAPHQL,
    variables: { regionSlug: REGION },
    sql: REGION_SQL,
    params: [REGION],
  },
  {
    name: 'agreements page (50)',
    graphql: AGREEMENTS_GRAPHQL,
    variables: { regionSlug: REGION, first: 50 },
    sql: AGREEMENTS_SQL,
    params: [REGION, 51],
  },
  {
    name: 'history search',
    graphql: HISTORY_GRAPHQL,
    variables: { regionSlug: REGION, filter: { text: HISTORY_TEXT }, first: 50 },
    sql: HISTORY_SQL,
    params: [REGION, `%${HISTORY_TEXT}%`, 51],
  },
  REGION_OVERVIEW_QUERY,
  {
    name: 'plan (531 measures)',
    graphql: PLAN_GRAPHQL,
    variables: { regionSlug: REGION },
    sql: PLAN_SQL,
    params: [REGION],
  },
];
