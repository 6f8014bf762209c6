import { inject, Injectable, InjectionToken } from '@angular/core';
import Keycloak from 'keycloak-js';

import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The browser's `fetch`; a spec replaces it to answer requests itself. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  providedIn: 'root',
  factory: () => globalThis.fetch.bind(globalThis),
});

/** The API's base (the GraphQL URL without `/graphql`): files are served from `<base>/exports/…`. */
export function apiBaseUrl(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/graphql$/, '');
}

/** A pattern for `url` itself and anything below it (`/graphql`, `/graphql?x`), nothing else. */
export function apiUrlPattern(url: string): RegExp {
  const escaped = url.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${escaped}(?:[/?#].*)?$`);
}

/** Where the bearer token goes: the API only (GraphQL, and its file exports), nowhere else. */
export function bearerTokenPatterns(config: AppConfig): RegExp[] {
  return [config.apiUrl, `${apiBaseUrl(config.apiUrl)}/exports`].map(apiUrlPattern);
}

/** The address a `fetch` call is made to, whichever of its three forms it was given in. */
export function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * `fetch` with the signed-in user's bearer token for requests to the API (ADR 0014: the app's requests go through
 * `fetch`, not Angular's HttpClient, which would add 6 kB gzipped to every first load). Before each API request
 * keycloak-js refreshes a token that expires within 5 s; when that fails the request goes without a token and the
 * API's UNAUTHENTICATED answer sends the user to the login page. Other URLs get no token.
 */
@Injectable({ providedIn: 'root' })
export class ApiFetch {
  private readonly keycloak = inject(Keycloak);
  private readonly fetchFn = inject(FETCH);
  private readonly patterns = bearerTokenPatterns(inject(APP_CONFIG));

  async fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = urlOf(input);
    if (!this.patterns.some((pattern) => pattern.test(url)) || !this.keycloak.authenticated) {
      return this.fetchFn(input, init);
    }
    await this.keycloak.updateToken(5).catch(() => false);
    const headers = new Headers(init.headers);
    if (this.keycloak.token) headers.set('Authorization', `Bearer ${this.keycloak.token}`);
    return this.fetchFn(input, { ...init, headers });
  }
}
