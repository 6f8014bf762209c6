import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import {
  apiErrorMessage,
  AuthService,
  DEFAULT_REGION_SLUG,
  formatNumber,
  I18nService,
  toApiError,
} from '@samarbeid/web/data-access';
import { RegionMunicipalitiesGQL, type RegionMunicipalitiesQuery } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type DataTableSort,
  ListPageComponent,
  sortRows,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { RegionMembershipsComponent } from './region-memberships/region-memberships.component';
import { SsbImportComponent } from './ssb-import.component';

export { DEFAULT_REGION_SLUG };

export interface MunicipalityRow {
  readonly number: string;
  readonly name: string;
  /** Formatted in Norwegian (27 812), or undefined when the API has no figure. */
  readonly population: string | undefined;
  /** The figure itself, for sorting. */
  readonly populationCount: number | undefined;
}

export interface RegionView {
  readonly name: string;
  readonly rows: readonly MunicipalityRow[];
  readonly totalCount: number;
  /** The year of the population figures (1 January), when all rows share one. */
  readonly populationYear: number | undefined;
}

export type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly region: RegionView };

function toRegionView(region: RegionMunicipalitiesQuery['region']): RegionView {
  const nodes = region.municipalities.nodes;
  const years = new Set(nodes.flatMap((m) => (m.population ? [m.population.year] : [])));
  return {
    name: region.name,
    rows: nodes.map((m) => ({
      number: m.number,
      name: m.name,
      population: m.population ? formatNumber(m.population.count) : undefined,
      populationCount: m.population?.count,
    })),
    totalCount: region.municipalities.totalCount,
    populationYear: years.size === 1 ? [...years][0] : undefined,
  };
}

/**
 * `/kommuner`: a region's municipalities with their population; each name links to the municipality's economics
 * (`/okonomi/kommuner/<number>`). The secretariat can fetch names and population from SSB here, after which the
 * table is fetched again (the header's year follows the figures).
 */
@Component({
  selector: 'sb-municipalities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    SsbImportComponent,
    RegionMembershipsComponent,
    DataTableComponent,
    ListPageComponent,
  ],
  templateUrl: './municipalities-page.component.html',
  styleUrl: './municipalities-page.component.css',
})
export class MunicipalitiesPageComponent {
  /** Region slug from a route parameter (component input binding); Kongsbergregionen by default. */
  readonly region = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly query = inject(RegionMunicipalitiesGQL);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly slug = computed(() => this.region() || DEFAULT_REGION_SLUG);
  private readonly user = inject(AuthService).user;
  /** Importing from SSB is the secretariat's. */
  protected readonly canImport = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);

  private readonly queryRef = computed(() => this.query.watch({ variables: { slug: this.slug() } }));
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed<PageState>(() => {
    const result = this.result();
    if (result?.dataState === 'complete') return { kind: 'ready', region: toRegionView(result.data.region) };
    if (result?.error) {
      const error = toApiError(result.error);
      const message =
        apiErrorMessage(error, this.i18n.language()) ??
        this.t(error.network ? 'error.network' : 'error.unknown');
      return { kind: 'error', message };
    }
    return { kind: 'loading' };
  });

  /** The order the user chose (the API's order, by number, until then). */
  protected readonly sort = signal<DataTableSort | null>(null);
  protected readonly columns = computed<readonly DataTableColumn[]>(() => {
    const state = this.state();
    const year = state.kind === 'ready' ? state.region.populationYear : undefined;
    return [
      { key: 'number', label: this.t('municipalities.col.number'), sortable: true, align: 'end' },
      { key: 'name', label: this.t('municipalities.col.name'), sortable: true },
      {
        key: 'population',
        label: year
          ? this.t('municipalities.col.populationYear', { year: year.toString() })
          : this.t('municipalities.col.population'),
        sortable: true,
        align: 'end',
      },
    ];
  });
  protected readonly rows = computed(() => {
    const state = this.state();
    return state.kind === 'ready'
      ? sortRows(state.region.rows, this.sort(), {
          number: (row) => row.number,
          name: (row) => row.name,
          population: (row) => row.populationCount,
        })
      : [];
  });

  /** After an import (or after an error, on request): the municipalities and their population from the server. */
  protected refetch(): void {
    this.queryRef()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the municipalities again', error));
  }
}
