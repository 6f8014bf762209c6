import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/** The region's checklist for development work (F9), as the demo region might word it. */
const CHECKLIST = [
  'Nåsituasjon, årsaker og ønsket situasjon er beskrevet',
  'Risiko- og sårbarhetsvurdering er gjort',
  'Linjeorganisasjonen er involvert (F6)',
  'Kommunikasjonsplan er laget',
];

/**
 * Kongsbergregionen's readiness gates and two measures that show them: O2 (Ressurskontor oppvekst) is politically
 * sensitive and blocked by F1 until its anchoring is recorded; T7 (Byggesakstjenester) passed every gate — economic
 * analysis (from the economics seed), union consultation recorded, every checklist item done. The gates applied are
 * political anchoring and union consultation (they concern only flagged measures); the economics and checklist gates
 * are set up for the secretariat to switch on. O4 co-operates with the health and care network. Inserts only what is
 * missing: a measure that has a steering document is left alone.
 */
export async function seedGovernance(manager: EntityManager, regionId: string): Promise<void> {
  const settings: { region_id: string }[] = await manager.query(
    `INSERT INTO region_governance (region_id, require_anchoring, require_economics, require_checklist,
                                    require_union_consultation, updated_by)
     VALUES ($1, true, false, false, true, $2) ON CONFLICT (region_id) DO NOTHING RETURNING region_id`,
    [regionId, SYSTEM.name],
  );
  if (settings.length > 0) {
    for (const [position, label] of CHECKLIST.entries()) {
      await manager.query(
        'INSERT INTO governance_checklist_item (region_id, position, label) VALUES ($1, $2, $3)',
        [regionId, position, label],
      );
    }
    await recordAudit(manager, SYSTEM, {
      action: 'CREATE',
      entityType: 'region_governance',
      entityId: regionId,
      regionId,
      summary: 'Krav før vedtak: politisk forankring, drøfting med tillitsvalgte',
    });
  }
  await seedBlocked(manager, regionId);
  await seedReady(manager, regionId);
  await seedCooperation(manager, regionId);
}

async function measureWithoutSteering(
  manager: EntityManager,
  regionId: string,
  code: string,
): Promise<{ id: string; title: string } | null> {
  const [measure]: { id: string; title: string }[] = await manager.query(
    `SELECT id, title FROM measure m WHERE region_id = $1 AND code = $2
        AND NOT EXISTS (SELECT 1 FROM measure_governance g WHERE g.measure_id = m.id)`,
    [regionId, code],
  );
  return measure ?? null;
}

/** O2: politically sensitive (employer questions in every municipality), anchoring not yet recorded. */
async function seedBlocked(manager: EntityManager, regionId: string): Promise<void> {
  const measure = await measureWithoutSteering(manager, regionId, 'O2');
  if (!measure) return;
  await manager.query(
    `UPDATE measure SET political_anchoring = 'NEEDED' WHERE id = $1 AND political_anchoring = 'NOT_NEEDED'`,
    [measure.id],
  );
  await manager.query(
    `INSERT INTO measure_governance (measure_id, current_situation, causes, desired_situation, mandate,
                                     political_decision_needed, political_decision_case)
     VALUES ($1, $2, $3, $4, $5, true, NULL)`,
    [
      measure.id,
      'Hver kommune løser støtte- og forvaltningsoppgavene i oppvekst selv, med små og sårbare fagmiljøer.',
      'Få fagpersoner per kommune, mye dobbeltarbeid og ulik praksis.',
      'Et felles ressurskontor løser oppgavene for alle kommunene, uten overføring av arbeidsgiveransvar.',
      'Oppvekstledernettverket utreder et felles ressurskontor og legger fram sak for KDU.',
    ],
  );
  await recordAudit(manager, SYSTEM, {
    action: 'UPDATE',
    entityType: 'measure',
    entityId: measure.id,
    regionId,
    summary: 'O2: trenger politisk forankring før vedtak (F1)',
    after: { politicalAnchoring: 'NEEDED' },
  });
}

/** T7: every gate met. */
async function seedReady(manager: EntityManager, regionId: string): Promise<void> {
  const measure = await measureWithoutSteering(manager, regionId, 'T7');
  if (!measure) return;
  await manager.query(
    `INSERT INTO measure_governance (measure_id, current_situation, causes, desired_situation, mandate,
                                     implementation_group, time_and_resource_frame, preconditions,
                                     reporting_requirements, union_consultation_needed, union_consultation_date,
                                     union_consultation_outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, '2026-09-15', $10)`,
    [
      measure.id,
      'Byggesakene hoper seg opp i de minste kommunene; saksbehandlingstiden overskrider fristene i perioder.',
      'Én eller to saksbehandlere per kommune; sårbarhet ved fravær og vakanser.',
      'Kongsberg selger byggesaksbehandling til Flesberg og Rollag; alle kommunene bruker felles maler.',
      'Teknisk nettverk etablerer tjenestekjøp og felles maler for byggesak.',
      'Byggesaksledere i Flesberg, Rollag og Kongsberg.',
      '2026–2027, innenfor eksisterende budsjetter; 0,5 årsverk til koordinering.',
      'Tjenestekjøpsavtalen er godkjent av alle parter (T2 er fullført først).',
      'Halvårsrapport til KDU med saksbehandlingstid og kostnader per kommune.',
      'Tillitsvalgte støtter tjenestekjøpet; ingen overføring av ansatte.',
    ],
  );
  await manager.query(
    `INSERT INTO measure_checklist_tick (measure_id, item_id, done_by)
     SELECT $1, i.id, $3 FROM governance_checklist_item i WHERE i.region_id = $2 AND i.active
     ON CONFLICT DO NOTHING`,
    [measure.id, regionId, SYSTEM.name],
  );
  await recordAudit(manager, SYSTEM, {
    action: 'UPDATE',
    entityType: 'measure',
    entityId: measure.id,
    regionId,
    summary: 'T7: styringsdokument, drøfting med tillitsvalgte og sjekkliste fullført',
  });
}

/** O4: the education network co-operates with health and care. */
async function seedCooperation(manager: EntityManager, regionId: string): Promise<void> {
  await manager.query(
    `INSERT INTO measure_cooperating_network (measure_id, network_id)
     SELECT m.id, n.id FROM measure m JOIN network n ON n.region_id = m.region_id AND n.key = 'HO'
      WHERE m.region_id = $1 AND m.code = 'O4'
     ON CONFLICT DO NOTHING`,
    [regionId],
  );
}
