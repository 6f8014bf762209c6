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

/**
 * Keycloak (keycloak-angular 21) from the runtime configuration: login required on load, PKCE, no
 * session iframe (works with the development identity provider and with Keycloak). The bearer token
 * goes to the API only; it is refreshed (`updateToken`) before each API request and on expiry while
 * the user is active. Add `includeBearerTokenInterceptor` to `provideHttpClient`.
 */
export function provideAuth(config: AppConfig): EnvironmentProviders {
  return provideKeycloak({
    config: { url: config.auth.url, realm: config.auth.realm, clientId: config.auth.clientId },
    initOptions: { onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false },
    features: [withAutoRefreshToken({ onInactivityTimeout: 'none' })],
    providers: [
      AutoRefreshTokenService,
      UserActivityService,
      { provide: INCLUDE_BEARER_TOKEN_INTERCEPTOR_CONFIG, useValue: bearerTokenConditions(config) },
    ],
  });
}
