import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, type Params, Router, RouterLink } from '@angular/router';
import { COLLABORATION_TIERS, MEASURE_STATUSES, type ParticipationState } from '@samarbeid/shared/domain';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  ParticipationMatrixGQL,
  PortfolioMunicipalitiesGQL,
  PortfolioNetworksGQL,
} from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldChange,
  FORM_KIT,
  ListPageComponent,
} from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

import { filtersFromParams, filtersToVariables, type MeasureFilters } from '../measures/measure-filters';
import { participationLabel, statusLabel, tierLabel } from '../shared/labels';

/** The API's largest page: the whole portfolio of a region in one request. */
export const MATRIX_PAGE_SIZE = 200;

interface MatrixCell {
  readonly number: string;
  readonly state: ParticipationState;
  readonly label: string;
  readonly reason: string | null;
}

/** The matrix's filters, as the URL keeps them (network, tier and status as on `/tiltak`; "uavklart=ja"). */
export interface MatrixFilters extends Pick<MeasureFilters, 'networkId' | 'tier' | 'status'> {
  /** Only measures where at least one municipality has not decided. */
  readonly undecided?: true;
}

type MatrixFilterKey = keyof MatrixFilters;

const NO_MATRIX_FILTERS: MatrixFilters = {};

const UNDECIDED_PARAM = 'uavklart';
const UNDECIDED_VALUE = 'ja';

export function matrixFiltersFromParams(params: ParamMap): MatrixFilters {
  const { networkId, tier, status } = filtersFromParams(params);
  return {
    ...(networkId ? { networkId } : {}),
    ...(tier ? { tier } : {}),
    ...(status ? { status } : {}),
    ...(params.get(UNDECIDED_PARAM) === UNDECIDED_VALUE ? { undecided: true as const } : {}),
  };
}

function matrixFiltersToParams(filters: MatrixFilters): Params {
  return {
    nettverk: filters.networkId ?? null,
    form: filters.tier ?? null,
    status: filters.status ?? null,
    [UNDECIDED_PARAM]: filters.undecided ? UNDECIDED_VALUE : null,
  };
}

/**
 * `/deltakelse`: measures × municipalities, each cell the participation in words, with the reason for an
 * opt-out behind a disclosure. Filters (network, tier, status, only measures someone has not decided on) live in
 * the URL; the first three are asked of the API, the last is applied to the rows. The header row and the measures'
 * column stay in view while the matrix scrolls in its frame. Reads the measures from the shared cache, so a change
 * made elsewhere in the app shows at once; it is fetched again from the server each time the page opens.
 */
@Component({
  selector: 'sb-participation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent, FORM_KIT],
  templateUrl: './participation-page.component.html',
  styleUrl: './participation-page.component.css',
})
export class ParticipationPageComponent {
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly matrixQuery = inject(ParticipationMatrixGQL);

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(matrixFiltersFromParams)), {
    initialValue: NO_MATRIX_FILTERS,
  });
  protected readonly filtered = computed(() => Object.keys(this.filters()).length > 0);
  /** The API's filter: network, tier and status (only set ones, so the unfiltered matrix asks for none). */
  private readonly apiFilter = computed(() => {
    const { networkId, tier, status } = this.filters();
    const filter = filtersToVariables({ networkId, tier, status });
    return Object.keys(filter).length ? filter : undefined;
  });
  private readonly matrixRef = computed(() =>
    this.matrixQuery.watch({
      variables: {
        regionSlug: DEFAULT_REGION_SLUG,
        first: MATRIX_PAGE_SIZE,
        ...(this.apiFilter() ? { filter: this.apiFilter() } : {}),
      },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly municipalitiesRef = inject(PortfolioMunicipalitiesGQL).watch({
    variables: { slug: DEFAULT_REGION_SLUG },
  });
  private readonly matrix = toSignal(toObservable(this.matrixRef).pipe(switchMap((ref) => ref.valueChanges)));
  private readonly municipalities = toSignal(this.municipalitiesRef.valueChanges);
  private readonly networks = toSignal(
    inject(PortfolioNetworksGQL).watch({ variables: { regionSlug: DEFAULT_REGION_SLUG } }).valueChanges,
  );

  /** The filters' selects (the kit's described fields). */
  protected readonly filterFields = computed(() => {
    const language = this.i18n.language();
    const networks = this.networks();
    const all = this.t('participation.filter.all');
    const select = (
      key: MatrixFilterKey,
      label: string,
      options: readonly { value: string; label: string }[],
    ) => ({
      key,
      id: `matrix-filter-${key}`,
      label,
      kind: 'select' as const,
      placeholder: all,
      options,
    });
    return [
      select(
        'networkId',
        this.t('participation.filter.network'),
        networks?.dataState === 'complete'
          ? networks.data.networks.nodes.map((n) => ({ value: n.id, label: n.name }))
          : [],
      ),
      select(
        'tier',
        this.t('participation.filter.tier'),
        COLLABORATION_TIERS.map((value) => ({ value, label: tierLabel(value, language) })),
      ),
      select(
        'status',
        this.t('participation.filter.status'),
        MEASURE_STATUSES.map((value) => ({ value, label: statusLabel(value, language) })),
      ),
      select('undecided', this.t('participation.filter.answers'), [
        { value: UNDECIDED_VALUE, label: this.t('participation.filter.undecided') },
      ]),
    ];
  });

  /** The filters as the selects show them. */
  protected readonly filterValues = computed(() => {
    const filters = this.filters();
    return {
      networkId: filters.networkId ?? '',
      tier: filters.tier ?? '',
      status: filters.status ?? '',
      undecided: filters.undecided ? UNDECIDED_VALUE : '',
    };
  });

  protected readonly state = computed(() => {
    const matrix = this.matrix();
    const municipalities = this.municipalities();
    const error = matrix?.error ?? municipalities?.error;
    if (matrix?.dataState === 'complete' && municipalities?.dataState === 'complete') {
      const language = this.i18n.language();
      const columns = [...municipalities.data.region.municipalities.nodes].sort((a, b) =>
        a.name.localeCompare(b.name, 'nb'),
      );
      const all = matrix.data.measures.nodes.map((measure) => {
        const byNumber = new Map(measure.participation.map((p) => [p.municipalityNumber, p]));
        return {
          id: measure.id,
          code: measure.code,
          title: measure.title,
          cells: columns.map<MatrixCell>((column) => {
            const entry = byNumber.get(column.number);
            const state = entry?.state ?? 'UNDECIDED';
            return {
              number: column.number,
              state,
              label: participationLabel(state, language),
              reason: entry?.reason ?? null,
            };
          }),
        };
      });
      const rows = this.filters().undecided
        ? all.filter((row) => row.cells.some((cell) => cell.state === 'UNDECIDED'))
        : all;
      const count =
        rows.length === 0
          ? this.t('participation.noneMatching')
          : this.i18n.plural('participation.count', rows.length);
      const tableColumns: DataTableColumn[] = [
        { key: 'measure', label: this.t('participation.col.measure') },
        ...columns.map((column) => ({ key: column.number, label: column.name })),
      ];
      return {
        kind: 'ready' as const,
        tableColumns,
        rows,
        count,
        region: municipalities.data.region.name,
      };
    }
    if (error && !matrix?.loading)
      return { kind: 'error' as const, message: queryErrorText(error, this.i18n) };
    return { kind: 'loading' as const };
  });

  /** A select changed: the URL takes the new filters (and is read back, checked, as on a reload). */
  protected onFilterChange(change: FieldChange): void {
    const value = change.value.trim() || undefined;
    const next = {
      ...this.filters(),
      [change.key]: change.key === 'undecided' ? (value === UNDECIDED_VALUE ? true : undefined) : value,
    };
    this.navigate(next);
  }

  protected clearFilters(): void {
    this.navigate({});
  }

  private navigate(filters: MatrixFilters): void {
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: matrixFiltersToParams(filters),
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected retry(): void {
    for (const ref of [this.matrixRef(), this.municipalitiesRef]) {
      ref
        .refetch()
        .catch((error: unknown) => console.error('Could not fetch the participation again', error));
    }
  }
}
