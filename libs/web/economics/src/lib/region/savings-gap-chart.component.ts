import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartTable } from '@samarbeid/web/ui';

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

interface Bar {
  readonly series: Series;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly title: string;
}

interface Group {
  readonly year: number;
  readonly labelX: number;
  readonly bars: readonly Bar[];
}

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
  imports: [ChartComponent],
  template: `
    @let chart = geometry();
    <sb-chart [summary]="label()" [table]="table()">
      <svg
        class="sb-gap-chart"
        [attr.viewBox]="'0 0 ' + chart.width + ' ' + chart.height"
        [attr.width]="chart.width"
        [attr.height]="chart.height"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
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
        </defs>
        <text class="sb-gap-chart__max" [attr.x]="padX" [attr.y]="top - 10">{{ maxLabel() }}</text>
        <line
          class="sb-gap-chart__grid"
          [attr.x1]="padX"
          [attr.x2]="chart.width - padX"
          [attr.y1]="top"
          [attr.y2]="top"
        />
        @for (group of chart.groups; track group.year) {
          @for (bar of group.bars; track bar.series) {
            <rect
              [attr.x]="bar.x"
              [attr.y]="bar.y"
              [attr.width]="barWidth"
              [attr.height]="bar.height"
              [attr.fill]="fill(bar.series)"
              [attr.stroke]="colours[bar.series]"
              stroke-width="1.5"
            >
              <title>{{ bar.title }}</title>
            </rect>
          }
          <text
            class="sb-gap-chart__year"
            [attr.x]="group.labelX"
            [attr.y]="baseline + 20"
            text-anchor="middle"
          >
            {{ group.year }}
          </text>
        }
        <line
          class="sb-gap-chart__axis"
          [attr.x1]="padX"
          [attr.x2]="chart.width - padX"
          [attr.y1]="baseline"
          [attr.y2]="baseline"
        />
      </svg>
      <ul sbChartLegend class="sb-gap-chart__legend" [attr.aria-label]="t('economicsPages.chart.legend')">
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
  styles: `
    .sb-gap-chart {
      max-inline-size: 100%;
      block-size: auto;
      font-family: inherit;
    }
    .sb-gap-chart__max,
    .sb-gap-chart__year {
      font-size: 12px;
      fill: currentColor;
    }
    .sb-gap-chart__grid {
      stroke: #6b6b6b;
      stroke-dasharray: 4 3;
    }
    .sb-gap-chart__axis {
      stroke: currentColor;
      stroke-width: 1.5;
    }
    .sb-gap-chart__legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sb-gap-chart__legend li {
      display: flex;
      align-items: center;
      gap: var(--ds-size-2);
    }
  `,
})
export class SavingsGapChartComponent {
  readonly years = input.required<readonly ChartYear[]>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  private readonly id = ++nextChartId;

  protected readonly series = SERIES;
  protected readonly colours = COLOURS;
  protected readonly barWidth = BAR;
  protected readonly padX = PAD_X;
  protected readonly top = TOP;
  protected readonly baseline = TOP + PLOT;
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

  protected readonly geometry = computed(() => {
    const years = this.years();
    const max = this.max().value;
    const groups: Group[] = years.map((year, index) => {
      const left = PAD_X + index * (GROUP + GROUP_GAP);
      return {
        year: year.year,
        labelX: left + GROUP / 2,
        bars: SERIES.map((series, position) => {
          const value = Number(year[series]);
          const height = max > 0 && value > 0 ? (value / max) * PLOT : 0;
          return {
            series,
            x: left + position * (BAR + INNER_GAP),
            y: TOP + PLOT - height,
            height,
            title: `${year.year} – ${this.t(COLUMN_KEYS[series])}: ${formatKroner(year[series])}`,
          };
        }),
      };
    });
    const width = Math.max(
      MIN_WIDTH,
      2 * PAD_X + years.length * GROUP + Math.max(0, years.length - 1) * GROUP_GAP,
    );
    return { width, height: TOP + PLOT + BOTTOM, groups };
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
