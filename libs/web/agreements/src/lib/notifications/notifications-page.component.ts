import {
  afterEveryRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ApiError,
  errorText,
  I18nService,
  queryErrorText,
  runMutation,
  toApiError,
  watchPagedList,
} from '@samarbeid/web/data-access';
import {
  NotificationsListGQL,
  type NotificationsListQuery,
  NotificationsMarkReadGQL,
  NotificationsUnreadIdsGQL,
  type NotificationsUnreadIdsQuery,
} from '@samarbeid/web/graphql';
import {
  injectFocusAfterRender,
  ListPageComponent,
  type SaveFeedback,
  SaveFeedbackComponent,
} from '@samarbeid/web/ui';
import { firstValueFrom } from 'rxjs';

import { NavCountsService } from '../nav-counts/nav-counts';

/** Notifications per page ("Vis flere" fetches the next). */
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** Unread ids fetched per request for "Merk alle som lest" (the API's largest page). */
export const UNREAD_IDS_PAGE_SIZE = 200;
/** The API marks at most this many in one request. */
export const MARK_READ_BATCH = 500;

type NotificationNode = NotificationsListQuery['notifications']['nodes'][number];

export interface NotificationView {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly createdAt: string;
  readonly time: string;
  readonly unread: boolean;
}

export type NotificationsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly totalCount: number;
      readonly unreadCount: number;
      readonly hasNextPage: boolean;
      readonly endCursor: string | null;
      readonly items: readonly NotificationView[];
    };

/**
 * `/varsler`: the signed-in user's notifications, newest first, a page at a time. Unread ones say so in words; each
 * can be marked read, or all at once (every unread one, also those not yet shown). The count in the navigation
 * follows.
 */
@Component({
  selector: 'sb-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ListPageComponent, SaveFeedbackComponent],
  templateUrl: './notifications-page.component.html',
  styleUrl: './notifications-page.component.css',
})
export class NotificationsPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly navCounts = inject(NavCountsService);
  private readonly markRead = inject(NotificationsMarkReadGQL);
  private readonly unreadIds = inject(NotificationsUnreadIdsGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly list = watchPagedList(
    signal(
      inject(NotificationsListGQL).watch({
        variables: { first: NOTIFICATIONS_PAGE_SIZE },
        fetchPolicy: 'cache-and-network',
        notifyOnNetworkStatusChange: true,
      }),
    ),
    (data) => data.notifications,
  );

  /** What is being marked: some ids, or everything unread. */
  protected readonly marking = signal<ReadonlySet<string> | 'all' | undefined>(undefined);
  private readonly markedCount = signal<number | undefined>(undefined);
  protected readonly marked = computed(() => {
    const count = this.markedCount();
    return count === undefined ? undefined : this.plural('agreementsInbox.notifications.marked', count);
  });
  protected readonly markError = signal<string | undefined>(undefined);
  protected readonly markFeedback = computed<SaveFeedback | null>(() => {
    const message = this.markError();
    return message
      ? { kind: 'error', heading: this.t('agreementsInbox.notifications.markErrorHeading'), message }
      : null;
  });

  protected readonly state = computed<NotificationsState>(() => {
    const result = this.list.result();
    if (result?.dataState === 'complete') {
      const { notifications, unreadNotificationCount } = result.data;
      return {
        kind: 'ready',
        totalCount: notifications.totalCount,
        unreadCount: unreadNotificationCount,
        hasNextPage: notifications.pageInfo.hasNextPage,
        endCursor: notifications.pageInfo.endCursor,
        items: notifications.nodes.map((node) => this.toView(node)),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error', message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' };
  });

  /** "Viser 20 av 31." while there are more to fetch. */
  protected readonly shown = computed(() => {
    const page = this.state();
    return page.kind === 'ready' && page.totalCount > 0 && page.hasNextPage
      ? this.t('agreementsInbox.notifications.shown', { shown: page.items.length, total: page.totalCount })
      : null;
  });

  protected isMarking(id: string): boolean {
    const marking = this.marking();
    return marking === 'all' || (marking !== undefined && marking.has(id));
  }

  /** Marks one notification read; focus stays with it (its title link). */
  protected async markOne(item: NotificationView): Promise<void> {
    if (this.marking()) return;
    this.marking.set(new Set([item.id]));
    const ok = await this.mark([item.id]);
    this.marking.set(undefined);
    this.focusAfterRender(ok ? `#notification-link-${item.id}` : '#notifications-mark-error');
  }

  /** Marks every unread notification read, also those on pages not fetched yet. */
  protected async markAll(): Promise<void> {
    if (this.marking()) return;
    this.marking.set('all');
    let ok: boolean;
    try {
      const ids = await this.allUnreadIds();
      ok = ids.length === 0 ? this.done(0) : await this.mark(ids);
    } catch (error: unknown) {
      ok = this.failed(toApiError(error));
    }
    this.marking.set(undefined);
    this.focusAfterRender(ok ? '#notifications-status' : '#notifications-mark-error');
  }

  protected async loadMore(): Promise<void> {
    if (this.state().kind !== 'ready') return;
    let firstNew: string | undefined;
    try {
      firstNew = (await this.list.loadMore())?.nodes[0]?.id;
    } catch {
      // The list stays as it was; the button can be pressed again.
    }
    // The first of the new notifications gets focus (the button may be gone) once it is shown.
    if (firstNew) this.focusWhenShown(`#notification-link-${firstNew}`);
  }

  private async mark(ids: readonly string[]): Promise<boolean> {
    this.markedCount.set(undefined);
    this.markError.set(undefined);
    let marked = 0;
    for (let start = 0; start < ids.length; start += MARK_READ_BATCH) {
      const batch = ids.slice(start, start + MARK_READ_BATCH);
      const readAt = new Date().toISOString();
      const outcome = await runMutation(
        this.markRead.mutate({
          variables: { ids: batch },
          update: (cache, { data }) => {
            if (!data) return;
            for (const id of batch) {
              cache.modify({
                id: cache.identify({ __typename: 'Notification', id }),
                fields: { readAt: (existing: string | null) => existing ?? readAt },
              });
            }
            cache.modify({
              id: 'ROOT_QUERY',
              fields: { unreadNotificationCount: () => data.markNotificationsRead.unreadCount },
            });
          },
        }),
      );
      if (!outcome.ok) return this.failed(outcome.error);
      marked += outcome.data.markNotificationsRead.marked;
      this.navCounts.setUnread(outcome.data.markNotificationsRead.unreadCount);
    }
    return this.done(marked);
  }

  private async allUnreadIds(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await firstValueFrom(
        this.unreadIds.fetch({ variables: { first: UNREAD_IDS_PAGE_SIZE, after }, fetchPolicy: 'no-cache' }),
      );
      if (result.error || !result.data)
        throw new Error(result.error?.message ?? 'No data', { cause: result.error });
      const page: NotificationsUnreadIdsQuery['notifications'] = result.data.notifications;
      ids.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  private done(count: number): true {
    this.markedCount.set(count);
    return true;
  }

  private failed(error: ApiError): false {
    this.markError.set(errorText(error, this.i18n));
    this.navCounts.refresh();
    return false;
  }

  private toView(node: NotificationNode): NotificationView {
    return {
      id: node.id,
      title: node.title,
      body: node.body,
      link: node.link,
      createdAt: node.createdAt,
      time: this.i18n.dateTime(node.createdAt),
      unread: node.readAt === null,
    };
  }

  /** Focuses the element once a render shows it (a cache update may take a render or two to arrive). */
  private focusWhenShown(selector: string): void {
    let renders = 0;
    const ref = afterEveryRender(
      () => {
        const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
        target?.focus();
        if (target || ++renders > 5) ref.destroy();
      },
      { injector: this.injector },
    );
  }
}
