import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

interface DemoFocusItem {
  readonly name: string;
  readonly municipalityNumber: string | null;
  readonly unit: string;
  readonly direction: 'HIGHER' | 'LOWER';
  readonly frequency: 'MONTHLY' | 'QUARTERLY' | 'YEARLY';
  readonly description: string;
  readonly targets: readonly (readonly [string, string])[];
  readonly values: readonly (readonly [string, string])[];
}

const months = (values: readonly string[]): (readonly [string, string])[] =>
  values.map((value, index) => [`2026-${String(index + 1).padStart(2, '0')}`, value] as const);

/** Demo focus items of the kind the regions watch ("Styringsdata – sanntid"): demo figures, not real accounts. */
const ITEMS: readonly DemoFocusItem[] = [
  {
    name: 'Bruk av vikarbyrå',
    municipalityNumber: null,
    unit: 'kr',
    direction: 'LOWER',
    frequency: 'MONTHLY',
    description: 'Kjøp av vikartjenester i helse og omsorg, summert for kommunene (fra regnskapet).',
    targets: [['2026-01', '1200000']],
    values: months(['1510000', '1420000', '1390000', '1250000', '1180000', '1105000']),
  },
  {
    name: 'Bruk av konsulenter',
    municipalityNumber: null,
    unit: 'kr',
    direction: 'LOWER',
    frequency: 'MONTHLY',
    description: 'Kjøp av konsulenttjenester, alle sektorer (fra regnskapet).',
    targets: [['2026-01', '800000']],
    values: months(['760000', '810000', '905000', '870000', '830000', '845000']),
  },
  {
    name: 'Sykefravær',
    municipalityNumber: null,
    unit: '%',
    direction: 'LOWER',
    frequency: 'QUARTERLY',
    description: 'Legemeldt og egenmeldt sykefravær i kommunene (fra HR-systemet).',
    targets: [['2026-Q1', '7']],
    values: [
      ['2025-Q3', '7.9'],
      ['2025-Q4', '8.4'],
      ['2026-Q1', '7.6'],
      ['2026-Q2', '7.2'],
    ],
  },
  {
    name: 'Sykefravær',
    municipalityNumber: '3303',
    unit: '%',
    direction: 'LOWER',
    frequency: 'QUARTERLY',
    description: 'Kongsberg kommunes eget sykefravær.',
    targets: [['2026-Q1', '6.5']],
    values: [
      ['2025-Q4', '7.1'],
      ['2026-Q1', '6.8'],
      ['2026-Q2', '6.4'],
    ],
  },
];

/** Focus items for Kongsbergregionen, inserted when missing (never overwritten). */
export async function seedFocus(manager: EntityManager, regionId: string): Promise<void> {
  for (const item of ITEMS) {
    const existing: unknown[] = await manager.query(
      `SELECT 1 FROM focus_item WHERE region_id = $1 AND name = $2 AND municipality_number IS NOT DISTINCT FROM $3`,
      [regionId, item.name, item.municipalityNumber],
    );
    if (existing.length > 0) continue;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO focus_item (region_id, municipality_number, name, unit, direction, frequency, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        regionId,
        item.municipalityNumber,
        item.name,
        item.unit,
        item.direction,
        item.frequency,
        item.description,
      ],
    );
    for (const [period, value] of item.targets) {
      await manager.query('INSERT INTO focus_target (focus_item_id, period, value) VALUES ($1, $2, $3)', [
        id,
        period,
        value,
      ]);
    }
    for (const [period, value] of item.values) {
      await manager.query(
        `INSERT INTO focus_value (focus_item_id, period, value, source, recorded_by, recorded_by_name)
         VALUES ($1, $2, $3, 'API', $4, $5)`,
        [id, period, value, SYSTEM.id, SYSTEM.name],
      );
    }
    await recordAudit(manager, SYSTEM, {
      action: 'CREATE',
      entityType: 'focus_item',
      entityId: id,
      regionId,
      summary: `Fokusposten «${item.name}» med demoverdier`,
      after: { name: item.name, unit: item.unit, values: item.values.length },
    });
  }
}
