import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartSpec, type ChartTable } from '@samarbeid/web/ui';
import { periodTime, targetPathAt } from '@samarbeid/shared/domain';

import {
  chartData,
  type ChartPoint,
  formatNumber,
  indicatorTarget,
  type IndicatorView,
  type SeriesView,
} from './indicator-view';

/**
 * One indicator for one area as a line chart in the kit's chart: the measured values (solid, with points), the
 * straight path from baseline to target (dashed) and, where the indicator is linked to KOSTRA, the KOSTRA group's
 * average (dotted), on a continuous axis of years. The same figures follow as a table for screen readers.
 */
@Component({
  selector: 'sb-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `<sb-chart [spec]="spec()" [summary]="summary()" [table]="table()" />`,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class IndicatorChartComponent {
  readonly indicator = input.required<IndicatorView>();
  readonly series = input.required<SeriesView>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly spec = computed(() =>
    indicatorChartSpec(this.indicator(), this.series(), {
      measured: this.t('chart.measured'),
      path: this.t('chart.path'),
      kostra: this.t('chart.kostra', { group: this.series().kostraGroupName ?? '' }),
    }),
  );

  protected readonly summary = computed(() => {
    const indicator = this.indicator();
    const series = this.series();
    const language = this.i18n.language();
    const target = `${formatNumber(indicator.targetValue, language)} ${indicator.unit}`;
    if (!series.latest) {
      return this.t('chart.summaryEmpty', {
        indicator: indicator.name,
        area: series.name,
        target,
        targetYear: String(indicator.targetYear),
      });
    }
    return this.t('chart.summary', {
      indicator: indicator.name,
      area: series.name,
      count: series.values.filter((value) => value.value !== null).length,
      latest: `${formatNumber(series.latest.value ?? '', language)} ${indicator.unit} (${series.latest.period})`,
      target,
      targetYear: String(indicator.targetYear),
      status: this.t(`status.${series.status}`),
    });
  });

  protected readonly table = computed<ChartTable>(() => {
    const indicator = this.indicator();
    const series = this.series();
    const language = this.i18n.language();
    const kostra = new Map(series.kostraGroupAverage.map((point) => [String(point.year), point]));
    const periods = [...new Set([...series.values.map((value) => value.period), ...kostra.keys()])].sort(
      (a, b) => periodTime(a) - periodTime(b),
    );
    const show = (value: string | null | undefined) => (value ? formatNumber(value, language) : '–');
    return {
      caption: this.t('chart.caption', { indicator: indicator.name }),
      columns: [
        { label: this.t('chart.col.year') },
        { label: this.t('chart.measured'), align: 'end' },
        { label: this.t('chart.path'), align: 'end' },
        ...(kostra.size
          ? [
              {
                label: this.t('chart.kostra', { group: series.kostraGroupName ?? '' }),
                align: 'end' as const,
              },
            ]
          : []),
      ],
      rows: periods.map((period) => {
        const measured = series.values.find((value) => value.period === period);
        const point = kostra.get(period);
        return {
          header: period,
          cells: [
            measured?.notMeasured ? this.t('indicator.notMeasured') : show(measured?.value),
            formatNumber(
              Math.round(targetPathAt(indicatorTarget(indicator), periodTime(period)) * 100) / 100,
              language,
            ),
            ...(kostra.size
              ? [point ? (point.value ? show(point.value) : (point.missingSymbol ?? '–')) : '–']
              : []),
          ],
        };
      }),
    };
  });
}

/** The chart of one series: measured values, the target path and the KOSTRA average as lines over the years. */
export function indicatorChartSpec(
  indicator: IndicatorView,
  series: SeriesView,
  names: { readonly measured: string; readonly path: string; readonly kostra: string },
): ChartSpec {
  const data = chartData(indicator, series);
  const points = (list: readonly ChartPoint[]) => list.map((point) => [point.t, point.value] as const);
  return {
    years: { from: Math.floor(data.minT), to: Math.ceil(data.maxT) },
    unit: { kind: 'number', decimals: 1 },
    valueName: indicator.unit,
    series: [
      {
        type: 'line',
        name: names.measured,
        points: points(data.measured),
        colour: 'accent',
        pattern: 'solid',
        markers: true,
      },
      { type: 'line', name: names.path, points: points(data.path), colour: 'neutral', pattern: 'dashed' },
      ...(data.kostra.length
        ? [
            {
              type: 'line' as const,
              name: names.kostra,
              points: points(data.kostra),
              colour: 'warning' as const,
              pattern: 'dotted' as const,
              markers: true,
            },
          ]
        : []),
    ],
    height: 300,
  };
}
