import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/**
 * Income and actual costs beside T5's planned costs (F4): a grant from the county governor in 2026, split among the
 * participants by T5's key, and 2026's actual cost against the plan. Inserted only when T5 has a cost plan and no
 * year figures yet. (What Kongsberg earns selling building-case handling under T7 needs no seed: it follows from
 * the agreement.)
 */
export async function seedCostYears(manager: EntityManager, regionId: string): Promise<void> {
  const inserted: { measure_id: string }[] = await manager.query(
    `INSERT INTO cost_year_figure (measure_id, year, income, income_source, actual, actual_note)
     SELECT cp.measure_id, 2026, 300000, 'Skjønnsmidler fra Statsforvalteren', 1712400,
            'Lisensene ble dyrere enn planlagt.'
       FROM cost_plan cp JOIN measure m ON m.id = cp.measure_id
      WHERE m.region_id = $1 AND m.code = 'T5'
        AND NOT EXISTS (SELECT 1 FROM cost_year_figure f WHERE f.measure_id = cp.measure_id)
     RETURNING measure_id`,
    [regionId],
  );
  for (const row of inserted) {
    await recordAudit(manager, SYSTEM, {
      action: 'UPDATE',
      entityType: 'measure',
      entityId: row.measure_id,
      regionId,
      summary: 'T5: inntekt (skjønnsmidler) og faktisk kostnad for 2026 ført',
    });
  }
}
