import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatKroner } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartSpec } from '@samarbeid/web/ui';

import { FiguresChart } from '../shared/figures-chart';

/** One year of the chart: amounts as the API's decimal strings (realised null until something is recorded). */
export interface BenefitChartYear {
  readonly year: number;
  readonly planned: string;
  readonly realised: string | null;
}

/**
 * Targets against actuals: per year a hatched bar for the planned benefit and a solid one for the realised benefit,
 * on a value axis in kroner, each with its amount written above it, in the kit's chart. The figures follow as a
 * table for screen readers.
 */
@Component({
  selector: 'sb-benefit-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    <sb-chart [spec]="spec()" [summary]="summary()" [summaryVisible]="false" [table]="table()">
      <p sbChartLegend class="ds-paragraph sb-benefit-chart__caption" data-size="sm">
        {{ t('benefits.chart.caption') }}
      </p>
    </sb-chart>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }

    .sb-benefit-chart__caption {
      color: var(--ds-color-neutral-text-subtle);
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

  protected readonly spec = computed((): ChartSpec => ({
    unit: { kind: 'kroner' },
    categories: this.years().map((year) => String(year.year)),
    series: [
      {
        type: 'bar',
        name: this.t('benefits.col.planned'),
        values: this.years().map((year) => year.planned),
        colour: 'accent',
        pattern: 'hatched',
        labels: true,
      },
      {
        type: 'bar',
        name: this.t('benefits.col.realised'),
        values: this.years().map((year) => year.realised),
        colour: 'neutral',
        pattern: 'solid',
        labels: true,
      },
    ],
  }));
}
