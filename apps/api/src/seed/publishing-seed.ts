import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/** What the demo region publishes: enough for `npm start` to show a public site (reports and indicators stay off). */
const PUBLISHED = ['PORTFOLIO', 'DECISIONS', 'PARTICIPATION', 'SAVINGS', 'FOCUS'] as const;

/** The demo region's public site and its accessibility statement; rows that exist are left alone. */
export async function seedPublishing(manager: EntityManager, regionId: string): Promise<void> {
  const inserted: { section: string }[] = await manager.query(
    `INSERT INTO publish_setting (region_id, section, published, changed_by_name)
     SELECT $1, section, true, $3 FROM unnest($2::text[]) AS section
     ON CONFLICT (region_id, section) DO NOTHING RETURNING section`,
    [regionId, PUBLISHED, SYSTEM.name],
  );
  if (inserted.length > 0) {
    await recordAudit(manager, SYSTEM, {
      action: 'UPDATE',
      entityType: 'publish_setting',
      entityId: regionId,
      regionId,
      summary: `Demodata: ${inserted.length} deler av den offentlige siden publisert`,
      after: { published: inserted.map((row) => row.section) },
    });
  }
  await manager.query(
    `INSERT INTO accessibility_statement (region_id, conformance, deviations, feedback_email, last_reviewed)
     VALUES ($1, 'PARTIAL', $2, 'post@kongsbergregionen.example', '2026-11-15')
     ON CONFLICT (region_id) DO NOTHING`,
    [
      regionId,
      [
        'Diagrammer har en tabell og en setning ved siden av seg for skjermlesere; selve tegningen er ikke beskrevet punkt for punkt.',
        'Rapportene i Word og PDF er laget for arkivering og er ikke kontrollert mot alle krav til universell utforming.',
      ].join('\n\n'),
    ],
  );
}
