import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DownloadButtonComponent,
  I18nService,
  queryErrorText,
} from '@samarbeid/web/data-access';
import { IndicatorBoardGQL } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { IndicatorChartComponent } from './indicator-chart.component';
import { IndicatorSettingsComponent } from './indicator-settings.component';
import { formatNumber, type IndicatorView, REGION, type SeriesView } from './indicator-view';
import { RecordValueComponent } from './record-value.component';

/**
 * `/indikatorer/strategi/:strategyId`: a strategy's indicators. The KPI table (indicator, base year and value, latest,
 * target, trend arrow, status) for the region or one municipality, with an Excel download; per indicator a line chart
 * with the target path (and the KOSTRA group average where linked), its values, and the form to record a value.
 */
@Component({
  selector: 'sb-indicator-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    DownloadButtonComponent,
    FORM_KIT,
    IndicatorChartComponent,
    RecordValueComponent,
    IndicatorSettingsComponent,
  ],
  template: `
    <p>
      <a class="ds-link" routerLink="/indikatorer">{{ t('board.back') }}</a>
    </p>
    @let page = state();
    @switch (page.kind) {
      @case ('loading') {
        <h1 class="ds-heading" data-size="lg">{{ t('board.title') }}</h1>
        <p class="ds-paragraph" role="status">{{ t('board.loading') }}</p>
      }
      @case ('error') {
        <h1 class="ds-heading" data-size="lg">{{ t('board.title') }}</h1>
        <div class="ds-alert" data-color="danger" role="alert">
          <h2 class="ds-heading" data-size="2xs">{{ t('board.errorHeading') }}</h2>
          <p class="ds-paragraph">{{ page.message }}</p>
        </div>
      }
      @case ('ready') {
        @let board = page.board;
        <h1 class="ds-heading" data-size="lg">{{ board.strategyTitle }}</h1>
        <p class="ds-paragraph">
          {{ t('board.intro', { network: board.networkName, region: board.regionName }) }}
        </p>
        <div class="sb-board__tools">
          <sb-field [label]="t('board.area')">
            <select sbControl id="board-area" class="ds-input" (change)="area.set(selectValue($event))">
              <option [value]="region" [selected]="area() === region">{{ board.regionName }}</option>
              @for (m of board.municipalities; track m.number) {
                <option [value]="m.number" [selected]="area() === m.number">{{ m.name }}</option>
              }
            </select>
          </sb-field>
          <sb-download-button [path]="exportPath()" fileName="indikatorer.xlsx" [label]="t('board.export')" />
        </div>
        @if (page.rows.length === 0) {
          <p class="ds-paragraph">{{ t('board.none') }}</p>
        } @else {
          <sb-data-table [caption]="t('board.caption', { area: areaName() })" [columns]="columns()">
            <tbody>
              @for (row of page.rows; track row.id) {
                <tr>
                  <th scope="row">
                    <a class="ds-link" [href]="'#indikator-' + row.id" (click)="jump($event, row.id)">{{
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
        @for (indicator of board.indicators; track indicator.id) {
          @let series = seriesOf(indicator);
          <section class="sb-indicator" [attr.aria-labelledby]="'indikator-' + indicator.id">
            <h2 class="ds-heading" data-size="sm" [id]="'indikator-' + indicator.id" tabindex="-1">
              {{ indicator.name }}
            </h2>
            <p class="ds-paragraph" data-size="sm">
              {{ meta(indicator) }}
            </p>
            @if (indicator.kostraFigure; as figure) {
              <p class="ds-paragraph" data-size="sm">
                {{ t('indicator.kostra', { figure: language() === 'en' ? figure.nameEn : figure.name }) }}
              </p>
            }
            @if (area() === region && indicator.missingPeriods.length) {
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
          </section>
        }
      }
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
export class IndicatorBoardPageComponent {
  /** The strategy's id, from the route. */
  readonly strategyId = input('');

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly boardQuery = inject(IndicatorBoardGQL);
  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly region = REGION;
  protected readonly area = signal<string>(REGION);
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);

  private readonly result = toSignal(
    toObservable(this.strategyId).pipe(
      switchMap(
        (strategyId) =>
          this.boardQuery.watch({ variables: { strategyId }, fetchPolicy: 'cache-and-network' }).valueChanges,
      ),
    ),
  );

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

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const board = result.data.indicatorBoard;
      return {
        kind: 'ready' as const,
        board,
        rows: board.indicators.map((indicator) => this.row(indicator)),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly areaName = computed(() => {
    const page = this.state();
    if (page.kind !== 'ready') return '';
    return this.area() === REGION
      ? page.board.regionName
      : (page.board.municipalities.find((m) => m.number === this.area())?.name ?? this.area());
  });

  protected readonly exportPath = computed(
    () =>
      `strategies/${this.strategyId()}/indicators.xlsx${this.area() === REGION ? '' : `?kommune=${this.area()}`}`,
  );

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
    const heading = document.getElementById(`indikator-${id}`);
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
