import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatKroner, I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartTable } from '@samarbeid/web/ui';

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
  imports: [ChartComponent],
  template: `
    @let chart = layout();
    <sb-chart [summary]="summary()" [summaryVisible]="false" [table]="table()">
      <svg
        class="sb-benefit-chart"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
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
        </defs>
        @for (tick of chart.ticks; track tick.y) {
          <line
            class="sb-benefit-chart__grid"
            [attr.x1]="left"
            [attr.x2]="width - right"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text class="sb-benefit-chart__tick" [attr.x]="left - 6" [attr.y]="tick.y">{{ tick.label }}</text>
        }
        @for (group of chart.groups; track group.year) {
          <g>
            <rect
              class="sb-benefit-chart__planned"
              [attr.x]="group.x"
              [attr.y]="group.plannedY"
              [attr.width]="chart.barWidth"
              [attr.height]="group.plannedHeight"
              [attr.fill]="'url(#' + patternId + ')'"
            />
            @if (group.realisedHeight !== null) {
              <rect
                class="sb-benefit-chart__realised"
                [attr.x]="group.x + chart.barWidth + 2"
                [attr.y]="group.realisedY"
                [attr.width]="chart.barWidth"
                [attr.height]="group.realisedHeight"
              />
            }
            <text
              class="sb-benefit-chart__year"
              [attr.x]="group.x + chart.barWidth + 1"
              [attr.y]="height - bottom + 18"
            >
              {{ group.year }}
            </text>
          </g>
        }
        <line
          class="sb-benefit-chart__axis"
          [attr.x1]="left"
          [attr.x2]="width - right"
          [attr.y1]="baseline"
          [attr.y2]="baseline"
        />
      </svg>
      <div sbChartLegend>
        <ul class="sb-benefit-chart__legend" aria-hidden="true">
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

    .sb-benefit-chart {
      display: block;
      inline-size: 100%;
      block-size: auto;
      font-size: 13px;
    }

    .sb-benefit-chart__grid {
      stroke: var(--ds-color-neutral-border-subtle, #b8bcc1);
      stroke-width: 1;
    }

    .sb-benefit-chart__axis {
      stroke: var(--ds-color-neutral-border-strong, #545e6b);
      stroke-width: 1.5;
    }

    .sb-benefit-chart__tick,
    .sb-benefit-chart__year {
      fill: var(--ds-color-neutral-text-default, #1e2b3c);
      dominant-baseline: central;
    }

    .sb-benefit-chart__tick {
      text-anchor: end;
    }

    .sb-benefit-chart__year {
      text-anchor: middle;
    }

    /* Planned: an outline in the strong accent colour, hatched inside. */
    .sb-benefit-chart__planned {
      stroke: var(--ds-color-accent-border-strong, #005db1);
      stroke-width: 2;
    }

    .sb-benefit-chart__hatch-bg {
      fill: var(--ds-color-neutral-background-default, #fff);
    }

    .sb-benefit-chart__hatch {
      stroke: var(--ds-color-accent-border-strong, #005db1);
      stroke-width: 2;
    }

    /* Realised: solid, in the darkest neutral. */
    .sb-benefit-chart__realised {
      fill: var(--ds-color-neutral-base-default, #1e2b3c);
    }

    .sb-benefit-chart__legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
      margin: var(--ds-size-2) 0 0;
      padding: 0;
      list-style: none;
    }

    .sb-benefit-chart__caption {
      margin: var(--ds-size-2) 0 0;
      color: var(--ds-color-neutral-text-subtle);
    }

    .sb-benefit-chart__legend li {
      display: flex;
      align-items: center;
      gap: var(--ds-size-2);
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
      .sb-benefit-chart__realised,
      .sb-benefit-chart__tick,
      .sb-benefit-chart__year {
        fill: CanvasText;
      }

      .sb-benefit-chart__planned,
      .sb-benefit-chart__hatch {
        stroke: CanvasText;
      }
    }
  `,
})
export class BenefitChartComponent {
  readonly years = input.required<readonly BenefitChartYear[]>();
  /** What the picture shows, in a sentence with every figure (the accessible name). */
  readonly summary = input.required<string>();

  protected readonly t = inject(I18nService).t;
  /** The figures drawn, for screen readers. */
  protected readonly table = computed<ChartTable>(() => ({
    columns: [
      { label: this.t('benefits.col.year') },
      { label: this.t('benefits.col.planned'), align: 'end' },
      { label: this.t('benefits.col.realised'), align: 'end' },
    ],
    rows: this.years().map((year) => ({
      header: String(year.year),
      cells: [
        formatKroner(year.planned),
        year.realised === null ? this.t('benefits.notRecorded') : formatKroner(year.realised),
      ],
    })),
  }));

  protected readonly patternId = `sb-benefit-hatch-${nextId++}`;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly bottom = BOTTOM;
  protected readonly baseline = TOP + PLOT_HEIGHT;

  protected readonly layout = computed(() => {
    const years = this.years();
    // Geometry only: bar heights are pixels, so the amounts become floating-point numbers here and nowhere else.
    const value = (amount: string | null) => Math.max(0, Number(amount ?? 0) || 0);
    const max = Math.max(0, ...years.flatMap((y) => [value(y.planned), value(y.realised)]));
    const scale = (amount: string | null) => (max > 0 ? (value(amount) / max) * PLOT_HEIGHT : 0);
    const groupWidth = PLOT_WIDTH / Math.max(1, years.length);
    const barWidth = Math.min(32, Math.max(6, groupWidth * 0.32));
    return {
      barWidth,
      ticks: TICKS.map((fraction) => ({
        y: TOP + PLOT_HEIGHT - fraction * PLOT_HEIGHT,
        label: formatKroner(String(Math.round(max * fraction))),
      })),
      groups: years.map((year, index) => {
        const planned = scale(year.planned);
        const realised = year.realised === null ? null : scale(year.realised);
        return {
          year: year.year,
          x: LEFT + index * groupWidth + (groupWidth - (2 * barWidth + 2)) / 2,
          plannedY: TOP + PLOT_HEIGHT - planned,
          plannedHeight: planned,
          realisedY: TOP + PLOT_HEIGHT - (realised ?? 0),
          realisedHeight: realised,
        };
      }),
    };
  });
}
