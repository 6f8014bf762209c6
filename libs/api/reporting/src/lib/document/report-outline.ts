import type { CompiledReportData, MeasureStatus } from '@samarbeid/shared/domain';
import {
  AGREEMENT_LEGAL_FORM_LABELS,
  type AgreementLegalForm,
  COLLABORATION_TIER_LABELS,
  type CollaborationTier,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  REPORT_RAG_LABELS,
  REPORT_RAG_MEANINGS,
  REPORTING_PERIOD_KIND_LABELS,
  STATUS_REPORT_STATE_LABELS,
} from '@samarbeid/shared/domain';
import { formatKroner } from '@samarbeid/shared/domain/allocation';

import { type ReportChart, savingsChart, statusChart } from './report-charts';

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
    }
  | { readonly kind: 'chart'; readonly chart: ReportChart };

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
/** A status' place in a measure's way (unknown ones last). */
const statusOrder = (status: string): number => {
  const index = (MEASURE_STATUSES as readonly string[]).indexOf(status);
  return index === -1 ? MEASURE_STATUSES.length : index;
};
/** Norwegian genitive of a name: "Flesbergs", but "Nes'". */
const genitive = (name: string): string => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`);

/** The document's sections in order: its outline, from the frozen data and the version's number and time. */
export function reportOutline(
  data: CompiledReportData,
  version: { number: number; frozenAt: Date },
): ReportOutline {
  const place = data.municipality ?? null;
  const title = place
    ? `${place.name} i ${data.regionName}: rapport for ${data.period.name}`
    : `${data.regionName}: rapport for ${data.period.name}`;
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (text: string, label?: string) => blocks.push({ kind: 'paragraph', text, label });
  let figures = 0;
  const chart = (make: (number: number) => ReportChart) =>
    blocks.push({ kind: 'chart', chart: make(++figures) });

  heading(1, '1. Sammendrag');
  paragraph(or(data.summary, 'Sekretariatet har ikke skrevet et sammendrag.'));
  paragraph(
    `${REPORTING_PERIOD_KIND_LABELS[data.period.kind].nb}, ${date(data.period.periodFrom)}–${date(data.period.periodTo)}. ` +
      `Frist for statusrapportene: ${date(data.period.dueDate)}. Frosset versjon ${version.number}, ${date(version.frozenAt.toISOString())}.`,
  );
  if (place) {
    paragraph(
      `Denne utgaven er for kommunestyret i ${place.name}: den viser tiltakene ${place.name} tar del i, ` +
        `hva kommunen betaler og hva den har fått igjen. Regionens samlede rapport har alle tiltakene.`,
    );
  }

  heading(1, place ? `2. Tiltakene ${place.name} tar del i` : '2. Porteføljens status');
  paragraph(
    place
      ? `${place.name} tar del i ${data.portfolio.measureCount} av regionens samarbeidstiltak.`
      : `Regionen har ${data.portfolio.measureCount} samarbeidstiltak.`,
  );
  chart((number) => statusChart(data, number, place ? genitive(place.name) : 'regionens'));
  blocks.push({
    kind: 'table',
    caption: 'Tiltak etter status',
    header: ['Status', 'Antall'],
    rows: [...data.portfolio.byStatus]
      .sort((a, b) => statusOrder(a.status) - statusOrder(b.status))
      .map((row) => [
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
  if (place) {
    if (place.optedOut.length === 0) paragraph(`${place.name} har ikke reservert seg mot noen tiltak.`);
    else {
      blocks.push({
        kind: 'table',
        caption: `Tiltak ${place.name} har reservert seg mot`,
        header: ['Tiltak', 'Begrunnelse'],
        rows: place.optedOut.map((m) => [`${m.code} ${m.title}`, or(m.reason)]),
      });
    }
  }

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
  economicsSection(data, place, blocks, ++figures);

  heading(1, '6. Vedtak i perioden');
  if (place) paragraph(`Vedtak om tiltak ${place.name} tar del i, og kommunestyrets egne vedtak.`);
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
  if (place) paragraph(`Avtaler ${place.name} er part i.`);
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
        rows: list.map((a) => [
          a.title,
          AGREEMENT_LEGAL_FORM_LABELS[a.legalForm as AgreementLegalForm]?.nb ?? a.legalForm,
          a.date ? date(a.date) : '–',
        ]),
      });
    }
  }

  return {
    title,
    subtitle: `Frosset versjon ${version.number} – ${place ? `${place.name}, ` : ''}${data.regionName}`,
    blocks,
  };
}

/**
 * Section 4 and 5: required against planned and realised (a chart and a table), the costs per measure, and each
 * municipality's shares; on a municipality's variant, its own share of each measure. Then the benefits per measure.
 */
function economicsSection(
  data: CompiledReportData,
  place: CompiledReportData['municipality'],
  blocks: ReportBlock[],
  figure: number,
): void {
  const economics = data.economics;
  const whose = place ? place.name : 'Regionen';
  blocks.push({
    kind: 'chart',
    chart: savingsChart(
      {
        requiredNok: economics.requiredNok,
        plannedBenefitsNok: economics.plannedBenefitsNok,
        realisedBenefitsNok: economics.realisedBenefitsNok,
        costsNok: economics.plannedCostsNok,
      },
      data.period.name,
      figure,
      place ? genitive(place.name) : 'Regionens',
      place ? 'Andel av kostnadene' : 'Planlagte kostnader',
    ),
  });
  blocks.push({
    kind: 'table',
    caption: place
      ? `Krav, planlagt og realisert for ${place.name} i perioden`
      : 'Krav, planlagt og realisert i perioden',
    header: ['', 'Beløp'],
    rows: [
      [
        place ? `${genitive(whose)} krav til innsparing (nedtrekk)` : 'Krav til innsparing (nedtrekk)',
        kroner(economics.requiredNok),
      ],
      ['Planlagte gevinster', kroner(economics.plannedBenefitsNok)],
      ['Realiserte gevinster', kroner(economics.realisedBenefitsNok)],
      [
        place ? `${genitive(whose)} andel av kostnadene` : 'Planlagte kostnader',
        kroner(economics.plannedCostsNok),
      ],
    ],
    numeric: [1],
  });
  if (place) {
    blocks.push({
      kind: 'table',
      caption: `${genitive(place.name)} andel per tiltak i perioden`,
      header: [
        'Tiltak',
        'Kostnader i alt',
        `${genitive(place.name)} andel`,
        'Planlagt gevinst',
        'Realisert gevinst',
      ],
      rows: economics.measures.map((m) => [
        `${m.code} ${m.title}`,
        kroner(m.plannedCostsNok),
        m.share ? (m.share.costShareNok === null ? 'Kan ikke fordeles' : kroner(m.share.costShareNok)) : '–',
        kroner(m.share?.plannedBenefitsNok ?? null),
        kroner(m.share?.realisedBenefitsNok ?? null),
      ]),
      numeric: [1, 2, 3, 4],
    });
  } else {
    blocks.push({
      kind: 'table',
      caption: 'Kostnader per tiltak i perioden',
      header: ['Tiltak', 'Deltakende kommuner', 'Kostnader'],
      rows: economics.measures.map((m) => [
        `${m.code} ${m.title}`,
        String(m.participants),
        kroner(m.plannedCostsNok),
      ]),
      numeric: [1, 2],
    });
  }
  const municipalities = economics.municipalities ?? [];
  if (!place && municipalities.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Kommunenes andeler i perioden',
      header: [
        'Kommune',
        'Tiltak',
        'Eget krav',
        'Andel av kostnadene',
        'Planlagte gevinster',
        'Realiserte gevinster',
      ],
      rows: municipalities.map((m) => [
        m.name,
        String(m.measureCount),
        kroner(m.requiredNok),
        kroner(m.costShareNok),
        kroner(m.plannedBenefitsNok),
        kroner(m.realisedBenefitsNok),
      ]),
      numeric: [1, 2, 3, 4, 5],
    });
  }
  const unsplit = [...new Set(municipalities.flatMap((m) => m.unsplit))];
  blocks.push({
    kind: 'paragraph',
    text:
      'Andelen av kostnadene følger hvert tiltaks fordelingsnøkkel, avrundet til hele kroner slik at andelene summerer seg til kostnaden. ' +
      'Gevinster som er planlagt for regionen samlet, er ikke fordelt på kommunene; tjenestekjøp står under avtalene.' +
      (unsplit.length > 0
        ? ` Kostnadene i ${unsplit.join(', ')} kan ikke fordeles ennå og er holdt utenfor andelene.`
        : ''),
  });

  blocks.push({ kind: 'heading', level: 1, text: '5. Gevinster' });
  const gains = economics.measures
    .map((m) => ({
      m,
      planned: place ? (m.share?.plannedBenefitsNok ?? '0.00') : m.plannedBenefitsNok,
      realised: place ? (m.share?.realisedBenefitsNok ?? '0.00') : m.realisedBenefitsNok,
    }))
    .filter((row) => row.planned !== '0.00' || row.realised !== '0.00');
  if (gains.length === 0)
    blocks.push({
      kind: 'paragraph',
      text: 'Ingen økonomiske gevinster er planlagt eller realisert i perioden.',
    });
  else {
    blocks.push({
      kind: 'table',
      caption: place
        ? `Planlagte og realiserte gevinster for ${place.name} per tiltak`
        : 'Planlagte og realiserte gevinster per tiltak i perioden',
      header: ['Tiltak', 'Planlagt', 'Realisert'],
      rows: gains.map((row) => [`${row.m.code} ${row.m.title}`, kroner(row.planned), kroner(row.realised)]),
      numeric: [1, 2],
    });
  }
}
