import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartComponent, type ChartSpec } from '@samarbeid/web/ui';

import { FiguresChart } from '../shared/figures-chart';

/** One bar: a label, the amount as the API's decimal string, and the amount as shown. */
export interface ShareBar {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly text: string;
}

/**
 * A bar per participant lying along its name, on a value axis in kroner, each bar with its amount written after it
 * (so nothing depends on colour), in the kit's chart. The exact figures follow as a table for screen readers.
 */
@Component({
  selector: 'sb-share-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `<sb-chart [spec]="spec()" [summary]="summary()" [summaryVisible]="false" [table]="table()" />`,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
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

  protected readonly spec = computed((): ChartSpec => ({
    orientation: 'horizontal',
    unit: { kind: 'kroner' },
    categories: this.bars().map((bar) => bar.label),
    series: [
      {
        type: 'bar',
        name: this.t('economics.shares.col.total'),
        values: this.bars().map((bar) => bar.value),
        colour: 'accent',
        labels: true,
      },
    ],
    height: 48 + 36 * Math.max(1, this.bars().length),
  }));
}
