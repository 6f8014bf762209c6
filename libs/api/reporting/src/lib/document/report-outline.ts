import type { CompiledReportData, MeasureStatus } from '@samarbeid/shared/domain';
import {
  COLLABORATION_TIER_LABELS,
  type CollaborationTier,
  MEASURE_STATUS_LABELS,
  REPORT_RAG_LABELS,
  REPORT_RAG_MEANINGS,
  REPORTING_PERIOD_KIND_LABELS,
  STATUS_REPORT_STATE_LABELS,
} from '@samarbeid/shared/domain';
import { formatKroner } from '@samarbeid/shared/domain/allocation';

/**
 * The frozen report as a document: headings, paragraphs and tables in reading order, in Norwegian. The Word and the
 * PDF writers draw the same outline, so the two files always say the same.
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly label?: string }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns aligned right (amounts, counts). */
      readonly numeric?: readonly number[];
    };

export interface ReportOutline {
  readonly title: string;
  readonly subtitle: string;
  readonly blocks: readonly ReportBlock[];
}

const date = (iso: string): string => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day}.${month}.${year}`;
};
const kroner = (value: string | null): string => (value === null ? '–' : formatKroner(value));
const or = (text: string, fallback = 'Ikke oppgitt'): string => (text.trim() ? text : fallback);

/** The document's sections in order: its outline, from the frozen data and the version's number and time. */
export function reportOutline(
  data: CompiledReportData,
  version: { number: number; frozenAt: Date },
): ReportOutline {
  const title = `${data.regionName}: rapport for ${data.period.name}`;
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (text: string, label?: string) => blocks.push({ kind: 'paragraph', text, label });

  heading(1, '1. Sammendrag');
  paragraph(or(data.summary, 'Sekretariatet har ikke skrevet et sammendrag.'));
  paragraph(
    `${REPORTING_PERIOD_KIND_LABELS[data.period.kind].nb}, ${date(data.period.periodFrom)}–${date(data.period.periodTo)}. ` +
      `Frist for statusrapportene: ${date(data.period.dueDate)}. Frosset versjon ${version.number}, ${date(version.frozenAt.toISOString())}.`,
  );

  heading(1, '2. Porteføljens status');
  paragraph(`Regionen har ${data.portfolio.measureCount} samarbeidstiltak.`);
  blocks.push({
    kind: 'table',
    caption: 'Tiltak etter status',
    header: ['Status', 'Antall'],
    rows: data.portfolio.byStatus.map((row) => [
      MEASURE_STATUS_LABELS[row.status as MeasureStatus]?.nb ?? row.status,
      String(row.count),
    ]),
    numeric: [1],
  });
  blocks.push({
    kind: 'table',
    caption: 'Tiltak etter samarbeidsform',
    header: ['Samarbeidsform', 'Antall'],
    rows: data.portfolio.byTier.map((row) => [
      COLLABORATION_TIER_LABELS[row.tier as CollaborationTier]?.nb ?? row.tier,
      String(row.count),
    ]),
    numeric: [1],
  });

  heading(1, '3. Nettverkene');
  paragraph(
    `Statusfargene: grønn – ${REPORT_RAG_MEANINGS.GREEN.nb} Gul – ${REPORT_RAG_MEANINGS.YELLOW.nb} Rød – ${REPORT_RAG_MEANINGS.RED.nb}`,
  );
  data.networks.forEach((network, index) => {
    heading(2, `3.${index + 1} ${network.name}`);
    if (network.goals.length > 0) {
      blocks.push({
        kind: 'table',
        caption: `Mål og indikatorer – ${network.name}`,
        header: ['Mål', 'Indikator', 'Enhet', 'Utgangspunkt', 'Mål for indikatoren'],
        rows: network.goals.flatMap((goal) =>
          goal.indicators.length === 0
            ? [[goal.title, '–', '', '', '']]
            : goal.indicators.map((indicator) => [
                goal.title,
                indicator.name,
                indicator.unit,
                indicator.baseline,
                indicator.target,
              ]),
        ),
      });
    }
    if (network.actionPlan.length > 0) {
      blocks.push({
        kind: 'table',
        caption: `Handlingsplan – ${network.name}`,
        header: ['Prioritet', 'Tiltak'],
        rows: network.actionPlan.map((item) => [String(item.priority), `${item.code} ${item.title}`]),
        numeric: [0],
      });
    }
    if (network.reports.length > 0) {
      blocks.push({
        kind: 'table',
        caption: `Statusrapporter – ${network.name}`,
        header: ['Gjelder', 'Rapport', 'Status', 'Fremdrift'],
        rows: network.reports.map((report) => [
          report.subject,
          STATUS_REPORT_STATE_LABELS[report.state].nb,
          report.rag ? REPORT_RAG_LABELS[report.rag].nb : '–',
          report.progressPercent === null ? '–' : `${report.progressPercent} %`,
        ]),
        numeric: [3],
      });
      for (const report of network.reports.filter((r) => r.state === 'SUBMITTED' || r.state === 'APPROVED')) {
        heading(3, report.subject);
        paragraph(or(report.done), 'Hva er gjort');
        paragraph(or(report.deviations, 'Ingen avvik'), 'Avvik og årsaker');
        paragraph(or(report.nextSteps), 'Neste steg');
        paragraph(or(report.risks), 'Risikoer');
      }
    }
  });

  heading(1, '4. Økonomi');
  blocks.push({
    kind: 'table',
    caption: 'Krav, planlagt og realisert i perioden',
    header: ['', 'Beløp'],
    rows: [
      ['Krav til innsparing (nedtrekk)', kroner(data.economics.requiredNok)],
      ['Planlagte gevinster', kroner(data.economics.plannedBenefitsNok)],
      ['Realiserte gevinster', kroner(data.economics.realisedBenefitsNok)],
      ['Planlagte kostnader', kroner(data.economics.plannedCostsNok)],
    ],
    numeric: [1],
  });
  blocks.push({
    kind: 'table',
    caption: 'Kostnader per tiltak i perioden',
    header: ['Tiltak', 'Deltakende kommuner', 'Kostnader'],
    rows: data.economics.measures.map((m) => [
      `${m.code} ${m.title}`,
      String(m.participants),
      kroner(m.plannedCostsNok),
    ]),
    numeric: [1, 2],
  });

  heading(1, '5. Gevinster');
  blocks.push({
    kind: 'table',
    caption: 'Planlagte og realiserte gevinster per tiltak i perioden',
    header: ['Tiltak', 'Planlagt', 'Realisert'],
    rows: data.economics.measures
      .filter((m) => m.plannedBenefitsNok !== '0.00' || m.realisedBenefitsNok !== '0.00')
      .map((m) => [`${m.code} ${m.title}`, kroner(m.plannedBenefitsNok), kroner(m.realisedBenefitsNok)]),
    numeric: [1, 2],
  });

  heading(1, '6. Vedtak i perioden');
  if (data.decisions.length === 0) paragraph('Ingen vedtak i perioden.');
  else {
    blocks.push({
      kind: 'table',
      caption: 'Vedtak i perioden',
      header: ['Dato', 'Organ', 'Saksnummer', 'Vedtak'],
      rows: data.decisions.map((d) => [date(d.decidedOn), d.body, d.caseReference, d.title]),
    });
  }

  heading(1, '7. Avtaler');
  for (const [caption, list] of [
    ['Avtaler inngått i perioden', data.agreements.signed],
    ['Avtaler avsluttet i perioden', data.agreements.ended],
  ] as const) {
    if (list.length === 0) paragraph(`${caption}: ingen.`);
    else {
      blocks.push({
        kind: 'table',
        caption,
        header: ['Avtale', 'Form', 'Dato'],
        rows: list.map((a) => [a.title, a.legalForm, a.date ? date(a.date) : '–']),
      });
    }
  }

  return {
    title,
    subtitle: `Frosset versjon ${version.number} – ${data.regionName}`,
    blocks,
  };
}
