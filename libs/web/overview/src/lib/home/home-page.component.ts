import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  type Signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  DEFAULT_REGION_SLUG,
  I18nService,
  queryErrorText,
  refetchOnRegionChange,
} from '@samarbeid/web/data-access';
import {
  HomeDirectorGQL,
  HomeMunicipalityGQL,
  HomeNetworkLeaderGQL,
  HomeSecretariatGQL,
  type MunicipalityHomeAgreementsFragment,
  type MunicipalityHomeEconomicsFragment,
  type MunicipalityOverviewFieldsFragment,
  type NetworkOverviewFieldsFragment,
  type RegionOverviewFieldsFragment,
} from '@samarbeid/web/graphql';
import { ListPageComponent, UpdatedStampComponent } from '@samarbeid/web/ui';
import { map, Observable } from 'rxjs';

import { MunicipalityOverviewComponent } from '../municipality/municipality-overview.component';
import { NetworkOverviewComponent } from '../network/network-overview.component';
import { RegionOverviewComponent } from '../region/region-overview.component';

/** Which overview the signed-in user gets: the first of their roles that has one. */
export type HomeKind = 'secretariat' | 'director' | 'municipality' | 'network' | 'none';

export function homeKind(roles: readonly Role[], municipality: string | undefined): HomeKind {
  if (roles.includes(Role.Secretariat)) return 'secretariat';
  if (roles.includes(Role.MunicipalDirector) && municipality) return 'director';
  if (roles.includes(Role.Viewer) && municipality) return 'municipality';
  if (roles.includes(Role.NetworkLeader)) return 'network';
  return 'none';
}

interface HomeData {
  readonly region?: RegionOverviewFieldsFragment;
  readonly municipality?: {
    readonly overview: MunicipalityOverviewFieldsFragment;
    readonly economics: MunicipalityHomeEconomicsFragment;
    readonly agreements: MunicipalityHomeAgreementsFragment;
  };
  readonly networks?: readonly NetworkOverviewFieldsFragment[];
}

type HomeState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly data: HomeData };

/** A query's result with its complete data taken as `data` (undefined until then). */
function outcome(
  result: { readonly loading: boolean; readonly error?: unknown; readonly dataState: string },
  data: HomeData | undefined,
): QueryOutcome<HomeData> {
  return { loading: result.loading, error: result.error, dataState: result.dataState, data };
}

interface QueryOutcome<T> {
  readonly data?: T;
  readonly dataState?: string;
  readonly error?: unknown;
  readonly loading: boolean;
}

/**
 * `/`: the home page, showing the overview that fits the signed-in role, in one request: the region at a glance
 * (secretariat; a director also gets it, as a member of the directors' committee, below their municipality), the
 * municipality (its director, its politicians), or the networks the user leads.
 */
@Component({
  selector: 'sb-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ListPageComponent,
    UpdatedStampComponent,
    RegionOverviewComponent,
    MunicipalityOverviewComponent,
    NetworkOverviewComponent,
  ],
  template: `
    @let page = state();
    <sb-list-page
      [heading]="t('overview.title')"
      [loading]="page.kind === 'loading'"
      [loadingText]="t('overview.loading')"
      [error]="page.kind === 'error' ? page.message : null"
      [errorHeading]="t('overview.errorHeading')"
      (retry)="retry()"
    >
      @if (page.kind === 'ready') {
        <div class="sb-home">
          @if (kind !== 'none') {
            <sb-updated-stamp data-testid="overview-updated" [at]="live.updatedAt()" />
          }
          @if (kind === 'none') {
            <p class="ds-paragraph">{{ t('overview.welcome') }}</p>
          }
          @if (page.data.municipality; as municipality) {
            <sb-municipality-overview
              [overview]="municipality.overview"
              [economics]="municipality.economics"
              [agreements]="municipality.agreements"
            />
          }
          @if (page.data.region; as region) {
            <sb-region-overview [overview]="region" />
          }
          @if (page.data.networks; as networks) {
            @for (network of networks; track network.networkId) {
              <sb-network-overview [network]="network" />
            } @empty {
              <p class="ds-paragraph">{{ t('overview.noNetwork') }}</p>
            }
          }
        </div>
      }
    </sb-list-page>
  `,
  styles: `
    .sb-home {
      display: grid;
      gap: var(--ds-size-8);
    }
  `,
})
export class HomePageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  private readonly user = inject(AuthService).user();
  protected readonly kind = homeKind(this.user?.roles ?? [], this.user?.municipality);

  private readonly variables = {
    regionSlug: DEFAULT_REGION_SLUG,
    municipalityNumber: this.user?.municipality ?? '',
  };
  private readonly secretariat = inject(HomeSecretariatGQL);
  private readonly director = inject(HomeDirectorGQL);
  private readonly municipalityQuery = inject(HomeMunicipalityGQL);
  private readonly leader = inject(HomeNetworkLeaderGQL);

  private readonly query = this.open();
  private readonly outcome: Signal<QueryOutcome<HomeData> | undefined> = toSignal(this.query.changes);
  /**
   * Live (decisions/0013): any change in the region (a status, a decision, an approval, a focus value …) fetches
   * the overview again, so an open home page follows the region without a reload; the stamp says when.
   */
  protected readonly live = refetchOnRegionChange(this.variables.regionSlug, () =>
    this.kind === 'none' ? undefined : this.query.refetch(),
  );

  constructor() {
    effect(() => {
      const outcome = this.outcome();
      if (outcome?.dataState === 'complete' && !outcome.loading) untracked(() => this.live.markUpdated());
    });
  }

  protected readonly state = computed<HomeState>(() => {
    if (this.kind === 'none') return { kind: 'ready', data: {} };
    const outcome = this.outcome();
    if (outcome?.dataState === 'complete' && outcome.data) return { kind: 'ready', data: outcome.data };
    if (outcome?.error && !outcome.loading) {
      return { kind: 'error', message: queryErrorText(outcome.error, this.i18n) };
    }
    return { kind: 'loading' };
  });

  protected retry(): void {
    this.query
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the overview again', error));
  }

  /** The one query this user's overview needs, its results as `HomeData`. */
  private open(): { changes: Observable<QueryOutcome<HomeData>>; refetch: () => Promise<unknown> } {
    const options = { fetchPolicy: 'cache-and-network' as const };
    const municipalityOf = (data: {
      municipalityOverview: MunicipalityOverviewFieldsFragment;
      municipalityEconomics: MunicipalityHomeEconomicsFragment;
      municipalityAgreements: MunicipalityHomeAgreementsFragment;
    }) => ({
      overview: data.municipalityOverview,
      economics: data.municipalityEconomics,
      agreements: data.municipalityAgreements,
    });
    switch (this.kind) {
      case 'secretariat': {
        const ref = this.secretariat.watch({
          variables: { regionSlug: this.variables.regionSlug },
          ...options,
        });
        return {
          changes: ref.valueChanges.pipe(
            map((result) =>
              outcome(
                result,
                result.dataState === 'complete' ? { region: result.data.regionOverview } : undefined,
              ),
            ),
          ),
          refetch: () => ref.refetch(),
        };
      }
      case 'director': {
        const ref = this.director.watch({ variables: this.variables, ...options });
        return {
          changes: ref.valueChanges.pipe(
            map((result) =>
              outcome(
                result,
                result.dataState === 'complete'
                  ? { region: result.data.regionOverview, municipality: municipalityOf(result.data) }
                  : undefined,
              ),
            ),
          ),
          refetch: () => ref.refetch(),
        };
      }
      case 'municipality': {
        const ref = this.municipalityQuery.watch({ variables: this.variables, ...options });
        return {
          changes: ref.valueChanges.pipe(
            map((result) =>
              outcome(
                result,
                result.dataState === 'complete' ? { municipality: municipalityOf(result.data) } : undefined,
              ),
            ),
          ),
          refetch: () => ref.refetch(),
        };
      }
      case 'network': {
        const ref = this.leader.watch(options);
        return {
          changes: ref.valueChanges.pipe(
            map((result) =>
              outcome(
                result,
                result.dataState === 'complete' ? { networks: result.data.ledNetworkOverviews } : undefined,
              ),
            ),
          ),
          refetch: () => ref.refetch(),
        };
      }
      case 'none':
        return { changes: new Observable<QueryOutcome<HomeData>>(), refetch: () => Promise.resolve() };
    }
  }
}
