import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import { AuthService, DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { type NetworkKind, RegionNetworksGQL } from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  type DataTableColumn,
  DataTableComponent,
  type DataTableSort,
  injectFocusAfterRender,
  ListPageComponent,
  sortRows,
} from '@samarbeid/web/ui';

import { NetworkFormComponent } from '../network-admin/network-form.component';
import { networkKindLabel, serviceAreaLabel } from '../shared/labels';

/**
 * `/nettverk`: the region's networks with their kind, service area and parent network. The secretariat creates a
 * network or a working group here ("Nytt nettverk", "Ny arbeidsgruppe"), which then opens.
 */
@Component({
  selector: 'sb-networks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ButtonDirective, DataTableComponent, ListPageComponent, NetworkFormComponent],
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
      @if (page.kind === 'ready' && isSecretariat()) {
        @if (creating(); as kind) {
          <sb-network-form
            [kind]="kind === 'NETWORK' ? '' : kind"
            [parents]="page.openNetworks"
            (saved)="open($event)"
            (cancelled)="stopCreating()"
          />
        } @else {
          <p class="sb-actions">
            <button sbButton id="new-network" (click)="creating.set('NETWORK')">
              {{ t('networkAdmin.newNetwork') }}
            </button>
            <button sbButton="secondary" id="new-working-group" (click)="creating.set('WORKING_GROUP')">
              {{ t('networkAdmin.newWorkingGroup') }}
            </button>
          </p>
        }
      }
      @if (page.kind === 'ready') {
        <sb-data-table [caption]="t('networks.caption')" [columns]="columns()" [(sort)]="sort">
          <tbody>
            @for (row of page.rows; track row.id) {
              <tr>
                <th scope="row">
                  <a class="ds-link" [routerLink]="['/nettverk', row.id]">{{ row.name }}</a>
                  @if (row.closedOn) {
                    <span class="sb-muted"> {{ t('networkAdmin.closedSuffix') }}</span>
                  }
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

  private readonly router = inject(Router);
  private readonly focus = injectFocusAfterRender();
  private readonly user = inject(AuthService).user;
  protected readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  /** The secretariat's form for a new network ('NETWORK': any kind) or working group, while open. */
  protected readonly creating = signal<NetworkKind | 'NETWORK' | null>(null);

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
        closedOn: network.closedOn,
      }));
      return {
        kind: 'ready' as const,
        openNetworks: result.data.networks.nodes.filter((network) => !network.closedOn),
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

  protected stopCreating(): void {
    const from = this.creating() === 'WORKING_GROUP' ? '#new-working-group' : '#new-network';
    this.creating.set(null);
    this.focus(from);
  }

  /** A network was created: it opens. */
  protected open(id: string): void {
    this.router
      .navigate(['/nettverk', id])
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected retry(): void {
    this.queryRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the networks again', error));
  }
}
