import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartSpec, type ChartTable } from '@samarbeid/web/ui';

import { isNegative } from '../shared/economics-figures';

export interface ChartYear {
  readonly year: number;
  readonly required: string;
  readonly planned: string;
  readonly realised: string;
  readonly plannedGap: string;
}

type Series = 'required' | 'planned' | 'realised';
const SERIES: readonly Series[] = ['required', 'planned', 'realised'];

const COLUMN_KEYS = {
  required: 'economicsPages.col.required',
  planned: 'economicsPages.col.planned',
  realised: 'economicsPages.col.realised',
} as const satisfies Record<Series, string>;

const LEGEND_KEYS = {
  required: 'economicsPages.chart.required',
  planned: 'economicsPages.chart.planned',
  realised: 'economicsPages.chart.realised',
} as const satisfies Record<Series, string>;

/** Each series has its own colour and its own pattern (solid, hatched, dotted), named in the legend. */
const LOOK = {
  required: { colour: 'neutral', pattern: 'solid' },
  planned: { colour: 'accent', pattern: 'hatched' },
  realised: { colour: 'success', pattern: 'dotted' },
} as const satisfies Record<Series, Pick<ChartSpec['series'][number], 'colour' | 'pattern'>>;

/**
 * Required, planned and realised savings per year as grouped bars lying along the years (so the amounts fit on a
 * phone), on a value axis in kroner, each bar with its amount written beside it: a realised 58 000 kr stays visible
 * next to a requirement of 116 mill. kr. The exact figures follow as a table for screen readers.
 */
@Component({
  selector: 'sb-savings-gap-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `<sb-chart [spec]="spec()" [summary]="label()" [table]="table()" />`,
})
export class SavingsGapChartComponent {
  readonly years = input.required<readonly ChartYear[]>();

  protected readonly t = inject(I18nService).t;

  protected readonly spec = computed(() => savingsGapSpec(this.years(), (key) => this.t(key)));

  /** The exact figures drawn, for screen readers. */
  protected readonly table = computed<ChartTable>(() => ({
    columns: [
      { label: this.t('economicsPages.col.year') },
      ...SERIES.map((series) => ({ label: this.t(COLUMN_KEYS[series]), align: 'end' as const })),
    ],
    rows: this.years().map((year) => ({
      header: String(year.year),
      cells: SERIES.map((series) => formatKroner(year[series])),
    })),
  }));

  protected readonly label = computed(() => {
    const years = this.years();
    const first = years[0]?.year;
    const last = years.at(-1)?.year;
    const covered = years.filter((year) => !isNegative(year.plannedGap)).length;
    return this.t('economicsPages.chart.label', {
      years: first === last ? String(first ?? '') : `${first}–${last}`,
      covered: String(covered),
      count: String(years.length),
    });
  });
}

/** The chart of the savings gap: a row of three labelled bars per year. */
export function savingsGapSpec(
  years: readonly ChartYear[],
  name: (key: (typeof LEGEND_KEYS)[Series]) => string,
): ChartSpec {
  return {
    orientation: 'horizontal',
    unit: { kind: 'kroner' },
    categories: years.map((year) => String(year.year)),
    series: SERIES.map((series) => ({
      type: 'bar',
      name: name(LEGEND_KEYS[series]),
      values: years.map((year) => year[series]),
      labels: true,
      ...LOOK[series],
    })),
    height: 90 + 96 * Math.max(1, years.length),
  };
}
