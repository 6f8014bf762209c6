/**
 * The national data set of `npm run bench -- --national`, inserted with SQL on top of the demo seed. Deterministic
 * (every choice is arithmetic on a row number, no random()), so two runs measure the same data. Sizes:
 *
 * - 357 municipalities (the demo's 13 and 344 more, numbered 6001–6344, 2 000–40 000 inhabitants on 1 Jan 2025);
 * - 40 regions (the demo's 2 and 38 more of 9 municipalities each), four networks in each new region;
 * - 20 033 measures: the demo's 33, 500 more in Kongsbergregionen (the region under test, 531 in all) and 500 in
 *   each other region; participation rows for every member of Kongsbergregionen (3303 takes part in 220 of its
 *   measures) and for ~5.3 of 9 members elsewhere;
 * - a cost plan for every new measure (EQUAL, POPULATION 2025, FIXED_PLUS_POPULATION 20 % 2025 or USAGE, by turn),
 *   running costs 2026–2030 and a one-off cost in 2026 for every other measure;
 * - one economic benefit (NOK, per municipality) on three measures of four, planned 2026–2027 for each
 *   participant, realised 2026 for every other participant;
 * - 75 service-purchase agreements per region (seller and two buyers, fixed annual price 2026–2028), most active,
 *   some submitted with one approval, some in a second version;
 * - 200 000 audit events: 50 000 in the region under test, the rest spread over the others.
 */
export const NATIONAL_SQL: readonly { readonly label: string; readonly sql: string }[] = [
  {
    label: 'municipalities and populations',
    sql: `
      INSERT INTO municipality (number, name)
        SELECT (6000 + n)::text, 'Kommune ' || (6000 + n) FROM generate_series(1, 344) n
        ON CONFLICT DO NOTHING;
      INSERT INTO municipality_population (municipality_number, year, count, source)
        SELECT (6000 + n)::text, 2025, 2000 + (n * 7919) % 38000, 'Benk (syntetisk), 1.1.2025'
          FROM generate_series(1, 344) n
        ON CONFLICT DO NOTHING;`,
  },
  {
    label: 'regions, members and networks',
    sql: `
      INSERT INTO region (slug, name)
        SELECT 'benk-' || r, 'Benkregion ' || r FROM generate_series(1, 38) r;
      INSERT INTO region_membership (region_id, municipality_number, valid_from)
        SELECT reg.id, (6000 + (r - 1) * 9 + i)::text, DATE '2020-01-01'
          FROM generate_series(1, 38) r JOIN region reg ON reg.slug = 'benk-' || r, generate_series(1, 9) i;
      INSERT INTO network (region_id, key, name, kind, service_area)
        SELECT reg.id, k.key, k.name, k.kind, k.area
          FROM region reg, (VALUES ('KDU', 'Kommunedirektørutvalget', 'STEERING_COMMITTEE', 'CROSS_SECTOR'),
                                   ('OPPVEKST', 'Oppvekst', 'LEADER_NETWORK', 'EDUCATION'),
                                   ('HO', 'Helse og omsorg', 'LEADER_NETWORK', 'HEALTH_AND_CARE'),
                                   ('TEKNISK', 'Teknisk', 'LEADER_NETWORK', 'TECHNICAL')) AS k(key, name, kind, area)
         WHERE reg.slug LIKE 'benk-%';`,
  },
  {
    label: 'measures',
    sql: `
      INSERT INTO measure (region_id, code, title, description, network_id, service_area, tier, status,
                           mobilisation, start_date, end_date)
        SELECT reg.id, (ARRAY['B', 'K', 'N', 'R'])[1 + n % 4] || n,
               'Tiltak ' || n || ' ' || (ARRAY['digital samhandling', 'felles innkjøp', 'kompetansedeling',
                 'felles vakt', 'tjenestekjøp'])[1 + n % 5],
               'Benkdata for tiltak ' || n, nw.id, nw.service_area,
               (ARRAY['NETWORK', 'PROJECT', 'SERVICE_PURCHASE'])[1 + n % 3],
               (ARRAY['PROPOSED', 'DECIDED', 'IN_PROGRESS', 'UNDER_ASSESSMENT'])[1 + n % 4],
               (ARRAY['GREEN', 'YELLOW', 'RED'])[1 + n % 3], DATE '2026-01-01', DATE '2030-12-31'
          FROM region reg
          CROSS JOIN generate_series(1, 500) n
          JOIN LATERAL (SELECT id, service_area FROM network WHERE region_id = reg.id ORDER BY key
                         OFFSET n % (SELECT count(*) FROM network WHERE region_id = reg.id) LIMIT 1) nw ON true;`,
  },
  {
    label: 'participation',
    sql: `
      CREATE TEMP TABLE bench_measure AS
        SELECT m.id, m.region_id, r.slug, row_number() OVER (PARTITION BY m.region_id ORDER BY m.code)::int AS n
          FROM measure m JOIN region r ON r.id = m.region_id WHERE m.description LIKE 'Benkdata%';
      INSERT INTO participation (measure_id, municipality_number, state, reason, updated_by)
        SELECT bm.id, rm.municipality_number,
               CASE WHEN rm.municipality_number = '3303' THEN
                      CASE WHEN bm.n <= 220 - (SELECT count(*) FROM participation p JOIN measure m ON m.id = p.measure_id
                                               JOIN region r ON r.id = m.region_id
                                              WHERE r.slug = 'kongsbergregionen' AND p.municipality_number = '3303'
                                                AND p.state = 'PARTICIPATING')
                           THEN 'PARTICIPATING' ELSE 'UNDECIDED' END
                    WHEN (bm.n + ascii(right(rm.municipality_number, 1))) % 3 = 0 THEN 'OPTED_OUT'
                    ELSE 'PARTICIPATING' END,
               CASE WHEN rm.municipality_number <> '3303'
                     AND (bm.n + ascii(right(rm.municipality_number, 1))) % 3 = 0 THEN 'Ikke aktuelt nå' END,
               'system:bench'
          FROM bench_measure bm JOIN region_membership rm ON rm.region_id = bm.region_id
         WHERE bm.slug IN ('kongsbergregionen', 'hallingdal');
      INSERT INTO participation (measure_id, municipality_number, state, reason, updated_by)
        SELECT bm.id, rm.municipality_number,
               CASE WHEN (bm.n + i) % 17 < 9 THEN 'PARTICIPATING' ELSE 'OPTED_OUT' END,
               CASE WHEN (bm.n + i) % 17 >= 9 THEN 'Ikke aktuelt nå' END, 'system:bench'
          FROM bench_measure bm
          JOIN LATERAL (SELECT municipality_number, row_number() OVER (ORDER BY municipality_number)::int AS i
                          FROM region_membership WHERE region_id = bm.region_id) rm ON true
         WHERE bm.slug LIKE 'benk-%' AND (bm.n + rm.i) % 17 < 10;`,
  },
  {
    label: 'cost plans and cost lines',
    sql: `
      INSERT INTO cost_plan (measure_id, key_kind, fixed_percent, population_year, population_source, updated_by)
        SELECT id, k.kind, CASE WHEN k.kind = 'FIXED_PLUS_POPULATION' THEN 20 END,
               CASE WHEN k.kind IN ('POPULATION', 'FIXED_PLUS_POPULATION') THEN 2025 END,
               CASE WHEN k.kind IN ('POPULATION', 'FIXED_PLUS_POPULATION') THEN 'SSB 07459' END, 'system:bench'
          FROM bench_measure,
               LATERAL (SELECT (ARRAY['EQUAL', 'POPULATION', 'FIXED_PLUS_POPULATION', 'USAGE'])[1 + n % 4] AS kind) k;
      INSERT INTO cost_key_entry (measure_id, municipality_number, units)
        SELECT bm.id, rm.municipality_number, 1 + (bm.n * ascii(right(rm.municipality_number, 1))) % 40
          FROM bench_measure bm JOIN region_membership rm ON rm.region_id = bm.region_id
         WHERE bm.n % 4 = 3;
      INSERT INTO cost_line (measure_id, year, kind, amount, note)
        SELECT id, y, 'RUNNING', 100000 + (n * 3761) % 900000, 'Drift' FROM bench_measure, generate_series(2026, 2030) y;
      INSERT INTO cost_line (measure_id, year, kind, amount, note)
        SELECT id, 2026, 'ONE_OFF', 50000 + (n * 104729) % 450000 + (n % 3) * 0.5, 'Oppstart'
          FROM bench_measure WHERE n % 2 = 0;`,
  },
  {
    label: 'benefits, planned and realised values',
    sql: `
      INSERT INTO benefit (measure_id, title, type, unit_kind, owner, per_municipality)
        SELECT id, 'Innsparing ' || n, 'EFFICIENCY', 'NOK', 'Kommunalsjef', true FROM bench_measure WHERE n % 4 <> 0;
      INSERT INTO benefit_plan_value (benefit_id, year, municipality_number, planned)
        SELECT b.id, y, p.municipality_number, 20000 + (bm.n * 131 + y) % 80000
          FROM benefit b JOIN bench_measure bm ON bm.id = b.measure_id
          JOIN participation p ON p.measure_id = b.measure_id AND p.state = 'PARTICIPATING',
               generate_series(2026, 2027) y;
      INSERT INTO benefit_actual (benefit_id, year, municipality_number, value, comment, recorded_by_id, recorded_by_name)
        SELECT b.id, 2026, p.municipality_number, 15000 + (bm.n * 37) % 70000, 'Regnskap', 'system:bench', 'Benk'
          FROM benefit b JOIN bench_measure bm ON bm.id = b.measure_id
          JOIN participation p ON p.measure_id = b.measure_id AND p.state = 'PARTICIPATING'
         WHERE (bm.n + ascii(right(p.municipality_number, 1))) % 4 <> 0;`,
  },
  {
    label: 'agreements',
    sql: `
      CREATE TEMP TABLE bench_agreement AS
        SELECT gen_random_uuid() AS id, reg.id AS region_id, a AS n,
               (SELECT id FROM bench_measure WHERE region_id = reg.id AND n = a * 6) AS measure_id,
               (SELECT array_agg(municipality_number ORDER BY municipality_number) FROM region_membership
                 WHERE region_id = reg.id) AS members
          FROM region reg, generate_series(1, 75) a
          -- A service purchase has a seller and two buyers: regions of three municipalities or more (not the
          -- demo's one-municipality reference region).
         WHERE (SELECT count(*) FROM region_membership rm WHERE rm.region_id = reg.id) >= 3;
      INSERT INTO agreement (id, region_id, title, legal_form, measure_id, status, current_version, active_version,
                             created_by_id, created_by_name)
        SELECT id, region_id, 'Tjenestekjøp ' || lpad(n::text, 3, '0'), 'SERVICE_PURCHASE', measure_id,
               CASE WHEN n % 5 = 0 THEN 'SUBMITTED' WHEN n % 11 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END,
               CASE WHEN n % 4 = 0 THEN 2 ELSE 1 END,
               CASE WHEN n % 5 = 0 OR n % 11 = 0 THEN NULL ELSE CASE WHEN n % 4 = 0 THEN 2 ELSE 1 END END,
               'system:bench', 'Benk'
          FROM bench_agreement;
      INSERT INTO agreement_version (agreement_id, number, service_description, volume_amount, volume_unit,
                                     price_model, price, start_date, end_date, notice_months, created_by_id,
                                     created_by_name, submitted_at)
        SELECT ba.id, v, 'Kjøp av tjeneste ' || ba.n, 1, 'FTE', 'FIXED_ANNUAL', 300000 + (ba.n * 7907) % 600000,
               DATE '2026-01-01', DATE '2028-12-31', 6, 'system:bench', 'Benk',
               CASE WHEN ba.n % 11 = 0 THEN NULL ELSE now() END
          FROM bench_agreement ba, generate_series(1, CASE WHEN ba.n % 4 = 0 THEN 2 ELSE 1 END) v;
      INSERT INTO agreement_version_party (version_id, municipality_number, role, buyer_volume, signatory)
        SELECT av.id, ba.members[1 + (ba.n + p) % cardinality(ba.members)],
               CASE WHEN p = 0 THEN 'SELLER' ELSE 'BUYER' END, CASE WHEN p > 0 THEN p END, 'Kommunedirektør'
          FROM bench_agreement ba JOIN agreement_version av ON av.agreement_id = ba.id, generate_series(0, 2) p;
      INSERT INTO agreement_approval (version_id, municipality_number, decision, decided_by_id, decided_by_name)
        SELECT av.id, pa.municipality_number, 'APPROVE', 'system:bench', 'Benk'
          FROM bench_agreement ba JOIN agreement a ON a.id = ba.id
          JOIN agreement_version av ON av.agreement_id = ba.id
          JOIN agreement_version_party pa ON pa.version_id = av.id
         WHERE (a.status = 'ACTIVE' AND av.number = a.active_version)
            OR (a.status = 'SUBMITTED' AND av.number = a.current_version AND pa.role = 'SELLER')
            OR av.number < a.current_version;`,
  },
  {
    label: 'audit events',
    sql: `
      INSERT INTO audit_event (occurred_at, actor_id, actor_name, action, entity_type, entity_id, region_id, summary)
        SELECT TIMESTAMPTZ '2024-01-01' + (e || ' minutes')::interval, 'user-' || e % 50,
               (ARRAY['Kari Nordby', 'Ola Haugen', 'Ingrid Bakken', 'Per Lunde', 'Anne Moen'])[1 + e % 5],
               (ARRAY['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'DELETE'])[1 + e % 5],
               (ARRAY['measure', 'measure', 'participation', 'costPlan', 'benefit', 'agreement'])[1 + e % 6],
               'bench-' || e, bm.region_id,
               'Tiltak ' || bm.n || ': ' || (ARRAY['status endret til vedtatt', 'deltakelse endret',
                 'kostnader oppdatert', 'fordelingsnøkkel endret', 'gevinst registrert', 'avtale godkjent',
                 'tittel endret', 'beskrivelse endret'])[1 + e % 8] || ' (sak ' || (e * 7) % 9973 || ')'
          FROM generate_series(1, 200000) e
          JOIN bench_measure bm
            ON bm.slug = CASE WHEN e <= 50000 THEN 'kongsbergregionen' ELSE
                              CASE WHEN e % 39 = 0 THEN 'hallingdal' ELSE 'benk-' || (e % 39) END END
           AND bm.n = 1 + e % 500;
      ANALYZE;`,
  },
];

/** The row counts the bench prints next to its figures. */
export const NATIONAL_COUNTS_SQL = `
  SELECT (SELECT count(*) FROM municipality)::int AS municipalities,
         (SELECT count(*) FROM region)::int AS regions,
         (SELECT count(*) FROM measure)::int AS measures,
         (SELECT count(*) FROM participation)::int AS participations,
         ((SELECT count(*) FROM benefit_plan_value) + (SELECT count(*) FROM benefit_actual))::int AS benefit_values,
         (SELECT count(*) FROM cost_line)::int AS cost_lines,
         (SELECT count(*) FROM agreement)::int AS agreements,
         (SELECT count(*) FROM audit_event)::int AS audit_events,
         (SELECT count(*) FROM measure m JOIN region r ON r.id = m.region_id
           WHERE r.slug = 'kongsbergregionen')::int AS region_measures,
         (SELECT count(*) FROM participation p JOIN measure m ON m.id = p.measure_id JOIN region r ON r.id = m.region_id
           WHERE r.slug = 'kongsbergregionen' AND p.municipality_number = '3303'
             AND p.state = 'PARTICIPATING')::int AS municipality_measures`;
