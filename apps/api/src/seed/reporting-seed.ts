import { recordAudit } from '@samarbeid/api/data-access';
import { measureFiguresForYears } from '@samarbeid/api/economics-read';
import { compileReport, ReportingDb } from '@samarbeid/api/reporting';
import type { ReportRag, StatusReportState } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
export const DEMO_PERIOD_NAME = '1. halvår 2026';
/** Flesberg: the demo's municipality variant of the report. */
export const DEMO_VARIANT_MUNICIPALITY = '3334';

interface DemoReport {
  readonly code: string;
  readonly state: StatusReportState;
  readonly rag: ReportRag;
  readonly progressPercent: number;
  readonly done: string;
  readonly deviations: string;
  readonly nextSteps: string;
  readonly risks: string;
  readonly by: string;
}

/** A few reports so the board shows every state; the rest are waiting for their owners. */
const DEMO_REPORTS: readonly DemoReport[] = [
  {
    code: 'F1',
    state: 'APPROVED',
    rag: 'GREEN',
    progressPercent: 60,
    done: 'Felles mal for politisk forankring er tatt i bruk i alle sju kommuner.',
    deviations: '',
    nextSteps: 'Evaluere malen i KDU i september.',
    risks: 'Lav oppslutning i kommunestyrene om saken kommer sent.',
    by: 'Kari Sekretær',
  },
  {
    code: 'T5',
    state: 'SUBMITTED',
    rag: 'YELLOW',
    progressPercent: 35,
    done: 'Kartlagt dagens eiendomsskattetakster; felles takstnemnd er etablert.',
    deviations: 'To måneder forsinket fordi en nøkkelperson sluttet i Notodden.',
    nextSteps: 'Rekruttere takstmann, felles rutine for befaring innen oktober.',
    risks: 'Klagesaker kan øke ved omtaksering.',
    by: 'Tor Teknisk',
  },
  {
    code: 'HO2',
    state: 'DRAFT',
    rag: 'RED',
    progressPercent: 15,
    done: 'Prosjektgruppe satt sammen.',
    deviations: 'Mangler avklaring om finansiering av felles stilling; arbeidet står stille.',
    nextSteps: 'Sak til KDU om finansiering.',
    risks: 'Kommunene trekker seg hvis finansieringen ikke avklares i høst.',
    by: 'Marte Moen',
  },
];

/**
 * The demo reporting period in Kongsbergregionen, "1. halvår 2026", with a report request for every measure under way
 * and every action plan, and a few reports in each state. Written once (when the period is missing).
 */
export async function seedReporting(manager: EntityManager, regionId: string): Promise<void> {
  const existing: unknown[] = await manager.query(
    'SELECT 1 FROM reporting_period WHERE region_id = $1 AND name = $2',
    [regionId, DEMO_PERIOD_NAME],
  );
  if (existing.length > 0) return;
  const [period]: { id: string }[] = await manager.query(
    `INSERT INTO reporting_period (region_id, name, kind, period_from, period_to, due_date, opened_by, summary)
     VALUES ($1, $2, 'HALF_YEAR', '2026-01-01', '2026-06-30', '2026-08-15', $3, $4) RETURNING id`,
    [
      regionId,
      DEMO_PERIOD_NAME,
      SYSTEM.id,
      'Første halvår 2026 har regionen hatt god fremdrift i fellestiltakene, men helse og omsorg trenger en avklaring om finansiering.',
    ],
  );
  if (!period) return;
  await manager.query(
    `INSERT INTO status_report (period_id, subject_kind, subject_key, network_id, measure_id)
     SELECT $1, 'MEASURE', m.id::text, m.network_id, m.id FROM measure m
      WHERE m.region_id = $2 AND m.status = 'IN_PROGRESS'
     UNION ALL
     SELECT DISTINCT $1::uuid, 'ACTION_PLAN', 'plan:' || st.network_id, st.network_id, NULL::uuid
       FROM action_plan_item a JOIN strategy st ON st.id = a.strategy_id JOIN network n ON n.id = st.network_id
      WHERE n.region_id = $2 AND a.year = 2026
     ON CONFLICT (period_id, subject_key) DO NOTHING`,
    [period.id, regionId],
  );
  const measures: { id: string; measureId: string; code: string }[] = await manager.query(
    `SELECT s.id, s.measure_id AS "measureId", m.code FROM status_report s JOIN measure m ON m.id = s.measure_id
      WHERE s.period_id = $1`,
    [period.id],
  );
  const figures = await measureFiguresForYears(
    manager,
    measures.map((row) => row.measureId),
    2026,
    2026,
  );
  for (const figure of figures) {
    await manager.query(
      'UPDATE status_report SET realised_benefits_nok = $3, costs_nok = $4 WHERE period_id = $1 AND measure_id = $2',
      [period.id, figure.measureId, figure.realisedBenefitsNok, figure.plannedCostsNok],
    );
  }
  for (const report of DEMO_REPORTS) {
    const row = measures.find((candidate) => candidate.code === report.code);
    if (!row) continue;
    const submitted = report.state === 'SUBMITTED' || report.state === 'APPROVED';
    await manager.query(
      `UPDATE status_report SET state = $2, rag = $3, progress_percent = $4, done = $5, deviations = $6,
              next_steps = $7, risks = $8, submitted_at = $9, submitted_by_name = $10, approved_at = $11
        WHERE id = $1`,
      [
        row.id,
        report.state,
        report.rag,
        report.progressPercent,
        report.done,
        report.deviations,
        report.nextSteps,
        report.risks,
        submitted ? '2026-08-10T10:00:00Z' : null,
        submitted ? report.by : null,
        report.state === 'APPROVED' ? '2026-08-12T09:00:00Z' : null,
      ],
    );
  }
  // The secretariat's first frozen version, and Flesberg's variant for its council, so the preview and the Word and
  // PDF files have something to show.
  const db = new ReportingDb(manager);
  const row = await db.periods.byId(period.id);
  if (row) {
    const reports = await db.reports.allOfPeriod(period.id);
    await db.frozen.insert(period.id, null, await compileReport(manager, row, reports, new Date()), SYSTEM);
    const flesberg = await db.memberOf(regionId, DEMO_VARIANT_MUNICIPALITY);
    if (flesberg) {
      const data = await compileReport(manager, row, reports, new Date(), flesberg);
      await db.frozen.insert(period.id, flesberg.number, data, SYSTEM);
    }
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'reporting_period',
    entityId: period.id,
    regionId,
    summary: `Demodata: rapporteringsperioden «${DEMO_PERIOD_NAME}» med statusrapporter`,
  });
}
