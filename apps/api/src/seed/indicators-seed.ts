import { recordAudit } from '@samarbeid/api/data-access';
import { KOSTRA_GROUPS } from '@samarbeid/api/indicators';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
const STRATEGY = 'Strategi for teknisk nettverk 2026–2029';
const YEARS = [2022, 2023, 2024, 2025, 2026];

/** Median case-processing time (days) per municipality, 2022–2026: demo figures, not the municipalities' own. */
const DAYS_BY_MUNICIPALITY: Readonly<Record<string, readonly number[]>> = {
  '3303': [40.5, 39, 37.5, 36, 33.5],
  '3334': [47, 46.5, 44, 43, 40],
  '3336': [51, 49.5, 48, 46.5, 45],
  '3338': [49, 47.5, 45, 44.5, 41],
  '4005': [43, 41.5, 40, 38, 34.5],
  '4024': [55, 53, 52.5, 50, 47.5],
  '4026': [46, 45, 43, 41.5, 38.5],
};
const DAYS_REGION = [44, 42.1, 40.2, 38.5, 35];
/** Municipalities with building-case expertise; 2023 was not counted (an explicit "not measured"). */
const EXPERTISE_REGION: readonly (number | null)[] = [3, null, 4, 4, 5];

/** Average processing time for building applications (KOSTRA, calendar days), 2021–2025: demo figures. */
const KOSTRA_DAYS: Readonly<Record<string, readonly (number | null)[]>> = {
  '3303': [34, 33, 31, 30, 29],
  '3334': [41, 40, 38, 39, 36],
  '3336': [45, 44, 46, 43, 41],
  '3338': [44, 42, 41, 40, 38],
  '4005': [37, 36, 35, 33, 31],
  '4024': [48, null, 47, 45, 44],
  '4026': [40, 39, 38, 37, 35],
  EKG02: [38, 37, 36, 35, 34],
  EKG06: [36, 36, 35, 34, 33],
  EKG08: [33, 32, 31, 30, 30],
  EKG13: [31, 30, 29, 29, 28],
  EAKUO: [32, 31, 30, 29, 28],
};

/**
 * Demo indicators: five years of values (2022–2026) for the technical network's strategy, for the region and every
 * municipality, with one explicit "not measured"; the case-processing indicator linked to KOSTRA's building-case
 * figure, with KOSTRA values for the members, their KOSTRA groups and the country. Inserts only what is missing.
 */
export async function seedIndicators(manager: EntityManager, regionId: string): Promise<void> {
  const indicators: { id: string; name: string }[] = await manager.query(
    `SELECT gi.id, gi.name FROM goal_indicator gi JOIN strategy_goal g ON g.id = gi.goal_id
       JOIN strategy s ON s.id = g.strategy_id WHERE s.title = $1`,
    [STRATEGY],
  );
  const days = indicators.find((indicator) => indicator.name === 'Median behandlingstid byggesak');
  const expertise = indicators.find((indicator) => indicator.name.startsWith('Kommuner med tilgang'));
  if (!days || !expertise) return;
  const [{ n }]: { n: number }[] = await manager.query(
    'SELECT count(*)::int AS n FROM indicator_value WHERE indicator_id = ANY($1::uuid[])',
    [[days.id, expertise.id]],
  );
  if (n > 0) return;
  const insert = (indicatorId: string, year: number, municipality: string | null, value: number | null) =>
    manager.query(
      `INSERT INTO indicator_value (indicator_id, period, municipality_number, value, not_measured, source, comment,
                                    recorded_by, recorded_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8)`,
      [
        indicatorId,
        String(year),
        municipality,
        value,
        value === null,
        value === null ? '' : 'Demodata (fagsystem)',
        SYSTEM.id,
        SYSTEM.name,
      ],
    );
  for (const [index, year] of YEARS.entries()) {
    await insert(days.id, year, null, DAYS_REGION[index]);
    for (const [number, values] of Object.entries(DAYS_BY_MUNICIPALITY)) {
      await insert(days.id, year, number, values[index]);
    }
    await insert(expertise.id, year, null, EXPERTISE_REGION[index]);
  }
  await manager.query(
    `INSERT INTO indicator_setting (indicator_id, frequency, kostra_figure) VALUES ($1, 'YEARLY', 'BYGGESAK_TID')
     ON CONFLICT (indicator_id) DO NOTHING`,
    [days.id],
  );
  for (const number of Object.keys(DAYS_BY_MUNICIPALITY)) {
    const group = KOSTRA_GROUPS[number];
    await manager.query(
      `INSERT INTO municipality_kostra_group (municipality_number, group_code, group_name) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_number) DO NOTHING`,
      [number, group.code, group.name],
    );
  }
  for (const [area, values] of Object.entries(KOSTRA_DAYS)) {
    for (const [index, value] of values.entries()) {
      await manager.query(
        `INSERT INTO kostra_value (figure, area_code, year, value, missing_symbol, source)
         VALUES ('BYGGESAK_TID', $1, $2, $3, $4, 'Demodata i KOSTRA-form (ikke SSBs tall)')
         ON CONFLICT (figure, area_code, year) DO NOTHING`,
        [area, 2021 + index, value, value === null ? '..' : null],
      );
    }
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'indicator',
    entityId: days.id,
    regionId,
    summary: `Målte verdier 2022–2026 for strategien «${STRATEGY}» (demodata)`,
  });
}
