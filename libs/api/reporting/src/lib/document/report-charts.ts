import type { CompiledReportData, MeasureStatus } from '@samarbeid/shared/domain';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES } from '@samarbeid/shared/domain';
import { formatKroner } from '@samarbeid/shared/domain/allocation';

/**
 * The report's charts as data: what each shows, its caption and its alternative text. The Word document draws them
 * as SVG pictures (ECharts, `chart-svg.ts`), the PDF with its own lines and rectangles (`report-pdf.ts`), both from
 * this one description, so the two files always show the same figures (see decisions/0018).
 */

/** The colours of the web's charts (libs/web/ui chart-spec.ts), each with at least 4.5:1 contrast on white. */
export const REPORT_CHART_COLOURS = {
  accent: '#005fa3',
  neutral: '#2b2b2b',
  success: '#0a6c2e',
  warning: '#8a3b00',
} as const;
export type ReportChartColour = keyof typeof REPORT_CHART_COLOURS;

/** Series are told apart by their pattern too, never by colour alone. */
export type ReportChartPattern = 'solid' | 'hatched' | 'dotted';

export interface ReportChartSeries {
  readonly name: string;
  /** One value per category (a count, or whole kroner). */
  readonly values: readonly number[];
  readonly colour: ReportChartColour;
  readonly pattern: ReportChartPattern;
}

export interface ReportChart {
  /** "Figur 1. Tiltak etter status": shown under the picture, and found in the PDF's text. */
  readonly caption: string;
  /** What a screen reader says instead of the picture: the chart's kind and every figure in it. */
  readonly altText: string;
  readonly unit: 'count' | 'kroner';
  /** Bars lying along the categories (long labels), or standing in groups. */
  readonly orientation: 'horizontal' | 'vertical';
  readonly categories: readonly string[];
  readonly series: readonly ReportChartSeries[];
}

const NBSP = '\u00a0';

/** A value as the chart writes it at its bar: "12", "1,4 mill. kr", "58 000 kr". */
export function chartValueLabel(value: number, unit: ReportChart['unit']): string {
  if (unit === 'count') return String(value);
  const abs = Math.abs(value);
  const format = (scaled: number, digits: number) =>
    scaled.toLocaleString('nb-NO', { maximumFractionDigits: digits }).replace(/\s/g, NBSP);
  if (abs >= 1_000_000_000) return `${format(value / 1_000_000_000, 1)}${NBSP}mrd.${NBSP}kr`;
  if (abs >= 1_000_000) return `${format(value / 1_000_000, 1)}${NBSP}mill.${NBSP}kr`;
  return `${format(value, 0)}${NBSP}kr`;
}

/** An amount ("1200000.00") as a whole number of kroner, for drawing only (figures people read come from tables). */
const drawn = (amount: string): number => Math.round(Number(amount));

/** The portfolio's measures by status, in the order a measure moves through them. */
export function statusChart(
  data: Pick<CompiledReportData, 'portfolio'>,
  number: number,
  scope = 'regionens',
): ReportChart {
  const count = (status: MeasureStatus) =>
    data.portfolio.byStatus.find((row) => row.status === status)?.count ?? 0;
  const statuses = MEASURE_STATUSES.filter((status) => count(status) > 0);
  const labels = statuses.map((status) => MEASURE_STATUS_LABELS[status].nb);
  const values = statuses.map(count);
  const figures = statuses.map((_, index) => `${labels[index]} ${values[index]}`).join(', ');
  return {
    caption: `Figur ${number}. Tiltak etter status`,
    altText:
      statuses.length === 0
        ? `Liggende søylediagram: ${scope} tiltak etter status. Det er ingen tiltak.`
        : `Liggende søylediagram over ${scope} ${data.portfolio.measureCount} tiltak etter status: ${figures}.`,
    unit: 'count',
    orientation: 'horizontal',
    categories: labels,
    series: [{ name: 'Antall tiltak', values, colour: 'accent', pattern: 'solid' }],
  };
}

/**
 * Required saving against planned and realised benefits in the period (for the region, or for one municipality
 * when `figures` are its own), with the costs planned beside them.
 */
export function savingsChart(
  figures: {
    readonly requiredNok: string;
    readonly plannedBenefitsNok: string;
    readonly realisedBenefitsNok: string;
    readonly costsNok: string;
  },
  periodName: string,
  number: number,
  whose = 'Regionens',
  costsName = 'Planlagte kostnader',
): ReportChart {
  const series: ReportChartSeries[] = [
    {
      name: 'Krav til innsparing',
      values: [drawn(figures.requiredNok)],
      colour: 'neutral',
      pattern: 'solid',
    },
    {
      name: 'Planlagte gevinster',
      values: [drawn(figures.plannedBenefitsNok)],
      colour: 'accent',
      pattern: 'hatched',
    },
    {
      name: 'Realiserte gevinster',
      values: [drawn(figures.realisedBenefitsNok)],
      colour: 'success',
      pattern: 'dotted',
    },
    { name: costsName, values: [drawn(figures.costsNok)], colour: 'warning', pattern: 'solid' },
  ];
  return {
    caption: `Figur ${number}. Krav til innsparing, gevinster og kostnader i perioden`,
    altText:
      `Søylediagram: ${whose.toLowerCase()} krav til innsparing og gevinster i ${periodName}. ` +
      `Krav ${formatKroner(figures.requiredNok)}, planlagte gevinster ${formatKroner(figures.plannedBenefitsNok)}, ` +
      `realiserte gevinster ${formatKroner(figures.realisedBenefitsNok)}, ${costsName.toLowerCase()} ${formatKroner(figures.costsNok)}.`,
    unit: 'kroner',
    orientation: 'vertical',
    categories: [periodName],
    series,
  };
}
