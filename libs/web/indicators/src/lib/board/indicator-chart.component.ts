import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';
import { ChartComponent, type ChartTable } from '@samarbeid/web/ui';
import { periodTime, targetPathAt } from '@samarbeid/shared/domain';

import {
  chartData,
  type ChartPoint,
  formatNumber,
  indicatorTarget,
  type IndicatorView,
  type SeriesView,
} from './indicator-view';

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 56, right: 16, top: 16, bottom: 32 };
/** Contrast at least 4.5:1 on white; each line also has its own dash pattern and marker, named in the legend. */
const COLOURS = { measured: '#005fa3', path: '#2b2b2b', kostra: '#8a3b00' } as const;

/**
 * One indicator for one area as a line chart in the kit's chart frame: the measured values (solid, with points), the
 * straight path from baseline to target (dashed) and, where the indicator is linked to KOSTRA, the KOSTRA group's
 * average (dotted). The same figures follow as a table for screen readers.
 */
@Component({
  selector: 'sb-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    @let chart = geometry();
    <sb-chart [summary]="summary()" [table]="table()">
      <svg
        class="sb-indicator-chart"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        [attr.width]="width"
        [attr.height]="height"
        preserveAspectRatio="xMinYMin meet"
      >
        <line
          class="sb-indicator-chart__axis"
          [attr.x1]="pad.left"
          [attr.x2]="width - pad.right"
          [attr.y1]="height - pad.bottom"
          [attr.y2]="height - pad.bottom"
        />
        @for (tick of chart.yTicks; track tick.y) {
          <text
            class="sb-indicator-chart__label"
            [attr.x]="pad.left - 6"
            [attr.y]="tick.y + 4"
            text-anchor="end"
          >
            {{ tick.label }}
          </text>
          <line
            class="sb-indicator-chart__grid"
            [attr.x1]="pad.left"
            [attr.x2]="width - pad.right"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
        }
        @for (tick of chart.xTicks; track tick.x) {
          <text
            class="sb-indicator-chart__label"
            [attr.x]="tick.x"
            [attr.y]="height - pad.bottom + 18"
            text-anchor="middle"
          >
            {{ tick.label }}
          </text>
        }
        <polyline
          [attr.points]="chart.path"
          fill="none"
          [attr.stroke]="colours.path"
          stroke-width="2"
          stroke-dasharray="6 4"
        />
        @if (chart.kostra) {
          <polyline
            [attr.points]="chart.kostra"
            fill="none"
            [attr.stroke]="colours.kostra"
            stroke-width="2"
            stroke-dasharray="2 3"
          />
        }
        <polyline
          [attr.points]="chart.measured"
          fill="none"
          [attr.stroke]="colours.measured"
          stroke-width="2.5"
        />
        @for (point of chart.points; track point.label) {
          <circle [attr.cx]="point.x" [attr.cy]="point.y" r="4" [attr.fill]="colours.measured" />
        }
      </svg>
      <ul sbChartLegend class="sb-indicator-chart__legend">
        <li>
          <span class="sb-swatch" [style.border-top-color]="colours.measured"></span>{{ t('chart.measured') }}
        </li>
        <li>
          <span class="sb-swatch sb-swatch--dashed" [style.border-top-color]="colours.path"></span
          >{{ t('chart.path') }}
        </li>
        @if (chart.kostra) {
          <li>
            <span class="sb-swatch sb-swatch--dotted" [style.border-top-color]="colours.kostra"></span
            >{{ t('chart.kostra', { group: series().kostraGroupName ?? '' }) }}
          </li>
        }
      </ul>
    </sb-chart>
  `,
  styles: `
    :host {
      display: block;
    }

    .sb-indicator-chart {
      max-inline-size: 100%;
      block-size: auto;
    }

    .sb-indicator-chart__axis {
      stroke: #2b2b2b;
    }

    .sb-indicator-chart__grid {
      stroke: #d2d5d9;
    }

    .sb-indicator-chart__label {
      font-size: 12px;
      fill: #2b2b2b;
    }

    .sb-indicator-chart__legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .sb-swatch {
      display: inline-block;
      inline-size: 1.5rem;
      margin-inline-end: var(--ds-size-2);
      vertical-align: middle;
      border-top: 3px solid;
    }

    .sb-swatch--dashed {
      border-top-style: dashed;
    }

    .sb-swatch--dotted {
      border-top-style: dotted;
    }
  `,
})
export class IndicatorChartComponent {
  readonly indicator = input.required<IndicatorView>();
  readonly series = input.required<SeriesView>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;
  protected readonly colours = COLOURS;

  protected readonly geometry = computed(() => {
    const data = chartData(this.indicator(), this.series());
    const language = this.i18n.language();
    const spanT = Math.max(1, data.maxT - data.minT);
    const low = data.minValue === data.maxValue ? data.minValue - 1 : data.minValue;
    const high = data.minValue === data.maxValue ? data.maxValue + 1 : data.maxValue;
    const margin = (high - low) * 0.08;
    const [bottom, top] = [low - margin, high + margin];
    const x = (t: number) => PAD.left + ((t - data.minT) / spanT) * (WIDTH - PAD.left - PAD.right);
    const y = (value: number) => PAD.top + ((top - value) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);
    const line = (points: readonly ChartPoint[]) => points.map((p) => `${x(p.t)},${y(p.value)}`).join(' ');
    const years: number[] = [];
    const step = Math.max(1, Math.ceil(spanT / 8));
    for (let year = Math.ceil(data.minT); year <= data.maxT; year += step) years.push(year);
    return {
      path: line(data.path),
      measured: line(data.measured),
      kostra: data.kostra.length ? line(data.kostra) : null,
      points: data.measured.map((p) => ({ x: x(p.t), y: y(p.value), label: p.label })),
      xTicks: years.map((year) => ({ x: x(year), label: String(year) })),
      yTicks: [0, 0.5, 1].map((share) => {
        const value = bottom + (top - bottom) * share;
        return { y: y(value), label: formatNumber(Math.round(value * 10) / 10, language) };
      }),
    };
  });

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
