import type { UiLanguage } from '../texts/ui-texts';

/**
 * What a chart shows, declared by the feature: categories (or a years axis), the value axis' unit, the series (bars
 * or lines) and an optional target line. The kit turns it into the chart library's options (`chart-options.ts`, in
 * the lazily loaded engine); no feature touches the library. Amounts may be the API's decimal strings: they become numbers only to be drawn.
 */
export interface ChartSpec {
  /** Bars standing up from a horizontal category axis (the default), or lying along a vertical one. */
  readonly orientation?: 'vertical' | 'horizontal';
  /** What the categories are ("År", "Kommune"): the first column's header of the chart's table. */
  readonly categoryName?: string;
  /** A label per category (years, names), in order; for a continuous axis of years give `years` instead. */
  readonly categories?: readonly string[];
  /** A continuous axis of years (lines given as `points`): from and to. */
  readonly years?: { readonly from: number; readonly to: number };
  /** How the value axis and the labels show a value. */
  readonly unit: ChartUnit;
  /** The value axis' title, e.g. the indicator's unit. */
  readonly valueName?: string;
  readonly series: readonly ChartSeries[];
  /** A dashed line across the plot at a value, with its label (e.g. the year's requirement). */
  readonly targetLine?: { readonly label: string; readonly value: string | number };
  /** The drawing's height in pixels (its width follows the page); 280 by default. */
  readonly height?: number;
}

/** Kroner (amounts), or plain numbers with an optional unit after them ("%", "per 1 000"). */
export type ChartUnit =
  | { readonly kind: 'kroner' }
  | { readonly kind: 'number'; readonly suffix?: string; readonly decimals?: number };

/** The kit's chart colours: each has at least 4.5:1 contrast against white. */
export type ChartColour = 'accent' | 'neutral' | 'success' | 'warning';

export interface ChartSeries {
  readonly name: string;
  readonly type: 'bar' | 'line';
  /** One value per category, `null` where there is none. */
  readonly values?: readonly (string | number | null)[];
  /** On a years axis: `[year, value]` points. */
  readonly points?: readonly (readonly [number, number])[];
  readonly colour?: ChartColour;
  /**
   * What tells the series apart besides its colour: bars are filled solid, hatched or dotted; lines are drawn
   * solid, dashed or dotted. Give every series of a chart its own.
   */
  readonly pattern?: 'solid' | 'hatched' | 'dotted' | 'dashed';
  /** Write each value at its bar or point (direct labels), so small values stay visible beside large ones. */
  readonly labels?: boolean;
  /** Mark each point of a line with a symbol. */
  readonly markers?: boolean;
}

/** How the chart is drawn on this page: the language of its numbers, motion and the page's font. */
export interface ChartContext {
  readonly language: UiLanguage;
  readonly reducedMotion: boolean;
  readonly fontFamily?: string;
}

export const CHART_COLOURS: Readonly<Record<ChartColour, string>> = {
  accent: '#005fa3',
  neutral: '#2b2b2b',
  success: '#0a6c2e',
  warning: '#8a3b00',
};

const NBSP = '\u00a0';

/** A value as a number for drawing (`null` for none or not a number). */
export function chartNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

function locale(language: UiLanguage): string {
  return language === 'en' ? 'en-GB' : 'nb-NO';
}

/** A value in full, as Norwegian writes it: "1 380 000 kr", "38,5 %". */
export function formatChartValue(value: number, unit: ChartUnit, language: UiLanguage): string {
  if (unit.kind === 'kroner') {
    return `${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value)}${NBSP}kr`;
  }
  const text = new Intl.NumberFormat(locale(language), { maximumFractionDigits: unit.decimals ?? 2 }).format(
    value,
  );
  return unit.suffix ? `${text}${NBSP}${unit.suffix}` : text;
}

/** A value shortened for an axis or a label: "116 mill. kr", "1,4 mill. kr", "6 100 kr" (English "116m kr"). */
export function formatChartValueShort(value: number, unit: ChartUnit, language: UiLanguage): string {
  if (unit.kind !== 'kroner') return formatChartValue(value, unit, language);
  const size = Math.abs(value);
  const scaled = (divisor: number, nb: string, en: string) => {
    const number = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(
      value / divisor,
    );
    return language === 'en' ? `${number}${en}${NBSP}kr` : `${number}${NBSP}${nb}${NBSP}kr`;
  };
  if (size >= 1e9) return scaled(1e9, 'mrd.', 'bn');
  if (size >= 1e6) return scaled(1e6, 'mill.', 'm');
  return formatChartValue(value, unit, language);
}

/**
 * The chart's figures as a table, a row per category and a column per series, every value in full ("1 380 000 kr";
 * "–" where there is none). For charts on a years axis the feature gives its own table.
 */
export function chartTableOf(
  spec: ChartSpec,
  language: UiLanguage,
): {
  readonly columns: readonly { readonly label: string; readonly align?: 'start' | 'end' }[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly string[] }[];
} {
  return {
    columns: [
      { label: spec.categoryName ?? '' },
      ...spec.series.map((entry) => ({ label: entry.name, align: 'end' as const })),
    ],
    rows: (spec.categories ?? []).map((category, index) => ({
      header: category,
      cells: spec.series.map((entry) => {
        const value = chartNumber(entry.values?.[index]);
        return value === null ? '–' : formatChartValue(value, spec.unit, language);
      }),
    })),
  };
}
