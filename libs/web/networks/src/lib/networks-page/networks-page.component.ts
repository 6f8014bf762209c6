import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { RegionNetworksGQL } from '@samarbeid/web/graphql';

import { networkKindLabel, serviceAreaLabel } from '../shared/labels';

/** `/nettverk`: the region's networks with their kind, service area and parent network. */
@Component({
  selector: 'sb-networks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @let page = state();
    <div class="sb-stack" [attr.aria-busy]="page.kind === 'loading'">
      <h1 class="ds-heading" data-size="lg">{{ t('networks.title') }}</h1>
      <p class="ds-paragraph">{{ t('networks.intro') }}</p>
      @switch (page.kind) {
        @case ('loading') {
          <p class="ds-paragraph" role="status">{{ t('networks.loading') }}</p>
        }
        @case ('error') {
          <div class="ds-alert" data-color="danger" role="alert">
            <h2 class="ds-heading" data-size="2xs">{{ t('networks.errorHeading') }}</h2>
            <p class="ds-paragraph">{{ page.message }}</p>
          </div>
        }
        @case ('ready') {
          <p class="ds-paragraph">{{ plural('networks.count', page.rows.length) }}</p>
          <div class="sb-table-scroll" tabindex="0" role="region" [attr.aria-label]="t('networks.caption')">
            <table class="ds-table" data-border data-zebra data-size="sm">
              <caption class="ds-sr-only">
                {{
                  t('networks.caption')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('networks.col.name') }}</th>
                  <th scope="col">{{ t('networks.col.kind') }}</th>
                  <th scope="col">{{ t('networks.col.serviceArea') }}</th>
                  <th scope="col">{{ t('networks.col.parent') }}</th>
                </tr>
              </thead>
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
            </table>
          </div>
        }
      }
    </div>
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

  private readonly result = toSignal(
    inject(RegionNetworksGQL).watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG },
      fetchPolicy: 'cache-and-network',
    }).valueChanges,
  );

  protected readonly state = computed(() => {
    const result = this.result();
    const language = this.i18n.language();
    if (result?.dataState === 'complete') {
      return {
        kind: 'ready' as const,
        rows: result.data.networks.nodes.map((network) => ({
          id: network.id,
          name: network.name,
          kind: networkKindLabel(network.kind, language),
          serviceArea: serviceAreaLabel(network.serviceArea, language),
          parent: network.parent,
        })),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });
}
