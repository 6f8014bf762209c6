import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartTable } from '@samarbeid/web/ui';

import { isNegative } from '../shared/economics-figures';
import { type ChartBar, type ChartLabel, ChartDrawingComponent } from '../shared/chart-drawing.component';
import type { ChartRule } from '../shared/figures-chart';

export interface ChartYear {
  readonly year: number;
  readonly required: string;
  readonly planned: string;
  readonly realised: string;
  readonly plannedGap: string;
}

type Series = 'required' | 'planned' | 'realised';
const SERIES: readonly Series[] = ['required', 'planned', 'realised'];

/** Geometry in SVG user units. */
const BAR = 16;
const INNER_GAP = 4;
const GROUP_GAP = 28;
const GROUP = 3 * BAR + 2 * INNER_GAP;
const PAD_X = 12;
const TOP = 28;
const PLOT = 180;
const BOTTOM = 28;
const MIN_WIDTH = 240;

/**
 * Colours with at least 4.5:1 contrast against white (WCAG 1.4.11 asks 3:1 of graphics), and each series has its
 * own pattern as well (solid, hatched, dotted), named in the legend, so nothing depends on colour alone.
 */
const COLOURS: Readonly<Record<Series, string>> = {
  required: '#2b2b2b',
  planned: '#005fa3',
  realised: '#0a6c2e',
};

const COLUMN_KEYS = {
  required: 'economicsPages.col.required',
  planned: 'economicsPages.col.planned',
  realised: 'economicsPages.col.realised',
} as const satisfies Record<Series, string>;

let nextChartId = 0;

/**
 * Grouped bars per year (required, planned, realised), drawn by hand in SVG inside the kit's chart frame: one
 * picture named by a one-sentence summary, with the figures as a table for screen readers (the table above it on the
 * page has them too). Bar heights are the only place amounts become JavaScript numbers: pixels, never money shown to
 * anyone.
 */
@Component({
  selector: 'sb-savings-gap-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent, ChartDrawingComponent],
  styleUrl: '../shared/chart.css',
  template: `
    <sb-chart [summary]="label()" [table]="table()">
      <sb-chart-drawing fit="size" [drawing]="geometry()" [textSize]="12">
        <svg:defs>
          <pattern
            [attr.id]="patternId('planned')"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" [attr.fill]="colours.planned" />
          </pattern>
          <pattern [attr.id]="patternId('realised')" patternUnits="userSpaceOnUse" width="5" height="5">
            <rect width="5" height="5" fill="#ffffff" />
            <circle cx="2.5" cy="2.5" r="1.7" [attr.fill]="colours.realised" />
          </pattern>
        </svg:defs>
      </sb-chart-drawing>
      <ul sbChartLegend class="sb-chart-legend" [attr.aria-label]="t('economicsPages.chart.legend')">
        @for (item of series; track item) {
          <li>
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
              <rect
                x="1"
                y="1"
                width="16"
                height="16"
                [attr.fill]="fill(item)"
                [attr.stroke]="colours[item]"
                stroke-width="1.5"
              />
            </svg>
            {{ t(legendKeys[item]) }}
          </li>
        }
      </ul>
    </sb-chart>
  `,
})
export class SavingsGapChartComponent {
  readonly years = input.required<readonly ChartYear[]>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  private readonly id = ++nextChartId;

  protected readonly series = SERIES;
  protected readonly colours = COLOURS;
  protected readonly legendKeys = {
    required: 'economicsPages.chart.required',
    planned: 'economicsPages.chart.planned',
    realised: 'economicsPages.chart.realised',
  } as const;

  /** The largest value as the API gave it (exact), and as a number for scaling. */
  private readonly max = computed(() => {
    let best = { text: '0', value: 0 };
    for (const year of this.years()) {
      for (const series of SERIES) {
        const value = Number(year[series]);
        if (Number.isFinite(value) && value > best.value) best = { text: year[series], value };
      }
    }
    return best;
  });

  protected readonly maxLabel = computed(() =>
    this.t('economicsPages.chart.max', { amount: formatKroner(this.max().text) }),
  );

  /** The grid line at the largest value and the axis behind the bars (three a year), then the texts. */
  protected readonly geometry = computed(() => {
    const years = this.years();
    const max = this.max().value;
    const bars: ChartBar[] = [];
    const labels: ChartLabel[] = [
      { x: PAD_X, y: TOP - 10, text: this.maxLabel(), style: 'sb-gap-chart__max' },
    ];
    years.forEach((year, index) => {
      const left = PAD_X + index * (GROUP + GROUP_GAP);
      SERIES.forEach((series, position) => {
        const value = Number(year[series]);
        const height = max > 0 && value > 0 ? (value / max) * PLOT : 0;
        bars.push({
          x: left + position * (BAR + INNER_GAP),
          y: TOP + PLOT - height,
          width: BAR,
          height,
          fill: this.fill(series),
          stroke: COLOURS[series],
          title: `${year.year} – ${this.t(COLUMN_KEYS[series])}: ${formatKroner(year[series])}`,
        });
      });
      labels.push({
        x: left + GROUP / 2,
        y: TOP + PLOT + 20,
        text: String(year.year),
        style: 'sb-chart-text--centre',
      });
    });
    const width = Math.max(
      MIN_WIDTH,
      2 * PAD_X + years.length * GROUP + Math.max(0, years.length - 1) * GROUP_GAP,
    );
    const rules: ChartRule[] = [
      { kind: 'grid', x1: PAD_X, x2: width - PAD_X, y: TOP, dashed: true },
      { kind: 'axis', x1: PAD_X, x2: width - PAD_X, y: TOP + PLOT },
    ];
    return { width, height: TOP + PLOT + BOTTOM, rules, bars, labels };
  });

  /** The figures drawn, for screen readers. */
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

  protected patternId(series: 'planned' | 'realised'): string {
    return `sb-gap-${series}-${this.id}`;
  }

  protected fill(series: Series): string {
    return series === 'required' ? COLOURS.required : `url(#${this.patternId(series)})`;
  }
}
