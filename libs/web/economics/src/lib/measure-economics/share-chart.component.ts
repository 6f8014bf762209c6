import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartComponent } from '@samarbeid/web/ui';

import { type ChartBar, type ChartLabel, ChartDrawingComponent } from '../shared/chart-drawing.component';
import { FiguresChart } from '../shared/figures-chart';

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
  imports: [ChartComponent, ChartDrawingComponent],
  template: `
    @let chart = layout();
    <sb-chart [summary]="summary()" [summaryVisible]="false" [table]="table()">
      <sb-chart-drawing [drawing]="chart" [textSize]="14">
        <svg:line
          class="sb-share-chart__axis"
          [attr.x1]="labelWidth"
          [attr.x2]="labelWidth"
          y1="0"
          [attr.y2]="chart.height"
        />
      </sb-chart-drawing>
    </sb-chart>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }

    .sb-share-chart__axis {
      stroke: var(--ds-color-neutral-border-default, #6b7280);
      stroke-width: 1;
    }

    @media (forced-colors: active) {
      .sb-share-chart__axis {
        stroke: CanvasText;
      }
    }
  `,
})
export class ShareChartComponent extends FiguresChart {
  readonly bars = input.required<readonly ShareBar[]>();

  protected readonly columns = [
    { label: 'economics.shares.col.municipality' },
    { label: 'economics.shares.col.total', amounts: true },
  ] as const;

  protected figures() {
    return this.bars().map((bar) => ({ header: bar.label, cells: [bar.text] }));
  }

  protected readonly labelWidth = LABEL_WIDTH;

  /** A bar per participant in the accent colour, its name before it and its amount after it. */
  protected readonly layout = computed(() => {
    const bars = this.bars();
    // Geometry only: the bar lengths are drawn in pixels, so the amounts become floating-point numbers here and
    // nowhere else; the figures shown are the exact strings.
    const values = bars.map((bar) => Math.max(0, Number(bar.value) || 0));
    const max = Math.max(...values, 0);
    const drawn = bars.map((bar, index) => ({
      ...bar,
      y: index * ROW + (ROW - BAR) / 2,
      width: max > 0 ? Math.max(values[index] > 0 ? 2 : 0, (values[index] / max) * BAR_WIDTH) : 0,
    }));
    return {
      width: WIDTH,
      height: Math.max(ROW, bars.length * ROW),
      bars: drawn.map((bar): ChartBar => ({
        x: LABEL_WIDTH,
        y: bar.y,
        width: bar.width,
        height: BAR,
        paint: 'sb-chart-bar--accent',
      })),
      labels: drawn.flatMap((bar): ChartLabel[] => [
        {
          x: LABEL_WIDTH - 8,
          y: bar.y + BAR / 2,
          text: bar.label,
          style: 'sb-chart-text--middle sb-chart-text--end',
        },
        {
          x: LABEL_WIDTH + bar.width + VALUE_GAP,
          y: bar.y + BAR / 2,
          text: bar.text,
          style: 'sb-chart-text--middle',
        },
      ]),
    };
  });
}
