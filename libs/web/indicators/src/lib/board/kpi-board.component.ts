import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { Role } from '@samarbeid/shared/domain';
import { AuthService, DownloadButtonComponent, I18nService } from '@samarbeid/web/data-access';
import { type DataTableColumn, DataTableComponent, FORM_KIT } from '@samarbeid/web/ui';

import { IndicatorChartComponent } from './indicator-chart.component';
import { IndicatorSettingsComponent } from './indicator-settings.component';
import { formatNumber, type IndicatorView, REGION, type SeriesView } from './indicator-view';
import { RecordValueComponent } from './record-value.component';

/** What a KPI table shows: the areas and the indicators with their series. */
export interface KpiBoardView {
  readonly regionName: string;
  readonly municipalities: readonly { readonly number: string; readonly name: string }[];
  readonly indicators: readonly IndicatorView[];
  /** A municipality's KPI set: its municipality, the only area. */
  readonly municipalityNumber?: string | null;
}

/**
 * The KPI table of a strategy, a network, the region, a KPI set or a measure: the area to show (the region or one
 * municipality), the Excel download, the table (indicator, base year and value, latest, target, trend arrow, status)
 * and per indicator a line chart with the target path (and the KOSTRA group average where linked), its values, and
 * the forms to record a value and change its follow-up.
 */
@Component({
  selector: 'sb-kpi-board',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DataTableComponent,
    DownloadButtonComponent,
    FORM_KIT,
    IndicatorChartComponent,
    RecordValueComponent,
    IndicatorSettingsComponent,
  ],
  template: `
    @let view = board();
    <div class="sb-board__tools">
      <sb-field [label]="t('board.area')">
        <select
          sbControl
          [id]="idPrefix() + 'board-area'"
          class="ds-input"
          (change)="area.set(selectValue($event))"
        >
          @if (!view.municipalityNumber) {
            <option [value]="region" [selected]="area() === region">{{ view.regionName }}</option>
          }
          @for (m of view.municipalities; track m.number) {
            <option [value]="m.number" [selected]="area() === m.number">{{ m.name }}</option>
          }
        </select>
      </sb-field>
      <sb-download-button [path]="areaExportPath()" fileName="indikatorer.xlsx" [label]="t('board.export')" />
    </div>
    @if (rows().length === 0) {
      <p class="ds-paragraph">{{ t('board.none') }}</p>
    } @else {
      <sb-data-table [caption]="t('board.caption', { area: areaName() })" [columns]="columns()">
        <tbody>
          @for (row of rows(); track row.id) {
            <tr>
              <th scope="row">
                <a class="ds-link" [href]="'#' + anchor(row.id)" (click)="jump($event, row.id)">{{
                  row.name
                }}</a>
              </th>
              <td>{{ row.baseline }}</td>
              <td>{{ row.latest }}</td>
              <td>{{ row.target }}</td>
              <td>
                <span aria-hidden="true" class="sb-arrow">{{ row.arrow }}</span> {{ row.trend }}
              </td>
              <td>
                <span class="sb-status" [attr.data-status]="row.status">{{ row.statusText }}</span>
              </td>
            </tr>
          }
        </tbody>
      </sb-data-table>
    }
    @for (indicator of view.indicators; track indicator.id) {
      @let series = seriesOf(indicator);
      <section class="sb-indicator" [attr.aria-labelledby]="anchor(indicator.id)">
        <h2 class="ds-heading" data-size="sm" [id]="anchor(indicator.id)" tabindex="-1">
          {{ indicator.name }}
        </h2>
        <p class="ds-paragraph" data-size="sm">{{ meta(indicator) }}</p>
        @if (indicator.kostraFigure; as figure) {
          <p class="ds-paragraph" data-size="sm">
            {{ t('indicator.kostra', { figure: language() === 'en' ? figure.nameEn : figure.name }) }}
          </p>
        }
        @if (indicator.missingPeriods.length && area() === defaultArea()) {
          <p class="ds-paragraph" data-size="sm">
            {{ t('board.missing', { periods: indicator.missingPeriods.join(', ') }) }}
          </p>
        }
        @if (series) {
          <sb-indicator-chart [indicator]="indicator" [series]="series" />
          @if (series.values.length) {
            <sb-data-table
              [caption]="t('indicator.values', { area: series.name })"
              [columns]="valueColumns()"
            >
              <tbody>
                @for (value of series.values; track value.period) {
                  <tr>
                    <th scope="row">{{ value.period }}</th>
                    <td class="sb-end">
                      {{ value.notMeasured ? t('indicator.notMeasured') : format(value.value) }}
                    </td>
                    <td>{{ value.source }}</td>
                    <td>{{ value.comment }}</td>
                  </tr>
                }
              </tbody>
            </sb-data-table>
          } @else {
            <p class="ds-paragraph">{{ t('indicator.noValues', { area: series.name }) }}</p>
          }
        }
        @if (indicator.viewerCanRecordFor.length) {
          <sb-record-value [indicator]="indicator" [preferredArea]="area()" />
        }
        @if (indicator.viewerCanEditSettings) {
          <sb-indicator-settings [indicator]="indicator" [linksKostra]="isSecretariat()" />
        }
        @if (removable()) {
          <p>
            <button type="button" class="ds-button" data-variant="secondary" (click)="remove.emit(indicator)">
              {{ t('scope.remove', { name: indicator.name }) }}
            </button>
          </p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }

    .sb-board__tools {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
      align-items: end;
    }

    .sb-indicator {
      display: grid;
      gap: var(--ds-size-3);
      padding-block-start: var(--ds-size-4);
      border-block-start: 1px solid var(--ds-color-neutral-border-subtle, #d2d5d9);
    }

    .sb-indicator > * {
      margin: 0;
    }

    .sb-arrow {
      font-weight: bold;
    }

    .sb-status[data-status='ON_TRACK'] {
      color: #0a6c2e;
      font-weight: 600;
    }

    .sb-status[data-status='BEHIND'] {
      color: #a3141e;
      font-weight: 600;
    }

    .sb-end {
      text-align: end;
    }
  `,
})
export class KpiBoardComponent {
  readonly board = input.required<KpiBoardView>();
  /** The Excel export relative to the API (`…/indicators.xlsx`); the chosen municipality is added. */
  readonly exportPath = input.required<string>();
  /** Prefixes the ids, where a page shows more than one board. */
  readonly idPrefix = input('');
  /** Whether each indicator offers "remove" (the page asks and removes). */
  readonly removable = input(false);
  readonly remove = output<IndicatorView>();

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly region = REGION;
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  /** The region, or the municipality of a municipality's own set. */
  protected readonly defaultArea = computed(() => this.board().municipalityNumber ?? REGION);
  protected readonly area = linkedSignal(() => this.defaultArea());

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'indicator', label: this.t('board.col.indicator') },
    { key: 'baseline', label: this.t('board.col.baseline') },
    { key: 'latest', label: this.t('board.col.latest') },
    { key: 'target', label: this.t('board.col.target') },
    { key: 'trend', label: this.t('board.col.trend') },
    { key: 'status', label: this.t('board.col.status') },
  ]);
  protected readonly valueColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'period', label: this.t('indicator.col.period') },
    { key: 'value', label: this.t('indicator.col.value'), align: 'end' },
    { key: 'source', label: this.t('indicator.col.source') },
    { key: 'comment', label: this.t('indicator.col.comment') },
  ]);

  protected readonly rows = computed(() => this.board().indicators.map((indicator) => this.row(indicator)));

  protected readonly areaName = computed(() =>
    this.area() === REGION
      ? this.board().regionName
      : (this.board().municipalities.find((m) => m.number === this.area())?.name ?? this.area()),
  );

  protected readonly areaExportPath = computed(
    () => `${this.exportPath()}${this.area() === REGION ? '' : `?kommune=${this.area()}`}`,
  );

  protected anchor(id: string): string {
    return `${this.idPrefix()}indikator-${id}`;
  }

  protected seriesOf(indicator: IndicatorView): SeriesView | undefined {
    const area = this.area() === REGION ? null : this.area();
    return indicator.series.find((series) => series.municipalityNumber === area);
  }

  protected meta(indicator: IndicatorView): string {
    return this.t('indicator.meta', {
      goal: indicator.goalTitle,
      direction: this.t(`direction.${indicator.direction as 'INCREASE' | 'DECREASE' | 'MAINTAIN'}`),
      frequency: this.t(`frequency.${indicator.frequency}`),
    });
  }

  protected format(value: string | null | undefined): string {
    return value === null || value === undefined ? '–' : formatNumber(value, this.i18n.language());
  }

  protected selectValue(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const heading = document.getElementById(this.anchor(id));
    heading?.scrollIntoView();
    heading?.focus();
  }

  private row(indicator: IndicatorView) {
    const series = this.seriesOf(indicator);
    const unit = indicator.unit;
    const trend = series?.trend;
    const arrow = trend ? { UP: '↑', DOWN: '↓', FLAT: '→' }[trend.direction] : '–';
    const trendText = trend
      ? `${this.t('trend.text', {
          direction: this.t(`trend.${trend.direction}`),
          perYear: this.format(String(trend.perYear)),
          from: trend.from,
          to: trend.to,
        })}${trend.favourable === null ? '' : `, ${this.t(trend.favourable ? 'trend.good' : 'trend.bad')}`}`
      : this.t('trend.none');
    const status = series?.status ?? 'NO_DATA';
    return {
      id: indicator.id,
      name: indicator.name,
      baseline: `${indicator.baselineYear}: ${this.format(indicator.baselineValue)} ${unit}`,
      latest: series?.latest
        ? this.t('board.valueIn', {
            value: `${this.format(series.latest.value)} ${unit}`,
            period: series.latest.period,
          })
        : this.t('board.noValue'),
      target: this.t('board.target', {
        value: `${this.format(indicator.targetValue)} ${unit}`,
        year: String(indicator.targetYear),
      }),
      arrow,
      trend: trendText,
      status,
      statusText: this.t(`status.${status}`),
    };
  }
}
