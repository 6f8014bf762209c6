import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/** The region's questions (scale 1–5); the last was retired after 2024, its answer kept. */
const QUESTIONS: readonly { text: string; active: boolean }[] = [
  { text: 'Nettverket har en felles strategi som medlemmene kjenner og bruker (F2).', active: true },
  { text: 'Rollene i nettverket – leder, medlemmer og sekretær – er tydelige (F3).', active: true },
  { text: 'Møtene er godt forberedt og gir verdi for kommunene.', active: true },
  { text: 'Nettverket følger opp vedtatte tiltak og rapporterer til KDU.', active: true },
  { text: 'Nettverket har nok kapasitet til utviklingsarbeid.', active: false },
];

/** Scores per question (in the order above; null: not asked that year), a comment each, and whether it is closed. */
const ANSWERS: readonly {
  network: string;
  year: number;
  closed: boolean;
  by: string;
  scores: readonly (readonly [number, string] | null)[];
}[] = [
  {
    network: 'TEKNISK',
    year: 2024,
    closed: true,
    by: 'Tor Teknisk',
    scores: [
      [2, 'Strategien er under arbeid.'],
      [3, 'Sekretærrollen er uklar.'],
      [3, ''],
      [2, 'Lite rapportering så langt.'],
      [2, 'Mange små kommuner med få fagfolk.'],
    ],
  },
  {
    network: 'TEKNISK',
    year: 2025,
    closed: true,
    by: 'Tor Teknisk',
    scores: [
      [4, 'Strategien ble vedtatt i KDU i vår.'],
      [4, 'Rollene er beskrevet i mandatet.'],
      [3, 'Bedre saksliste, men fortsatt lange møter.'],
      [3, 'Halvårsrapport til KDU er innført.'],
      null,
    ],
  },
  {
    network: 'OPPVEKST',
    year: 2025,
    closed: false,
    by: 'Sekretariatet',
    scores: [
      [3, 'Strategien er på høring.'],
      [4, ''],
      [4, 'God oppslutning om møtene.'],
      [2, 'Ressurskontoret venter på politisk forankring.'],
      null,
    ],
  },
];

/**
 * The networks' self-evaluation (F2) in Kongsbergregionen: the region's questions, the technical network's answers
 * for 2024 and 2025 (both closed, so the network page shows a trend) and the education network's 2025 (still open).
 * Inserts only when the region has no questions yet.
 */
export async function seedSelfEvaluation(manager: EntityManager, regionId: string): Promise<void> {
  const inserted: { region_id: string }[] = await manager.query(
    `INSERT INTO region_self_evaluation (region_id, updated_by) VALUES ($1, $2)
     ON CONFLICT (region_id) DO NOTHING RETURNING region_id`,
    [regionId, SYSTEM.name],
  );
  if (inserted.length === 0) return;
  const questionIds: string[] = [];
  for (const [position, question] of QUESTIONS.entries()) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO self_evaluation_question (region_id, position, text, scale_min, scale_max, active)
       VALUES ($1, $2, $3, 1, 5, $4) RETURNING id`,
      [regionId, position, question.text, question.active],
    );
    questionIds.push(id);
  }
  for (const evaluation of ANSWERS) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO self_evaluation (network_id, year, answered_by, closed_at, closed_by)
       SELECT n.id, $3, $4, CASE WHEN $5 THEN make_date($3 + 1, 1, 31)::timestamptz END,
              CASE WHEN $5 THEN 'Sekretariatet' END
         FROM network n WHERE n.region_id = $1 AND n.key = $2
       RETURNING id`,
      [regionId, evaluation.network, evaluation.year, evaluation.by, evaluation.closed],
    );
    if (!row) continue;
    for (const [index, answer] of evaluation.scores.entries()) {
      if (!answer) continue;
      await manager.query(
        `INSERT INTO self_evaluation_answer (evaluation_id, question_id, score, comment) VALUES ($1, $2, $3, $4)`,
        [row.id, questionIds[index], answer[0], answer[1]],
      );
    }
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'self_evaluation_questions',
    entityId: regionId,
    regionId,
    summary: `Spørsmål til egenvurdering: ${QUESTIONS.length} spørsmål, svar fra ${ANSWERS.length} år`,
  });
}
