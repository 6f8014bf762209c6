import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  queryErrorText,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { AuditEventsGQL, type AuditEventsQuery } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT, ListPageComponent } from '@samarbeid/web/ui';
import { EMPTY, map, switchMap } from 'rxjs';

import { AuditChangeComponent } from '../shared/audit-change.component';
import { PortfolioPermissions } from '../shared/portfolio-permissions';
import {
  ENTITY_TYPES,
  type EntityType,
  HISTORY_TEXT_MAX_LENGTH,
  type HistoryFilters,
  historyFiltersFromParams,
  historyFiltersToParams,
  historyFiltersToVariables,
  NO_HISTORY_FILTERS,
} from './history-filters';

export const HISTORY_PAGE_SIZE = 25;

type Events = AuditEventsQuery['auditEvents'];

/** `/historikk`: searching the region's whole change log (the secretariat only). */
@Component({
  selector: 'sb-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AuditChangeComponent, DataTableComponent, ListPageComponent, FORM_KIT],
  templateUrl: './history-page.component.html',
  styleUrl: './history-page.component.css',
})
export class HistoryPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly eventsQuery = inject(AuditEventsGQL);
  protected readonly permissions = inject(PortfolioPermissions);

  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly textMaxLength = HISTORY_TEXT_MAX_LENGTH;
  protected readonly entityTypes = ENTITY_TYPES;

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(historyFiltersFromParams)), {
    initialValue: NO_HISTORY_FILTERS,
  });
  /** The form's values until "Søk" applies them. */
  protected readonly draft = linkedSignal<HistoryFilters>(() => this.filters());
  protected readonly dateError = signal(false);
  protected readonly loadingMore = signal(false);

  private readonly queryRef = computed(() =>
    this.permissions.canSearchHistory()
      ? this.eventsQuery.watch({
          variables: {
            regionSlug: DEFAULT_REGION_SLUG,
            filter: historyFiltersToVariables(this.filters()),
            first: HISTORY_PAGE_SIZE,
          },
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        })
      : undefined,
  );
  private readonly result = toSignal(
    toObservable(this.queryRef).pipe(switchMap((ref) => (ref ? ref.valueChanges : EMPTY))),
  );
  private readonly events = linkedSignal<ReturnType<typeof this.result>, Events | undefined>({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data.auditEvents : previous?.value,
  });

  protected readonly view = computed(() => {
    const result = this.result();
    const events = this.events();
    const loading = !result || result.loading;
    const error = result?.error && !loading ? queryErrorText(result.error, this.i18n) : undefined;
    const rows = (events?.nodes ?? []).map((event) => ({
      ...event,
      when: this.i18n.dateTime(event.occurredAt),
      who: event.actorName ?? this.t('history.unknownActor'),
      type: this.entityTypeLabel(event.entityType),
    }));
    return { loading, error, rows, events };
  });
  protected readonly countText = computed(() => {
    const { events } = this.view();
    return events ? this.plural('history.count', events.totalCount) : '';
  });
  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'when', label: this.t('history.col.when') },
    { key: 'who', label: this.t('history.col.who') },
    { key: 'type', label: this.t('history.col.type') },
    { key: 'change', label: this.t('history.col.change') },
  ]);

  protected entityTypeLabel(type: string): string {
    return (ENTITY_TYPES as readonly string[]).includes(type)
      ? this.t(`history.type.${type as EntityType}` as TranslationKey)
      : type;
  }

  protected setDraft(key: keyof HistoryFilters, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.draft.update((draft) => ({ ...draft, [key]: value || undefined }));
    if (key === 'from' || key === 'to') this.dateError.set(false);
  }

  protected search(): void {
    const draft = this.draft();
    if (draft.from && draft.to && draft.to < draft.from) {
      this.dateError.set(true);
      return;
    }
    this.navigate(draft);
  }

  protected clear(): void {
    this.dateError.set(false);
    this.draft.set({});
    this.navigate({});
  }

  protected async loadMore(): Promise<void> {
    const ref = this.queryRef();
    const events = this.events();
    if (!ref || !events?.pageInfo.hasNextPage || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      await ref.fetchMore({ variables: { after: events.pageInfo.endCursor } });
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected retry(): void {
    this.queryRef()
      ?.refetch()
      .catch((error: unknown) => console.error('Could not fetch the history again', error));
  }

  private navigate(filters: HistoryFilters): void {
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: historyFiltersToParams(filters),
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }
}
