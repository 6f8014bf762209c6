import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  queryErrorText,
  refetchOnRegionChange,
} from '@samarbeid/web/data-access';
import { FocusItemsGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  ListPageComponent,
  UpdatedStampComponent,
} from '@samarbeid/web/ui';

import {
  formatDecimal,
  STATUS_COLOUR,
  STATUS_KEYS,
  STATUS_SIGN,
  TREND_KEYS,
  TREND_SIGN,
} from '../shared/focus-labels';
import { CreateFocusItemComponent } from './create-focus-item.component';
import { ImportFocusValuesComponent } from './import-focus-values.component';

/**
 * `/fokus`: the region's focus items with their latest value against target, status (sign and words, never colour
 * alone) and trend, kept live: any change in the region refetches the list (decisions/0013) and the stamp says when.
 * The secretariat creates focus items and uploads values from a CSV file below the list.
 */
@Component({
  selector: 'sb-focus-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    ListPageComponent,
    UpdatedStampComponent,
    CreateFocusItemComponent,
    ImportFocusValuesComponent,
  ],
  template: `
    @let page = state();
    <sb-list-page
      [heading]="t('focus.title')"
      [loading]="page.kind === 'loading'"
      [loadingText]="t('focus.loading')"
      [count]="page.kind === 'ready' ? plural('focus.count', page.items.length) : null"
      [error]="page.kind === 'error' ? page.message : null"
      [errorHeading]="t('focus.errorHeading')"
      (retry)="retry()"
    >
      <div sbListIntro>
        <p class="ds-paragraph">{{ t('focus.intro') }}</p>
        <sb-updated-stamp data-testid="focus-updated" [at]="live.updatedAt()" />
      </div>
      @if (page.kind === 'ready') {
        @if (page.items.length === 0) {
          <p class="ds-paragraph">{{ t('focus.empty') }}</p>
        } @else {
          <sb-data-table [caption]="t('focus.caption')" [columns]="columns()">
            <tbody>
              @for (item of page.items; track item.id) {
                <tr>
                  <th scope="row">
                    <a class="ds-link" [routerLink]="['/fokus', item.id]">{{ item.name }}</a>
                  </th>
                  <td>{{ item.areaName }}</td>
                  <td class="sb-end" data-testid="focus-latest">
                    @if (item.latest; as latest) {
                      {{ value(latest.value) }} {{ item.unit }}
                      <span class="sb-period">({{ latest.period }})</span>
                    } @else {
                      {{ t('focus.none') }}
                    }
                  </td>
                  <td class="sb-end">
                    {{
                      item.currentTarget === null
                        ? t('focus.none')
                        : value(item.currentTarget) + ' ' + item.unit
                    }}
                  </td>
                  <td>
                    <span class="ds-tag" data-size="sm" [attr.data-color]="statusColour[item.status]">
                      <span aria-hidden="true">{{ statusSign[item.status] }}</span>
                      {{ t(statusKeys[item.status]) }}
                    </span>
                  </td>
                  <td>
                    <span aria-hidden="true">{{ trendSign[item.trend] }}</span>
                    {{ t(trendKeys[item.trend]) }}
                  </td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        }
      }
    </sb-list-page>
    @if (page.kind === 'ready' && page.canDefine) {
      <sb-import-focus-values [regionSlug]="regionSlug" (imported)="retry()" />
      <sb-create-focus-item [regionSlug]="regionSlug" (created)="retry()" />
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-6);
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }

    .sb-end {
      text-align: end;
      white-space: nowrap;
    }

    .sb-period {
      color: var(--ds-color-text-subtle);
    }
  `,
})
export class FocusListPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly regionSlug = DEFAULT_REGION_SLUG;
  protected readonly statusSign = STATUS_SIGN;
  protected readonly statusColour = STATUS_COLOUR;
  protected readonly trendSign = TREND_SIGN;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly trendKeys = TREND_KEYS;

  private readonly queryRef = inject(FocusItemsGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG },
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);
  /** Refetched on every change in the region; the stamp says when the figures were fetched. */
  protected readonly live = refetchOnRegionChange(DEFAULT_REGION_SLUG, () => this.queryRef.refetch());

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('focus.col.name') },
    { key: 'area', label: this.t('focus.col.area') },
    { key: 'latest', label: this.t('focus.col.latest'), align: 'end' },
    { key: 'target', label: this.t('focus.col.target'), align: 'end' },
    { key: 'status', label: this.t('focus.col.status') },
    { key: 'trend', label: this.t('focus.col.trend') },
  ]);

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      return {
        kind: 'ready' as const,
        items: result.data.focusItems.items,
        canDefine: result.data.focusItems.viewerCanDefine,
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  constructor() {
    // The first answer (from the network) stamps the page too.
    effect(() => {
      const result = this.result();
      if (result?.dataState === 'complete' && !result.loading) untracked(() => this.live.markUpdated());
    });
  }

  protected value(text: string): string {
    return formatDecimal(text, this.i18n.language());
  }

  protected retry(): void {
    this.queryRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the focus items again', error));
  }
}
