import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  type TranslationKey,
  watchPagedList,
} from '@samarbeid/web/data-access';
import { AuditEventsGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type FieldChange,
  fieldOptions,
  fieldRows,
  FORM_KIT,
  ListPageComponent,
} from '@samarbeid/web/ui';
import { map } from 'rxjs';

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

  /** The change log the filters find, a page at a time. */
  protected readonly log = watchPagedList(
    computed(() =>
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
    ),
    (data) => data.auditEvents,
  );

  protected readonly view = computed(() => {
    const events = this.log.value();
    const loading = this.log.loading();
    const error = this.log.error();
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
  /** The filters after the search box: the kind of thing changed and the dates it changed between. */
  protected readonly filterRows = computed(() =>
    fieldRows<'entityType' | 'from' | 'to'>('history-', (field) => this.t(`history.${field}`), [
      {
        key: 'entityType',
        id: 'history-type',
        kind: 'select',
        placeholder: this.t('measures.all'),
        options: fieldOptions(ENTITY_TYPES, (type) => this.entityTypeLabel(type)),
      },
      { key: 'from', kind: 'date' },
      { key: 'to', kind: 'date', announceError: true },
    ]),
  );
  protected readonly filterErrors = computed(() => ({
    to: this.dateError() ? this.t('history.error.toBeforeFrom') : undefined,
  }));
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
    this.set(key, (event.target as HTMLInputElement).value);
  }

  protected onFilter(change: FieldChange): void {
    this.set(change.key as keyof HistoryFilters, change.value);
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
    await this.log.loadMore();
  }

  private set(key: keyof HistoryFilters, value: string): void {
    this.draft.update((draft) => ({ ...draft, [key]: value || undefined }));
    if (key === 'from' || key === 'to') this.dateError.set(false);
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
