import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { RegionNetworksGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type DataTableSort,
  ListPageComponent,
  sortRows,
} from '@samarbeid/web/ui';

import { networkKindLabel, serviceAreaLabel } from '../shared/labels';

/** `/nettverk`: the region's networks with their kind, service area and parent network. */
@Component({
  selector: 'sb-networks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent],
  template: `
    @let page = state();
    <sb-list-page
      [heading]="t('networks.title')"
      [loading]="page.kind === 'loading'"
      [loadingText]="t('networks.loading')"
      [count]="page.kind === 'ready' ? plural('networks.count', page.rows.length) : null"
      [error]="page.kind === 'error' ? page.message : null"
      [errorHeading]="t('networks.errorHeading')"
      (retry)="retry()"
    >
      <p sbListIntro class="ds-paragraph">{{ t('networks.intro') }}</p>
      @if (page.kind === 'ready') {
        <sb-data-table [caption]="t('networks.caption')" [columns]="columns()" [(sort)]="sort">
          <tbody>
            @for (row of page.rows; track row.id) {
              <tr>
                <th scope="row">
                  <a class="ds-link" [routerLink]="['/nettverk', row.id]">{{ row.name }}</a>
                </th>
                <td>{{ row.kind }}</td>
                <td>{{ row.serviceArea }}</td>
                <td>
                  @if (row.parent; as parent) {
                    <a class="ds-link" [routerLink]="['/nettverk', parent.id]">{{ parent.name }}</a>
                  } @else {
                    <span class="sb-muted">{{ t('networks.noParent') }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </sb-data-table>
      }
    </sb-list-page>
  `,
  styles: `
    :host {
      display: block;
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-regular);
    }
  `,
})
export class NetworksPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  private readonly queryRef = inject(RegionNetworksGQL).watch({
    variables: { regionSlug: DEFAULT_REGION_SLUG },
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);
  /** The order the user chose (the API's order until then). */
  protected readonly sort = signal<DataTableSort | null>(null);
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('networks.col.name'), sortable: true },
    { key: 'kind', label: this.t('networks.col.kind'), sortable: true },
    { key: 'serviceArea', label: this.t('networks.col.serviceArea'), sortable: true },
    { key: 'parent', label: this.t('networks.col.parent'), sortable: true },
  ]);

  protected readonly state = computed(() => {
    const result = this.result();
    const language = this.i18n.language();
    if (result?.dataState === 'complete') {
      const rows = result.data.networks.nodes.map((network) => ({
        id: network.id,
        name: network.name,
        kind: networkKindLabel(network.kind, language),
        serviceArea: serviceAreaLabel(network.serviceArea, language),
        parent: network.parent,
      }));
      return {
        kind: 'ready' as const,
        rows: sortRows(rows, this.sort(), {
          name: (row) => row.name,
          kind: (row) => row.kind,
          serviceArea: (row) => row.serviceArea,
          parent: (row) => row.parent?.name,
        }),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected retry(): void {
    this.queryRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the networks again', error));
  }
}
