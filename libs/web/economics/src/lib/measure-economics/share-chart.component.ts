import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartTable } from '@samarbeid/web/ui';

/** One bar: a label, the amount as the API's decimal string, and the amount as shown. */
export interface ShareBar {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly text: string;
}

const ROW = 32;
const BAR = 20;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const VALUE_GAP = 8;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 140;

/**
 * A horizontal bar chart drawn as SVG, one bar per participant, inside the kit's chart frame: one picture named by a
 * summary of every bar, with the same figures as a table for screen readers. Bars are the accent colour on the page
 * background and each carries its amount as text, so nothing depends on colour alone.
 */
@Component({
  selector: 'sb-share-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    @let chart = layout();
    <sb-chart [summary]="summary()" [summaryVisible]="false" [table]="table()">
      <svg
        class="sb-share-chart"
        [attr.viewBox]="'0 0 ' + width + ' ' + chart.height"
        [attr.height]="chart.height"
        preserveAspectRatio="xMinYMin meet"
      >
        <line
          class="sb-share-chart__axis"
          [attr.x1]="labelWidth"
          [attr.x2]="labelWidth"
          y1="0"
          [attr.y2]="chart.height"
        />
        @for (bar of chart.bars; track bar.key) {
          <g>
            <text class="sb-share-chart__label" [attr.x]="labelWidth - 8" [attr.y]="bar.y + barHeight / 2">
              {{ bar.label }}
            </text>
            <rect
              class="sb-share-chart__bar"
              [attr.x]="labelWidth"
              [attr.y]="bar.y"
              [attr.width]="bar.width"
              [attr.height]="barHeight"
            />
            <text
              class="sb-share-chart__value"
              [attr.x]="labelWidth + bar.width + gap"
              [attr.y]="bar.y + barHeight / 2"
            >
              {{ bar.text }}
            </text>
          </g>
        }
      </svg>
    </sb-chart>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }

    .sb-share-chart {
      display: block;
      inline-size: 100%;
      block-size: auto;
      font-size: 14px;
    }

    .sb-share-chart__axis {
      stroke: var(--ds-color-neutral-border-default, #6b7280);
      stroke-width: 1;
    }

    /* The accent's base colour: at least 3:1 against the page background (WCAG 1.4.11). */
    .sb-share-chart__bar {
      fill: var(--ds-color-accent-base-default, #0062ba);
    }

    .sb-share-chart__label,
    .sb-share-chart__value {
      fill: var(--ds-color-neutral-text-default, #1e2b3c);
      dominant-baseline: central;
    }

    .sb-share-chart__label {
      text-anchor: end;
    }

    @media (forced-colors: active) {
      .sb-share-chart__bar {
        fill: CanvasText;
      }

      .sb-share-chart__label,
      .sb-share-chart__value {
        fill: CanvasText;
      }
    }
  `,
})
export class ShareChartComponent {
  readonly bars = input.required<readonly ShareBar[]>();
  /** What the picture shows, in a sentence with every figure (the accessible name). */
  readonly summary = input.required<string>();

  private readonly t = inject(I18nService).t;
  /** The bars' figures, for screen readers. */
  protected readonly table = computed<ChartTable>(() => ({
    columns: [
      { label: this.t('economics.shares.col.municipality') },
      { label: this.t('economics.shares.col.total'), align: 'end' },
    ],
    rows: this.bars().map((bar) => ({ header: bar.label, cells: [bar.text] })),
  }));

  protected readonly width = WIDTH;
  protected readonly labelWidth = LABEL_WIDTH;
  protected readonly barHeight = BAR;
  protected readonly gap = VALUE_GAP;

  protected readonly layout = computed(() => {
    const bars = this.bars();
    // Geometry only: the bar lengths are drawn in pixels, so the amounts become floating-point numbers here and
    // nowhere else; the figures shown are the exact strings.
    const values = bars.map((bar) => Math.max(0, Number(bar.value) || 0));
    const max = Math.max(...values, 0);
    return {
      height: Math.max(ROW, bars.length * ROW),
      bars: bars.map((bar, index) => ({
        ...bar,
        y: index * ROW + (ROW - BAR) / 2,
        width: max > 0 ? Math.max(values[index] > 0 ? 2 : 0, (values[index] / max) * BAR_WIDTH) : 0,
      })),
    };
  });
}
