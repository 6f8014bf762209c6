import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import { AuthService, DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { IndicatorStrategiesGQL } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, ListPageComponent } from '@samarbeid/web/ui';

import { KpiSetsComponent } from '../kpi-sets/kpi-sets.component';
import { KostraImportComponent } from './kostra-import.component';

/**
 * `/indikatorer`: the region's strategies with indicators (each links to its KPI table, each network to the network's),
 * the way to the region's KPI table and the KOSTRA benchmark, the KPI sets, and, for the secretariat, the KOSTRA
 * import from SSB.
 */
@Component({
  selector: 'sb-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent, KostraImportComponent, KpiSetsComponent],
  template: `
    @let page = state();
    <sb-list-page
      [heading]="t('indicators.title')"
      [loading]="page.kind === 'loading'"
      [loadingText]="t('indicators.loading')"
      [count]="page.kind === 'ready' ? plural('indicators.count', page.rows.length) : null"
      [error]="page.kind === 'error' ? page.message : null"
      [errorHeading]="t('indicators.errorHeading')"
      (retry)="retry()"
    >
      <div sbListIntro>
        <p class="ds-paragraph">{{ t('indicators.intro') }}</p>
        <ul class="sb-links">
          <li>
            <a class="ds-link" routerLink="/indikatorer/region">{{ t('indicators.regionLink') }}</a>
          </li>
          <li>
            <a class="ds-link" routerLink="/indikatorer/sammenligning">{{ t('indicators.benchmarkLink') }}</a>
          </li>
        </ul>
      </div>
      @if (page.kind === 'ready') {
        @if (page.rows.length === 0) {
          <p class="ds-paragraph">{{ t('indicators.empty') }}</p>
        } @else {
          <sb-data-table [caption]="t('indicators.caption')" [columns]="columns()">
            <tbody>
              @for (row of page.rows; track row.id) {
                <tr>
                  <th scope="row">
                    <a class="ds-link" [routerLink]="['/indikatorer/strategi', row.id]">{{ row.title }}</a>
                  </th>
                  <td>
                    <a class="ds-link" [routerLink]="['/indikatorer/nettverk', row.networkId]">{{
                      row.networkName
                    }}</a>
                  </td>
                  <td>{{ row.periodFrom }}–{{ row.periodTo }}</td>
                  <td class="sb-end">{{ row.indicatorCount }}</td>
                </tr>
              }
            </tbody>
          </sb-data-table>
        }
      }
    </sb-list-page>
    <sb-kpi-sets />
    @if (isSecretariat()) {
      <sb-kostra-import [regionSlug]="regionSlug" />
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
    }

    .sb-links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
      padding: 0;
      list-style: none;
    }
  `,
})
export class IndicatorsPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly regionSlug = DEFAULT_REGION_SLUG;
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);

  private readonly queryRef = inject(IndicatorStrategiesGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG },
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'title', label: this.t('indicators.col.strategy') },
    { key: 'network', label: this.t('indicators.col.network') },
    { key: 'period', label: this.t('indicators.col.period') },
    { key: 'count', label: this.t('indicators.col.count'), align: 'end' },
  ]);

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      return { kind: 'ready' as const, rows: result.data.indicatorStrategies };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected retry(): void {
    this.queryRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the strategies again', error));
  }
}
