import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
export const DEMO_KPI_SET = 'Regionens nøkkeltall';

/** The set's indicators with the region's values 2022–2025 (demo figures, not the region's own). */
const INDICATORS: readonly {
  name: string;
  unit: string;
  baseline: [number, string];
  target: [number, string];
  direction: 'INCREASE' | 'DECREASE';
  values: readonly (string | null)[];
}[] = [
  {
    name: 'Sykefravær i kommunene',
    unit: 'prosent',
    baseline: [2022, '8.1'],
    target: [2032, '6.5'],
    direction: 'DECREASE',
    values: ['8.1', '7.9', '8.2', '7.6'],
  },
  {
    name: 'Andel digitale byggesøknader',
    unit: 'prosent',
    baseline: [2022, '62'],
    target: [2032, '95'],
    direction: 'INCREASE',
    values: ['62', '68', '71', '77'],
  },
  {
    name: 'Innbyggertilfredshet med kommunale tjenester',
    unit: 'poeng',
    baseline: [2022, '71'],
    target: [2032, '80'],
    direction: 'INCREASE',
    // Measured every other year: 2023 and 2025 explicitly not measured.
    values: ['71', null, '73', null],
  },
];

/**
 * A Bærum-style KPI set owned by the region: three indicators with base year, four years of values and a target ten
 * years out. Inserts only when the set is missing.
 */
export async function seedKpiSet(manager: EntityManager, regionId: string): Promise<void> {
  const existing: unknown[] = await manager.query(
    'SELECT 1 FROM kpi_set WHERE region_id = $1 AND name = $2',
    [regionId, DEMO_KPI_SET],
  );
  if (existing.length > 0) return;
  const [{ id: setId }]: { id: string }[] = await manager.query(
    `INSERT INTO kpi_set (region_id, name, description) VALUES ($1, $2, $3) RETURNING id`,
    [regionId, DEMO_KPI_SET, 'Nøkkeltall regionrådet følger år for år, med mål for 2032.'],
  );
  for (const [position, indicator] of INDICATORS.entries()) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO goal_indicator (kpi_set_id, position, name, unit, baseline_year, baseline_value, target_year,
                                   target_value, direction)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        setId,
        position,
        indicator.name,
        indicator.unit,
        ...indicator.baseline,
        ...indicator.target,
        indicator.direction,
      ],
    );
    await manager.query(`INSERT INTO indicator_setting (indicator_id, frequency) VALUES ($1, 'YEARLY')`, [
      id,
    ]);
    for (const [index, value] of indicator.values.entries()) {
      await manager.query(
        `INSERT INTO indicator_value (indicator_id, period, value, not_measured, source, comment, recorded_by,
                                      recorded_by_name)
         VALUES ($1, $2, $3, $4, $5, '', $6, $7)`,
        [
          id,
          String(2022 + index),
          value,
          value === null,
          value === null ? '' : 'Demodata',
          SYSTEM.id,
          SYSTEM.name,
        ],
      );
    }
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'kpi_set',
    entityId: setId,
    regionId,
    summary: `Indikatorsettet «${DEMO_KPI_SET}» med verdier 2022–2025 (demodata)`,
  });
}
