import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DEFAULT_REGION_SLUG,
  I18nService,
  queryErrorText,
  refetchOnRegionChange,
} from '@samarbeid/web/data-access';
import { FocusItemGQL, type FocusItemQuery } from '@samarbeid/web/graphql';
import {
  ChartComponent,
  type ChartSpec,
  type DataTableColumn,
  DataTableComponent,
  type DetailItem,
  DetailPageComponent,
  DetailsListComponent,
  UpdatedStampComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { formatDecimal, STATUS_KEYS, STATUS_SIGN, TREND_KEYS } from '../shared/focus-labels';
import { FocusPeriodFormComponent } from './focus-period-form.component';

type Item = FocusItemQuery['focusItem'];

/**
 * `/fokus/:id`: one focus item — what it is, its values per period against the target as a chart (value line,
 * dashed target line, labels at the points) and as a table, recording a value by hand and setting a target. Live
 * like the list: a change anywhere in the region refetches it.
 */
@Component({
  selector: 'sb-focus-item-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ChartComponent,
    DataTableComponent,
    DetailPageComponent,
    DetailsListComponent,
    UpdatedStampComponent,
    FocusPeriodFormComponent,
  ],
  template: `
    @let page = state();
    <sb-detail-page
      [state]="page"
      backLink="/fokus"
      [backText]="t('focus.item.back')"
      [title]="t('focus.item.title')"
      [loadingText]="t('focus.item.loading')"
    >
      @if (page.kind === 'ready') {
        @let item = page.item;
        <h1 class="ds-heading" data-size="lg">{{ item.name }}</h1>
        <sb-updated-stamp [at]="live.updatedAt()" />
        @if (item.description) {
          <p class="ds-paragraph">{{ item.description }}</p>
        }
        <sb-details-list [items]="details()" />
        <sb-chart [spec]="chart()" [summary]="summary()" />
        @if (item.values.length > 0) {
          <sb-data-table
            [caption]="t('focus.item.valuesCaption')"
            [captionHidden]="false"
            [columns]="columns()"
          >
            <tbody>
              @for (row of rowsNewestFirst(); track row.period) {
                <tr>
                  <th scope="row">{{ row.period }}</th>
                  <td class="sb-end">{{ value(row.value) }} {{ item.unit }}</td>
                  <td class="sb-end">
                    {{ row.target === null ? '–' : value(row.target) + ' ' + item.unit }}
                  </td>
                  <td>
                    <span aria-hidden="true">{{ statusSign[row.status] }}</span>
                    {{ t(statusKeys[row.status]) }}
                  </td>
                  <td>{{ t(sourceKeys[row.source]) }}</td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        }
        <div class="sb-forms">
          @if (item.viewerCanRecord) {
            <sb-focus-period-form
              kind="value"
              [focusItemId]="item.id"
              [unit]="item.unit"
              [frequency]="item.frequency"
              (saved)="refetch()"
            />
          }
          @if (isSecretariat()) {
            <sb-focus-period-form
              kind="target"
              [focusItemId]="item.id"
              [unit]="item.unit"
              [frequency]="item.frequency"
              (saved)="refetch()"
            />
          }
        </div>
      }
    </sb-detail-page>
  `,
  styles: `
    .sb-end {
      text-align: end;
      white-space: nowrap;
    }

    .sb-forms {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-8);
    }
  `,
})
export class FocusItemPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly query = inject(FocusItemGQL);
  protected readonly t = this.i18n.t;
  protected readonly statusSign = STATUS_SIGN;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly sourceKeys = {
    API: 'focus.source.API',
    UPLOAD: 'focus.source.UPLOAD',
    MANUAL: 'focus.source.MANUAL',
  } as const;
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);

  private readonly queryRef = computed(() =>
    this.query.watch({ variables: { id: this.id() }, fetchPolicy: 'cache-and-network' }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));
  protected readonly live = refetchOnRegionChange(DEFAULT_REGION_SLUG, () => this.refetch());

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') return { kind: 'ready' as const, item: result.data.focusItem };
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });
  private readonly item = computed<Item | null>(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.item : null;
  });

  protected readonly details = computed<DetailItem[]>(() => {
    const item = this.item();
    if (!item) return [];
    return [
      { term: this.t('focus.item.area'), description: item.areaName },
      { term: this.t('focus.item.unit'), description: item.unit },
      { term: this.t('focus.item.direction'), description: this.t(`focus.direction.${item.direction}`) },
      { term: this.t('focus.item.frequency'), description: this.t(`focus.frequency.${item.frequency}`) },
      {
        term: this.t('focus.item.target'),
        description: item.currentTarget === null ? '–' : `${this.value(item.currentTarget)} ${item.unit}`,
      },
      { term: this.t('focus.item.status'), description: this.t(STATUS_KEYS[item.status]) },
      { term: this.t('focus.item.trend'), description: this.t(TREND_KEYS[item.trend]) },
      { term: this.t('focus.item.apiId'), description: item.id },
    ];
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'period', label: this.t('focus.item.col.period') },
    { key: 'value', label: this.t('focus.item.col.value'), align: 'end' },
    { key: 'target', label: this.t('focus.item.col.target'), align: 'end' },
    { key: 'status', label: this.t('focus.item.col.status') },
    { key: 'source', label: this.t('focus.item.col.source') },
  ]);

  protected readonly rowsNewestFirst = computed(() => [...(this.item()?.values ?? [])].reverse());

  protected readonly chart = computed<ChartSpec | undefined>(() => {
    const item = this.item();
    if (!item || item.values.length === 0) return undefined;
    const kroner = item.unit.trim().toLowerCase() === 'kr';
    return {
      categoryName: this.t('focus.item.period'),
      categories: item.values.map((value) => value.period),
      unit: kroner ? { kind: 'kroner' } : { kind: 'number', suffix: item.unit },
      valueName: item.unit,
      series: [
        {
          name: this.t('focus.item.series.value'),
          type: 'line',
          values: item.values.map((value) => value.value),
          colour: 'accent',
          pattern: 'solid',
          markers: true,
          labels: true,
        },
        {
          name: this.t('focus.item.series.target'),
          type: 'line',
          values: item.values.map((value) => value.target),
          colour: 'neutral',
          pattern: 'dashed',
        },
      ],
    };
  });

  protected readonly summary = computed(() => {
    const item = this.item();
    if (!item) return '';
    const latest = item.latest;
    if (!latest) return this.t('focus.item.chartSummaryEmpty', { name: item.name });
    return this.t('focus.item.chartSummary', {
      name: item.name,
      value: this.value(latest.value),
      unit: item.unit,
      period: latest.period,
      target: latest.target === null ? '–' : `${this.value(latest.target)} ${item.unit}`,
      status: this.t(STATUS_KEYS[latest.status]),
    });
  });

  constructor() {
    effect(() => {
      const result = this.result();
      if (result?.dataState === 'complete' && !result.loading) untracked(() => this.live.markUpdated());
    });
  }

  protected value(text: string): string {
    return formatDecimal(text, this.i18n.language());
  }

  protected refetch(): Promise<unknown> {
    return this.queryRef().refetch();
  }
}
