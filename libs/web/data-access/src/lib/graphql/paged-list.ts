import { computed, inject, linkedSignal, type Signal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery, OperationVariables } from '@apollo/client';
import type { QueryRef } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';

import { I18nService } from '../i18n/i18n.service';
import { queryErrorText } from './mutation';

/**
 * A query watched while the caller's variables (a route parameter, filters) say which: the latest complete value is
 * kept while the query is fetched again or for other variables, with whether it is loading and why it failed. Create
 * it with `watchQuery` in a field initializer.
 */
export class WatchedQuery<TData, TVariables extends OperationVariables, TValue> {
  /** The query's latest result, as Apollo reports it. */
  readonly result: Signal<ObservableQuery.Result<TData> | undefined>;
  /** The latest complete value (kept while it is fetched again). */
  readonly value: Signal<TValue | undefined>;
  /** Fetching (the first time, for other variables, again). */
  readonly loading: Signal<boolean>;
  /** Why the query failed, as a sentence (once it has stopped loading). */
  readonly error: Signal<string | undefined>;

  constructor(
    protected readonly queryRef: Signal<QueryRef<TData, TVariables> | undefined>,
    protected readonly select: (data: TData) => TValue,
  ) {
    const i18n = inject(I18nService);
    this.result = toSignal(toObservable(queryRef).pipe(switchMap((ref) => (ref ? ref.valueChanges : EMPTY))));
    this.value = linkedSignal({
      source: this.result,
      computation: (result, previous: { value: TValue | undefined } | undefined) =>
        result?.dataState === 'complete' ? this.select(result.data) : previous?.value,
    });
    this.loading = computed(() => {
      const result = this.result();
      return !result || result.loading;
    });
    this.error = computed(() => {
      const result = this.result();
      return result?.error && !this.loading() ? queryErrorText(result.error, i18n) : undefined;
    });
  }

  /** Fetches the value again (after a change, whose sums and statuses are the server's). */
  async refetch(): Promise<void> {
    await this.queryRef()?.refetch();
  }

  /** Asks again after the query failed; a failure shows in `error`. */
  retry(): void {
    this.refetch().catch((error: unknown) => console.error('Could not fetch again', error));
  }
}

/** A page of a list (`first`/`after`) as the API returns it. */
export interface ListPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/**
 * A list the API gives a page at a time, watched as `WatchedQuery` watches a query. "Vis flere" fetches the next
 * page, which the cache appends (`connectionPolicy`). Create it with `watchPagedList` in a field initializer.
 */
export class PagedList<
  TData,
  TVariables extends OperationVariables,
  TList extends ListPage,
> extends WatchedQuery<TData, TVariables, TList> {
  readonly loadingMore = signal(false);

  /** Fetches the next page and gives it; undefined when there is none, or one is being fetched already. */
  async loadMore(): Promise<TList | undefined> {
    const ref = this.queryRef();
    const list = this.value();
    if (!ref || !list?.pageInfo.hasNextPage || this.loadingMore()) return undefined;
    this.loadingMore.set(true);
    try {
      const fetched = await ref.fetchMore<TData, { after?: string | null }>({
        variables: { after: list.pageInfo.endCursor },
      });
      return fetched.data ? this.select(fetched.data) : undefined;
    } finally {
      this.loadingMore.set(false);
    }
  }
}

/** Watches what `select` picks from the query `queryRef` gives (nothing while it gives none). */
export function watchQuery<TData, TVariables extends OperationVariables, TValue>(
  queryRef: Signal<QueryRef<TData, TVariables> | undefined>,
  select: (data: TData) => TValue,
): WatchedQuery<TData, TVariables, TValue> {
  return new WatchedQuery(queryRef, select);
}

/** Watches the paged list `select` picks from the query `queryRef` gives. */
export function watchPagedList<TData, TVariables extends OperationVariables, TList extends ListPage>(
  queryRef: Signal<QueryRef<TData, TVariables> | undefined>,
  select: (data: TData) => TList,
): PagedList<TData, TVariables, TList> {
  return new PagedList(queryRef, select);
}
