import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatKroner } from '@samarbeid/web/data-access';
import { ChartComponent } from '@samarbeid/web/ui';

import {
  type ChartBar,
  ChartDrawingComponent,
  type ChartGeometry,
  type ChartLabel,
} from '../shared/chart-drawing.component';
import { type ChartRule, FiguresChart } from '../shared/figures-chart';

/** One year of the chart: amounts as the API's decimal strings (realised null until something is recorded). */
export interface BenefitChartYear {
  readonly year: number;
  readonly planned: string;
  readonly realised: string | null;
}

const WIDTH = 600;
const HEIGHT = 260;
const LEFT = 120;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 36;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const TICKS = [0, 0.5, 1];

let nextId = 0;

/**
 * Targets against actuals: per year, a hatched outlined bar for the planned benefit and a solid bar for the
 * realised one, drawn as SVG inside the kit's chart frame: one picture named by a sentence with every figure, with
 * the same figures as a table for screen readers. The two series differ in fill (hatched outline against solid), not
 * only in colour, and both meet 3:1 against the background.
 */
@Component({
  selector: 'sb-benefit-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent, ChartDrawingComponent],
  styleUrl: '../shared/chart.css',
  template: `
    <sb-chart [summary]="summary()" [summaryVisible]="false" [table]="table()">
      <sb-chart-drawing [drawing]="layout()">
        <svg:defs>
          <pattern
            [id]="patternId"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" class="sb-benefit-chart__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" class="sb-benefit-chart__hatch" />
          </pattern>
        </svg:defs>
      </sb-chart-drawing>
      <div sbChartLegend>
        <ul class="sb-chart-legend sb-benefit-chart__legend" aria-hidden="true">
          <li><span class="sb-swatch sb-swatch--planned"></span>{{ t('benefits.col.planned') }}</li>
          <li><span class="sb-swatch sb-swatch--realised"></span>{{ t('benefits.col.realised') }}</li>
        </ul>
        <p class="ds-paragraph sb-benefit-chart__caption" data-size="sm">{{ t('benefits.chart.caption') }}</p>
      </div>
    </sb-chart>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }

    .sb-benefit-chart__hatch-bg {
      fill: var(--ds-color-neutral-background-default, #fff);
    }

    .sb-benefit-chart__hatch {
      stroke: var(--ds-color-accent-border-strong, #005db1);
      stroke-width: 2;
    }

    .sb-benefit-chart__legend {
      margin-block-start: var(--ds-size-2);
    }

    .sb-benefit-chart__caption {
      margin: var(--ds-size-2) 0 0;
      color: var(--ds-color-neutral-text-subtle);
    }

    .sb-swatch {
      display: inline-block;
      inline-size: 1.25em;
      block-size: 1em;
      box-sizing: border-box;
    }

    .sb-swatch--planned {
      border: 2px solid var(--ds-color-accent-border-strong, #005db1);
      background: repeating-linear-gradient(
        45deg,
        var(--ds-color-accent-border-strong, #005db1) 0 2px,
        var(--ds-color-neutral-background-default, #fff) 2px 5px
      );
    }

    .sb-swatch--realised {
      background: var(--ds-color-neutral-base-default, #1e2b3c);
    }

    @media (forced-colors: active) {
      .sb-benefit-chart__hatch {
        stroke: CanvasText;
      }
    }
  `,
})
export class BenefitChartComponent extends FiguresChart {
  readonly years = input.required<readonly BenefitChartYear[]>();

  protected readonly columns = [
    { label: 'benefits.col.year' },
    { label: 'benefits.col.planned', amounts: true },
    { label: 'benefits.col.realised', amounts: true },
  ] as const;

  protected figures() {
    return this.years().map((year) => ({
      header: String(year.year),
      cells: [
        formatKroner(year.planned),
        year.realised === null ? this.t('benefits.notRecorded') : formatKroner(year.realised),
      ],
    }));
  }

  protected readonly patternId = `sb-benefit-hatch-${nextId++}`;

  /** The grid line per tick and the axis behind the bars (planned, then realised), then the texts. */
  protected readonly layout = computed((): ChartGeometry => {
    const years = this.years();
    // Geometry only: bar heights are pixels, so the amounts become floating-point numbers here and nowhere else.
    const value = (amount: string | null) => Math.max(0, Number(amount ?? 0) || 0);
    const max = Math.max(0, ...years.flatMap((y) => [value(y.planned), value(y.realised)]));
    const scale = (amount: string | null) => (max > 0 ? (value(amount) / max) * PLOT_HEIGHT : 0);
    const groupWidth = PLOT_WIDTH / Math.max(1, years.length);
    const barWidth = Math.min(32, Math.max(6, groupWidth * 0.32));
    const baseline = TOP + PLOT_HEIGHT;
    const ticks = TICKS.map((fraction) => ({
      y: baseline - fraction * PLOT_HEIGHT,
      label: formatKroner(String(Math.round(max * fraction))),
    }));
    const rule = (kind: ChartRule['kind'], y: number): ChartRule => ({
      kind,
      x1: LEFT,
      x2: WIDTH - RIGHT,
      y,
    });
    const groups = years.map((year, index) => ({
      year: year.year,
      x: LEFT + index * groupWidth + (groupWidth - (2 * barWidth + 2)) / 2,
      planned: scale(year.planned),
      realised: year.realised === null ? null : scale(year.realised),
    }));
    const bar = (x: number, height: number, paint: string, fill?: string): ChartBar => ({
      x,
      y: baseline - height,
      width: barWidth,
      height,
      paint,
      ...(fill ? { fill } : {}),
    });
    const bars = groups.flatMap((group) => [
      bar(group.x, group.planned, 'sb-chart-bar--outline', `url(#${this.patternId})`),
      ...(group.realised === null ? [] : [bar(group.x + barWidth + 2, group.realised, 'sb-chart-bar--dark')]),
    ]);
    const labels: ChartLabel[] = [
      ...ticks.map((tick) => ({
        x: LEFT - 6,
        y: tick.y,
        text: tick.label,
        style: 'sb-chart-text--middle sb-chart-text--end',
      })),
      ...groups.map((group) => ({
        x: group.x + barWidth + 1,
        y: HEIGHT - BOTTOM + 18,
        text: String(group.year),
        style: 'sb-chart-text--middle sb-chart-text--centre',
      })),
    ];
    const rules = [...ticks.map((tick) => rule('grid', tick.y)), rule('axis', baseline)];
    return { width: WIDTH, height: HEIGHT, rules, bars, labels };
  });
}
