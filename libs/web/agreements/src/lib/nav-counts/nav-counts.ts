import {
  assertInInjectionContext,
  computed,
  DestroyRef,
  inject,
  Injectable,
  Injector,
  type Provider,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { Role } from '@samarbeid/shared/domain';
import {
  AuthService,
  NAV_BADGE_COUNTS,
  type NavBadgeCounts,
  type SignedInUser,
} from '@samarbeid/web/data-access';
import type { TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Kind, OperationTypeNode } from 'graphql';
import {
  catchError,
  distinctUntilChanged,
  filter,
  interval,
  map,
  merge,
  type Observable,
  of,
  Subject,
  switchMap,
} from 'rxjs';

/** How often the counts are fetched again while a page stays open. */
export const NAV_COUNTS_REFRESH_MS = 60_000;

/** Whether the user decides on agreements for a municipality (the API asks for the role and a municipality). */
export function decidesAgreements(user: SignedInUser | null | undefined): boolean {
  return !!user && user.roles.includes(Role.MunicipalDirector) && user.municipality !== undefined;
}

export interface NavCountsResult {
  readonly approvalInboxCount?: number;
  readonly unreadNotificationCount: number;
}

export interface NavCountsVariables {
  readonly director: boolean;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/**
 * `query NavCounts($director: Boolean!) { approvalInboxCount @include(if: $director) unreadNotificationCount }`,
 * written by hand, already parsed. The shell is in the first download: a `.graphql` file would give a generated
 * service in `@samarbeid/web/graphql`, which holds every feature's documents and services, and `gql` would bring
 * GraphQL's parser (about 20 kB) into it, for two fields that need no generated types. `approvalInboxCount` is asked
 * for only for a municipal director (`@include`): the API refuses it (FORBIDDEN) for anyone else, which would fail
 * the whole answer. The spec checks the document against the API's schema.
 */
export const NAV_COUNTS_QUERY: TypedDocumentNode<NavCountsResult, NavCountsVariables> = {
  kind: Kind.DOCUMENT,
  definitions: [
    {
      kind: Kind.OPERATION_DEFINITION,
      operation: OperationTypeNode.QUERY,
      name: name('NavCounts'),
      variableDefinitions: [
        {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: name('director') },
          type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('Boolean') } },
        },
      ],
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: [
          {
            kind: Kind.FIELD,
            name: name('approvalInboxCount'),
            directives: [
              {
                kind: Kind.DIRECTIVE,
                name: name('include'),
                arguments: [
                  {
                    kind: Kind.ARGUMENT,
                    name: name('if'),
                    value: { kind: Kind.VARIABLE, name: name('director') },
                  },
                ],
              },
            ],
          },
          { kind: Kind.FIELD, name: name('unreadNotificationCount') },
        ],
      },
    },
  ],
};

interface Counts {
  /** Agreements waiting for the director's decision; null when the user is not a director (or unknown yet). */
  readonly approvals: number | null;
  /** The user's unread notifications; null when nobody is signed in (or unknown yet). */
  readonly unread: number | null;
}

const NONE: Counts = { approvals: null, unread: null };

/**
 * The counts the navigation shows as badges: agreements waiting for the director, and unread notifications. The shell
 * calls `start()`: they are fetched when the user signs in or changes, after every navigation and every 60 s, and not
 * at all for an anonymous visitor. A page that changes them (a decision, notifications marked read) calls `refresh()`
 * or `setUnread()`; before `start()` (a page tested alone) `refresh()` does nothing.
 */
@Injectable({ providedIn: 'root' })
export class NavCountsService implements NavBadgeCounts {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly counts = signal<Counts>(NONE);
  private readonly refreshes = new Subject<void>();
  private started = false;

  readonly approvals = computed(() => this.counts().approvals);
  readonly unread = computed(() => this.counts().unread);

  /** Starts keeping the counts current, for as long as the caller (the shell) lives. Call it in a constructor. */
  start(): void {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only its name is read, for the error message
    assertInInjectionContext(this.start);
    if (this.started) return;
    this.started = true;
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => {
      this.started = false;
      this.counts.set(NONE);
    });
    const who = computed(() => {
      const user = this.auth.user();
      if (!user) return null;
      return decidesAgreements(user) ? 'director' : 'user';
    });
    const who$ = toObservable(who, { injector: inject(Injector) }).pipe(distinctUntilChanged());
    const navigated$ = this.router.events.pipe(filter((event) => event instanceof NavigationEnd));
    merge(who$, navigated$, interval(NAV_COUNTS_REFRESH_MS), this.refreshes)
      .pipe(
        map(() => who()),
        switchMap((kind) => (kind ? this.fetch(kind === 'director') : of(NONE))),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((counts) => this.counts.set(counts));
  }

  /** Fetches the counts again now (after a decision, say). */
  refresh(): void {
    if (this.started) this.refreshes.next();
  }

  /** The unread count as the API just gave it (`markNotificationsRead` answers with it). */
  setUnread(unread: number): void {
    if (!this.started || this.counts().unread === null) return;
    this.counts.update((counts) => ({ ...counts, unread }));
  }

  private fetch(director: boolean): Observable<Counts> {
    return this.apollo
      .query({ query: NAV_COUNTS_QUERY, variables: { director }, fetchPolicy: 'network-only' })
      .pipe(
        map((result) => {
          const data = result.data;
          if (!data) return this.counts();
          return {
            approvals: director ? (data.approvalInboxCount ?? null) : null,
            unread: data.unreadNotificationCount,
          };
        }),
        // A count that cannot be fetched keeps its last value; the pages themselves show errors.
        catchError(() => of(this.counts())),
      );
  }
}

/** The shell's navigation badges from the agreements feature (see NAV_BADGE_COUNTS); the app provides it. */
export function provideNavCounts(): Provider[] {
  return [{ provide: NAV_BADGE_COUNTS, useExisting: NavCountsService }];
}
