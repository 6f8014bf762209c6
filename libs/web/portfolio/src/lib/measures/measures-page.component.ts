import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  COLLABORATION_TIERS,
  DEFAULT_STUCK_MONTHS,
  MEASURE_STATUSES,
  MOBILISATION_RATINGS,
  type MobilisationRating,
  SERVICE_AREAS,
} from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  refetchOnRegionChange,
  watchPagedList,
} from '@samarbeid/web/data-access';
import {
  PortfolioMeasuresGQL,
  type PortfolioMeasuresQuery,
  type PortfolioMeasuresQueryVariables,
  PortfolioMunicipalitiesGQL,
  PortfolioNetworksGQL,
} from '@samarbeid/web/graphql';
import {
  ButtonDirective,
  type DataTableColumn,
  DataTableComponent,
  type FieldChange,
  type FieldOption,
  FORM_KIT,
  ListPageComponent,
  UpdatedStampComponent,
} from '@samarbeid/web/ui';
import { debounceTime, map, Subject } from 'rxjs';

import { mobilisationShortLabel, serviceAreaLabel, statusLabel, tierLabel } from '../shared/labels';
import { MobilisationTagComponent } from '../shared/mobilisation-tag.component';
import { PortfolioPermissions } from '../shared/portfolio-permissions';
import { NewMeasureFormComponent } from './new-measure/new-measure-form.component';
import {
  ATTENTION_KINDS,
  filtersFromParams,
  filtersToParams,
  filtersToVariables,
  hasActiveFilters,
  type MeasureFilterKey,
  type MeasureFilters,
  NO_MEASURE_FILTERS,
  SEARCH_MAX_LENGTH,
} from './measure-filters';

/** Measures per page ("Vis flere" fetches the next). */
export const MEASURES_PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 400;

export interface MeasureRow {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly network: string;
  readonly serviceArea: string;
  readonly tier: string;
  readonly status: string;
  readonly mobilisation: MobilisationRating | null;
  readonly participating: number;
  readonly municipalities: number;
}

interface ListView {
  readonly rows: readonly MeasureRow[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

type Measures = PortfolioMeasuresQuery['measures'];

/** `/tiltak`: the region's measures, filtered by what the query string says, a page at a time. */
@Component({
  selector: 'sb-measures-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    RouterLink,
    MobilisationTagComponent,
    NewMeasureFormComponent,
    DataTableComponent,
    ListPageComponent,
    UpdatedStampComponent,
    FORM_KIT,
  ],
  templateUrl: './measures-page.component.html',
  styleUrl: './measures-page.component.css',
})
export class MeasuresPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly measuresQuery = inject(PortfolioMeasuresGQL);
  private readonly injector = inject(Injector);
  protected readonly permissions = inject(PortfolioPermissions);

  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(filtersFromParams)), {
    initialValue: NO_MEASURE_FILTERS,
  });
  protected readonly filtered = computed(() => hasActiveFilters(this.filters()));
  /** What the search box shows: the URL's search until the user types. */
  protected readonly searchText = linkedSignal(() => this.filters().search ?? '');
  private readonly searchInput = new Subject<string>();

  readonly variables = computed<PortfolioMeasuresQueryVariables>(() => ({
    regionSlug: DEFAULT_REGION_SLUG,
    filter: filtersToVariables(this.filters()),
    first: MEASURES_PAGE_SIZE,
  }));

  /** The measures the filters find, a page at a time; the latest complete list is kept while the next loads. */
  protected readonly measures = watchPagedList(
    computed(() =>
      this.measuresQuery.watch({
        variables: this.variables(),
        fetchPolicy: 'cache-and-network',
        notifyOnNetworkStatusChange: true,
      }),
    ),
    (data) => data.measures,
  );
  /** Live (decisions/0013): any change in the region refetches the list; the stamp says when it was fetched. */
  protected readonly live = refetchOnRegionChange(DEFAULT_REGION_SLUG, () => this.measures.refetch());
  /** "Nytt tiltak" is open. */
  protected readonly newMeasureOpen = signal(false);
  /** After "Vis flere": the row to focus once it is shown (keyboard users continue where the list grew). */
  private pendingFocusRow: number | undefined;

  private readonly list = computed(() => {
    const measures = this.measures.value();
    return measures ? this.toListView(measures) : undefined;
  });

  protected readonly view = computed(() => ({
    list: this.list(),
    loading: this.measures.loading(),
    error: this.measures.error(),
  }));

  /** The sentence in the live region once the list is here: how many measures match. */
  protected readonly countText = computed(() => {
    const { list } = this.view();
    if (!list) return '';
    if (list.totalCount === 0) return this.t(this.filtered() ? 'measures.noneMatching' : 'measures.none');
    return this.plural('measures.count', list.totalCount);
  });
  /** Under the table: how many are shown, and whether there are more to fetch. */
  protected readonly pager = computed(() => {
    const list = this.view().list;
    if (!list || list.rows.length === 0) return { shown: null, hasMore: false };
    return {
      shown: this.t('measures.shown', { shown: list.rows.length, total: list.totalCount }),
      hasMore: list.hasNextPage,
    };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'code', label: this.t('measures.col.code') },
    { key: 'title', label: this.t('measures.col.title') },
    { key: 'network', label: this.t('measures.col.network') },
    { key: 'serviceArea', label: this.t('measures.col.serviceArea') },
    { key: 'tier', label: this.t('measures.col.tier') },
    { key: 'status', label: this.t('measures.col.status') },
    { key: 'mobilisation', label: this.t('measures.col.mobilisation') },
    { key: 'participants', label: this.t('measures.col.participants'), align: 'end' },
  ]);

  private readonly networksResult = toSignal(
    inject(PortfolioNetworksGQL).watch({ variables: { regionSlug: DEFAULT_REGION_SLUG } }).valueChanges,
  );
  private readonly municipalitiesResult = toSignal(
    inject(PortfolioMunicipalitiesGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );

  protected readonly options = computed(() => {
    const language = this.i18n.language();
    const networks = this.networksResult();
    const municipalities = this.municipalitiesResult();
    return {
      serviceArea: SERVICE_AREAS.map((value) => ({ value, label: serviceAreaLabel(value, language) })),
      tier: COLLABORATION_TIERS.map((value) => ({ value, label: tierLabel(value, language) })),
      status: MEASURE_STATUSES.map((value) => ({ value, label: statusLabel(value, language) })),
      mobilisation: MOBILISATION_RATINGS.map((value) => ({
        value,
        label: mobilisationShortLabel(value, language),
      })),
      attention: ATTENTION_KINDS.map((value) => ({
        value,
        label: this.t(value === 'STUCK' ? 'measures.attention.stuck' : 'measures.attention.blocked', {
          months: DEFAULT_STUCK_MONTHS,
        }),
      })),
      networkId:
        networks?.dataState === 'complete'
          ? networks.data.networks.nodes.map((n) => ({ value: n.id, label: n.name }))
          : [],
      municipality:
        municipalities?.dataState === 'complete'
          ? [...municipalities.data.region.municipalities.nodes]
              .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
              .map((m) => ({ value: m.number, label: m.name }))
          : [],
    };
  });

  /** The filters' selects, in the order they are shown (the search box comes first). */
  protected readonly filterFields = computed(() => {
    const choices = this.options();
    const all = this.t('measures.all');
    const field = (key: Exclude<MeasureFilterKey, 'search'>, id: string, label: string, allLabel = all) => ({
      key,
      id,
      label,
      kind: 'select' as const,
      placeholder: allLabel,
      options: choices[key] as readonly FieldOption[],
    });
    return [
      field('serviceArea', 'filter-service-area', this.t('measures.col.serviceArea')),
      field('tier', 'filter-tier', this.t('measures.col.tier')),
      field('status', 'filter-status', this.t('measures.col.status')),
      field('networkId', 'filter-network', this.t('measures.col.network')),
      field(
        'municipality',
        'filter-municipality',
        this.t('measures.filter.municipality'),
        this.t('measures.allMunicipalities'),
      ),
      field('mobilisation', 'filter-mobilisation', this.t('measures.col.mobilisation')),
      field('attention', 'filter-attention', this.t('measures.filter.attention')),
    ];
  });

  constructor() {
    effect(() => {
      const { loading, error, list } = this.view();
      if (!loading && !error && list) untracked(() => this.live.markUpdated());
    });
    afterRenderEffect(() => {
      const shown = this.list()?.rows.length ?? 0;
      const row = this.pendingFocusRow;
      if (row === undefined || shown <= row) return;
      this.pendingFocusRow = undefined;
      this.host.nativeElement.querySelector<HTMLElement>(`[data-row="${row}"] a`)?.focus();
    });
    this.searchInput
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((text) => this.setFilter('search', text));
  }

  protected openNewMeasure(): void {
    this.newMeasureOpen.set(true);
  }

  protected closeNewMeasure(): void {
    this.newMeasureOpen.set(false);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#measure-new-open')?.focus(), {
      injector: this.injector,
    });
  }

  /** The new measure is saved: open its page. */
  protected onCreated(measure: { readonly code: string }): void {
    this.router
      .navigate(['/tiltak', measure.code])
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected onFilterChange(change: FieldChange): void {
    this.setFilter(change.key as MeasureFilterKey, change.value);
  }

  protected onSearchInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.searchText.set(text);
    this.searchInput.next(text);
  }

  protected onSubmit(): void {
    this.setFilter('search', this.searchText());
  }

  protected clearFilters(): void {
    this.searchText.set('');
    this.navigate({});
  }

  protected async loadMore(): Promise<void> {
    const list = this.list();
    if (!list?.hasNextPage || this.measures.loadingMore()) return;
    this.pendingFocusRow = list.rows.length;
    try {
      await this.measures.loadMore();
    } catch (error: unknown) {
      this.pendingFocusRow = undefined;
      console.error('Could not fetch more measures', error);
    }
  }

  private setFilter(key: MeasureFilterKey, value: string): void {
    const current = this.filters();
    if ((current[key] ?? '') === value.trim()) return;
    this.navigate({ ...current, [key]: value.trim() || undefined });
  }

  private navigate(filters: MeasureFilters): void {
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: filtersToParams(filters),
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  private toListView(measures: Measures): ListView {
    const language = this.i18n.language();
    return {
      totalCount: measures.totalCount,
      hasNextPage: measures.pageInfo.hasNextPage,
      endCursor: measures.pageInfo.endCursor,
      rows: measures.nodes.map((measure) => ({
        id: measure.id,
        code: measure.code,
        title: measure.title,
        network: measure.network.name,
        serviceArea: serviceAreaLabel(measure.serviceArea, language),
        tier: tierLabel(measure.tier, language),
        status: statusLabel(measure.status, language),
        mobilisation: measure.mobilisation,
        participating: measure.participation.filter((p) => p.state === 'PARTICIPATING').length,
        municipalities: measure.participation.length,
      })),
    };
  }
}
