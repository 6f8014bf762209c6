import { EntityManager } from 'typeorm';

import { REFERENCE_REGION } from './demo-data';
import { type DemoEconomics, seedMeasureEconomics, thousands } from './economics-seed';
import { insertMeasure, regionIdOf, upsertNetwork } from './portfolio-seed';
import savings from './data/savings-references.json';

const plan = savings.ovreEikerMasterplan;
const MUNICIPALITY = REFERENCE_REGION.municipality.number;

/** Each chapter of the masterplan as a measure: code, service area, colour and demo realised values (thousands). */
const CHAPTERS = [
  { code: 'OE1', area: 'HEALTH_AND_CARE', rating: 'YELLOW', realised: [8900, 31200] },
  { code: 'OE2', area: 'EDUCATION', rating: 'RED', realised: [2150, 9800] },
  { code: 'OE3', area: 'CROSS_SECTOR', rating: 'GREEN', realised: [250, 7100] },
  { code: 'OE4', area: 'CROSS_SECTOR', rating: 'GREEN', realised: [410, 3010] },
] as const;

/** The chapters' planned gains are the published table; realised values are demo figures for 2025 and 2026. */
const ECONOMICS: readonly DemoEconomics[] = plan.byChapter.map((chapter, index) => ({
  code: CHAPTERS[index].code,
  period: ['2025-01-01', '2028-12-31'],
  key: { kind: 'EQUAL' },
  costs: [],
  benefits: [
    {
      title: `${chapter.chapter} (masterplanen)`,
      type: 'EFFICIENCY',
      unitKind: 'NOK',
      owner: `Kommunalsjef ${chapter.chapter.toLowerCase()}`,
      change: `Omstillingstiltakene i kapittelet «${chapter.chapter}», ${plan.source}`,
      plan: plan.years.map((year, y) => ({
        year,
        municipalityNumber: MUNICIPALITY,
        planned: thousands(chapter.amounts[y]),
      })),
      actuals: CHAPTERS[index].realised.map((value, y) => ({
        year: 2025 + y,
        municipalityNumber: MUNICIPALITY,
        value: thousands(value),
        comment: y === 0 ? 'Regnskap 2025 (demoverdi)' : 'Per oktober (demoverdi)',
      })),
    },
  ],
}));

/**
 * Øvre Eiker's masterplan for restructuring as a region of its own with one municipality: a measure per chapter
 * whose planned gains are the published table (12 591 / 65 127 / 97 925 / 116 241 thousand kr in 2025–2028), so
 * that it is a reference beside Kongsbergregionen rather than mixed into its figures. Inserts only what is missing.
 */
export async function seedReferencePlan(manager: EntityManager): Promise<void> {
  const regionId = await regionIdOf(manager, REFERENCE_REGION.slug);
  const networkId = await upsertNetwork(manager, regionId, {
    key: 'LEDERGRUPPE',
    name: 'Kommunedirektørens ledergruppe',
    kind: 'STEERING_COMMITTEE',
    serviceArea: 'CROSS_SECTOR',
  });
  for (const [index, chapter] of plan.byChapter.entries()) {
    const { code, area, rating } = CHAPTERS[index];
    const id = await insertMeasure(
      manager,
      regionId,
      {
        code,
        title: `Omstilling: ${chapter.chapter.toLowerCase()}`,
        description: `Tiltakene i kapittelet «${chapter.chapter}» i masterplanen for omstilling.`,
        networkId,
        serviceArea: area,
        tier: 'PROJECT',
        status: 'IN_PROGRESS',
        mobilisation: rating,
        politicalAnchoring: 'NEEDED',
      },
      plan.source,
    );
    await manager.query(
      `INSERT INTO participation (measure_id, municipality_number, state, updated_by)
       VALUES ($1, $2, 'PARTICIPATING', 'system:demo-seed') ON CONFLICT (measure_id, municipality_number) DO NOTHING`,
      [id, MUNICIPALITY],
    );
  }
  await seedMeasureEconomics(manager, regionId, ECONOMICS);
}
