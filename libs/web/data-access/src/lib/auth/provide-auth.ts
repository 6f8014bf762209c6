import { type EnvironmentProviders } from '@angular/core';
import {
  AutoRefreshTokenService,
  createInterceptorCondition,
  INCLUDE_BEARER_TOKEN_INTERCEPTOR_CONFIG,
  type IncludeBearerTokenCondition,
  provideKeycloak,
  UserActivityService,
  withAutoRefreshToken,
} from 'keycloak-angular';

import type { AppConfig } from '../config/app-config';
import { apiBaseUrl } from '../files/file-download';

/** A pattern for `apiUrl` itself and anything below it (`/graphql`, `/graphql?x`), nothing else. */
export function apiUrlPattern(apiUrl: string): RegExp {
  const escaped = apiUrl.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${escaped}(?:[/?#].*)?$`);
}

/** Where `includeBearerTokenInterceptor` adds the token: the API only (GraphQL, and its file exports). */
export function bearerTokenConditions(config: AppConfig): IncludeBearerTokenCondition[] {
  return [config.apiUrl, `${apiBaseUrl(config.apiUrl)}/exports`].map((url) =>
    createInterceptorCondition<IncludeBearerTokenCondition>({
      urlPattern: apiUrlPattern(url),
      // keycloak.updateToken(): refresh a token that expires within 5 s before the request goes out.
      shouldUpdateToken: () => true,
    }),
  );
}

/** Where keycloak-js' hidden frame comes back to (apps/web/public/silent-check-sso.html). */
export const SILENT_CHECK_SSO_PATH = '/silent-check-sso.html';

/**
 * keycloak-js' start: a silent check-sso (ADR 0014) instead of `login-required`. A hidden frame asks the issuer
 * whether the user has a session; if so the app gets its tokens without leaving the page, so a deep link, a reload
 * or a new tab starts the app once instead of twice (load → issuer → load again). Without a session the route
 * guard sends the user to the login page. Where the browser blocks the issuer's cookie in a frame, keycloak-js
 * falls back to a full redirect (`silentCheckSsoFallback`), as before. PKCE; no session-status iframe.
 */
export function keycloakInitOptions(origin: string): {
  onLoad: 'check-sso';
  silentCheckSsoRedirectUri: string;
  silentCheckSsoFallback: boolean;
  pkceMethod: 'S256';
  checkLoginIframe: boolean;
} {
  return {
    onLoad: 'check-sso',
    silentCheckSsoRedirectUri: `${origin}${SILENT_CHECK_SSO_PATH}`,
    silentCheckSsoFallback: true,
    pkceMethod: 'S256',
    checkLoginIframe: false,
  };
}

/**
 * Keycloak (keycloak-angular 21) from the runtime configuration, started by `keycloakInitOptions` (works with the
 * development identity provider and with Keycloak). The bearer token goes to the API only; it is refreshed
 * (`updateToken`) before each API request and on expiry while the user is active. Add
 * `includeBearerTokenInterceptor` to `provideHttpClient`.
 */
export function provideAuth(config: AppConfig): EnvironmentProviders {
  return provideKeycloak({
    config: { url: config.auth.url, realm: config.auth.realm, clientId: config.auth.clientId },
    initOptions: keycloakInitOptions(window.location.origin),
    features: [withAutoRefreshToken({ onInactivityTimeout: 'none' })],
    providers: [
      AutoRefreshTokenService,
      UserActivityService,
      { provide: INCLUDE_BEARER_TOKEN_INTERCEPTOR_CONFIG, useValue: bearerTokenConditions(config) },
    ],
  });
}
