import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/** The demo's adopted plan; written once (its existence marks the plan demo as seeded). */
export const DEMO_BASELINE_NAME = 'Vedtatt i KDU 12.06.2026';

/** Demo dates for measures that have none yet (T5, T7 and O2 get theirs from the economics demo). */
const DEMO_DATES: readonly (readonly [string, string, string])[] = [
  ['T1', '2026-01-01', '2026-12-31'],
  ['T2', '2025-09-01', '2025-12-31'],
  ['T3', '2026-03-01', '2027-06-30'],
  ['T4', '2026-09-01', '2027-12-31'],
  ['T6', '2027-01-01', '2028-06-30'],
  ['F1', '2026-01-01', '2027-12-31'],
  ['F4', '2025-01-01', '2028-12-31'],
  ['F2', '2026-01-01', '2026-12-31'],
  ['F3', '2026-04-01', '2027-03-31'],
  ['F5', '2026-06-01', '2027-06-30'],
  ['HO2', '2026-01-01', '2027-12-31'],
  ['O1', '2026-08-01', '2027-07-31'],
  ['O5', '2027-09-01', '2028-08-31'],
];

const DEMO_MILESTONES: readonly { code: string; name: string; date: string; done: boolean }[] = [
  { code: 'T5', name: 'Felles fagsystem valgt', date: '2026-06-15', done: true },
  { code: 'T5', name: 'Felles vakt i drift', date: '2027-01-04', done: false },
  { code: 'T7', name: 'Avtale om kjøp signert', date: '2026-03-02', done: true },
  { code: 'T7', name: 'Evaluering av tjenestekjøpet', date: '2027-06-30', done: false },
  { code: 'F1', name: 'Styringsdokument vedtatt', date: '2026-04-15', done: true },
  { code: 'HO2', name: 'Pilot i Notodden', date: '2026-10-01', done: false },
];

/** How the adopted plan differed from today's demo plan: T3 was to start earlier, T7's evaluation to come sooner. */
const BASELINE_DATES: Readonly<Record<string, readonly [string, string]>> = {
  T3: ['2026-01-01', '2027-03-31'],
};
const BASELINE_MILESTONE_DATES: Readonly<Record<string, string>> = {
  'Evaluering av tjenestekjøpet': '2027-03-31',
};

/**
 * The implementation plan's demo: dates for measures without any, a few milestones, the technical network's capacity
 * and one adopted baseline. Written once: skipped when the baseline exists.
 */
export async function seedPlan(manager: EntityManager, regionId: string): Promise<void> {
  const existing: unknown[] = await manager.query(
    'SELECT 1 FROM plan_baseline WHERE region_id = $1 AND name = $2',
    [regionId, DEMO_BASELINE_NAME],
  );
  if (existing.length > 0) return;
  const codes: { id: string; code: string }[] = await manager.query(
    'SELECT id, code FROM measure WHERE region_id = $1',
    [regionId],
  );
  const idOf = new Map(codes.map((row) => [row.code, row.id]));
  for (const [code, start, end] of DEMO_DATES) {
    await manager.query(
      'UPDATE measure SET start_date = $2, end_date = $3 WHERE id = $1 AND start_date IS NULL AND end_date IS NULL',
      [idOf.get(code), start, end],
    );
  }
  for (const milestone of DEMO_MILESTONES) {
    const measureId = idOf.get(milestone.code);
    if (!measureId) continue;
    await manager.query(
      `INSERT INTO plan_milestone (measure_id, name, date, done)
       SELECT $1::uuid, $2::varchar, $3::date, $4::boolean
        WHERE NOT EXISTS (SELECT 1 FROM plan_milestone WHERE measure_id = $1::uuid AND name = $2::varchar)`,
      [measureId, milestone.name, milestone.date, milestone.done],
    );
  }
  await manager.query(
    `INSERT INTO plan_network_setting (network_id, capacity, updated_by)
     SELECT id, 4, $2 FROM network WHERE region_id = $1 AND key = 'TEKNISK' ON CONFLICT (network_id) DO NOTHING`,
    [regionId, SYSTEM.id],
  );

  const [baseline]: { id: string }[] = await manager.query(
    'INSERT INTO plan_baseline (region_id, name, frozen_by, frozen_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [regionId, DEMO_BASELINE_NAME, 'Sekretariatet (demo)', '2026-06-12T12:00:00+02:00'],
  );
  const measures: {
    id: string;
    code: string;
    title: string;
    startDate: string | null;
    endDate: string | null;
    milestones: { id: string; name: string; date: string }[];
  }[] = await manager.query(
    `SELECT m.id, m.code, m.title, m.start_date::text AS "startDate", m.end_date::text AS "endDate",
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'date', s.date::text)
                                       ORDER BY s.date, s.name)
                        FROM plan_milestone s WHERE s.measure_id = m.id), '[]'::jsonb) AS milestones
       FROM measure m WHERE m.region_id = $1`,
    [regionId],
  );
  for (const measure of measures) {
    const [start, end] = BASELINE_DATES[measure.code] ?? [measure.startDate, measure.endDate];
    const milestones = measure.milestones.map((m) => ({
      ...m,
      date: BASELINE_MILESTONE_DATES[m.name] ?? m.date,
    }));
    await manager.query(
      `INSERT INTO plan_baseline_measure (baseline_id, measure_id, code, title, start_date, end_date, milestones)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [baseline?.id, measure.id, measure.code, measure.title, start, end, JSON.stringify(milestones)],
    );
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'plan_baseline',
    entityId: baseline?.id ?? '',
    regionId,
    summary: `Demo: planen er frosset som grunnlinjen «${DEMO_BASELINE_NAME}» (${measures.length} tiltak)`,
  });
}
