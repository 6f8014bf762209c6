import { type EnvironmentProviders } from '@angular/core';
import {
  AutoRefreshTokenService,
  provideKeycloak,
  UserActivityService,
  withAutoRefreshToken,
} from 'keycloak-angular';

import type { AppConfig } from '../config/app-config';

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
 * development identity provider and with Keycloak). The token is refreshed on expiry while the user is active;
 * `ApiFetch` adds it to API requests (and refreshes it before each).
 */
export function provideAuth(config: AppConfig): EnvironmentProviders {
  return provideKeycloak({
    config: { url: config.auth.url, realm: config.auth.realm, clientId: config.auth.clientId },
    initOptions: keycloakInitOptions(window.location.origin),
    features: [withAutoRefreshToken({ onInactivityTimeout: 'none' })],
    providers: [AutoRefreshTokenService, UserActivityService],
  });
}
