import { DestroyRef, inject, Injectable, type Signal, signal } from '@angular/core';
import type { Client } from 'graphql-ws/client';
import Keycloak from 'keycloak-js';
import { NEVER, Observable, Subject, type Subscription } from 'rxjs';

import { APP_CONFIG } from '../config/app-config';

/** What the API says when something in a region changed (decisions/0013): no data, only that and what kind. */
export interface RegionChange {
  readonly regionId: string;
  readonly entityType: string;
  readonly at: string;
}

/** Told to followers after the connection came back: changes may have been missed, so refetch. */
export const RESYNC: Omit<RegionChange, 'regionId'> = { entityType: 'resync', at: '' };

const REGION_CHANGED = `subscription RegionChanged($regionSlug: String!) {
  regionChanged(regionSlug: $regionSlug) { regionId entityType at }
}`;

/** Back-off before reconnect attempt n (0-based): 1 s, 2 s, 4 s … at most 30 s, with up to 25 % jitter. */
export function reconnectWait(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + random() * 0.25));
}

/** The API's WebSocket URL from its HTTP URL: same host and path, ws(s) instead of http(s). */
export function socketUrl(apiUrl: string): string {
  return apiUrl.replace(/^http/i, 'ws');
}

/**
 * Live changes of a region over one shared graphql-ws connection to the API (the library is loaded the first time
 * something follows a region, so it stays out of the first download). The token goes in the connection's
 * parameters and is refreshed on every (re)connect; the connection is retried for ever with back-off after an API
 * restart or a network loss, and every follower is told to refetch (`resync`) once it is back.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  // Optional, so that pages using live updates render in specs without an API or a sign-in (nothing is followed).
  private readonly config = inject(APP_CONFIG, { optional: true });
  private readonly keycloak = inject(Keycloak, { optional: true });
  private client: Promise<Client> | null = null;
  private readonly reconnected = new Subject<void>();

  /** The changes of the region with this short name, as long as the observable is subscribed. */
  regionChanges(regionSlug: string): Observable<RegionChange> {
    const { config, keycloak } = this;
    if (!config || !keycloak) return NEVER;
    return new Observable<RegionChange>((subscriber) => {
      let dispose: (() => void) | null = null;
      let closed = false;
      const resyncs = this.reconnected.subscribe(() => subscriber.next({ ...RESYNC, regionId: '' }));
      this.connection(config.apiUrl, keycloak)
        .then((client) => {
          if (closed) return;
          dispose = client.subscribe<{ regionChanged: RegionChange }>(
            { query: REGION_CHANGED, variables: { regionSlug } },
            {
              next: (result) => {
                if (result.data?.regionChanged) subscriber.next(result.data.regionChanged);
              },
              // A refused subscription (unknown region) ends quietly: the page still works, only not live.
              error: (error: unknown) => console.warn('Live updates refused', error),
              complete: () => undefined,
            },
          );
        })
        .catch((error: unknown) => console.warn('Live updates unavailable', error));
      return () => {
        closed = true;
        resyncs.unsubscribe();
        dispose?.();
      };
    });
  }

  private connection(apiUrl: string, keycloak: Keycloak): Promise<Client> {
    this.client ??= import('graphql-ws/client').then(({ createClient }) => {
      let connections = 0;
      const client = createClient({
        url: socketUrl(apiUrl),
        lazy: true,
        // Closed a while after the last follower leaves; a new page opens it again.
        lazyCloseTimeout: 10_000,
        keepAlive: 20_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (attempt) => new Promise((resolve) => setTimeout(resolve, reconnectWait(attempt))),
        connectionParams: async () => {
          // A token valid for at least 30 s more; the API closes the socket when it expires and we come back.
          await keycloak.updateToken(30).catch(() => false);
          return { authorization: `Bearer ${keycloak.token ?? ''}` };
        },
      });
      client.on('connected', () => {
        if (connections++ > 0) this.reconnected.next();
      });
      return client;
    });
    return this.client;
  }
}

/**
 * Follows a region for a page: on every change (bursts folded into one after `debounceMs`) `refetch` runs, and
 * `updatedAt` tells when the page's data was last fetched. Stops with the page.
 */
export function refetchOnRegionChange(
  regionSlug: string,
  refetch: () => Promise<unknown> | void,
  options: { readonly debounceMs?: number } = {},
): { readonly updatedAt: Signal<Date | null>; markUpdated(): void } {
  const live = inject(LiveUpdates);
  const destroyRef = inject(DestroyRef);
  const updatedAt = signal<Date | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    Promise.resolve(refetch())
      .then(() => updatedAt.set(new Date()))
      .catch((error: unknown) => console.error('Could not refetch after a live change', error));
  };
  const subscription: Subscription = live.regionChanges(regionSlug).subscribe(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, options.debounceMs ?? 250);
  });
  destroyRef.onDestroy(() => {
    subscription.unsubscribe();
    if (timer !== null) clearTimeout(timer);
  });
  return { updatedAt, markUpdated: () => updatedAt.set(new Date()) };
}
