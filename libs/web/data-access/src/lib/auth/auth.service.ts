import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable } from '@angular/core';
import { KEYCLOAK_EVENT_SIGNAL } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { type SignedInUser, userFromClaims } from './signed-in-user';

/** Key in sessionStorage: when the app last sent the user to the login page. */
const LOGIN_REDIRECT_KEY = 'samarbeid.loginRedirectAt';
/**
 * Within this time after a login redirect, a second one is not attempted: the app shows an error
 * instead, so a failing token exchange or a misconfigured API cannot cause a redirect loop.
 */
export const LOGIN_LOOP_GUARD_MS = 30_000;

/** The signed-in user and the login/logout actions, over the Keycloak instance from `provideAuth`. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly keycloak = inject(Keycloak);
  private readonly events = inject(KEYCLOAK_EVENT_SIGNAL);
  private readonly document = inject(DOCUMENT);

  /** Recomputed on every Keycloak event (ready, login, token refresh, logout). */
  readonly user = computed<SignedInUser | null>(() => {
    this.events();
    if (!this.keycloak.authenticated) return null;
    return userFromClaims(this.keycloak.tokenParsed, this.keycloak.idTokenParsed);
  });

  private get origin(): string {
    return this.document.location.origin;
  }

  /** Whether the app sent the user to the login page moments ago (see `LOGIN_LOOP_GUARD_MS`). */
  recentlyRedirectedToLogin(): boolean {
    const last = Number(this.sessionStorage()?.getItem(LOGIN_REDIRECT_KEY) ?? 0);
    return Date.now() - last < LOGIN_LOOP_GUARD_MS;
  }

  /** Goes to the login page; afterwards the user comes back to `returnPath` (default: this page). */
  login(returnPath?: string): Promise<void> {
    this.sessionStorage()?.setItem(LOGIN_REDIRECT_KEY, String(Date.now()));
    const redirectUri = returnPath === undefined ? undefined : this.origin + returnPath;
    return this.keycloak.login(redirectUri ? { redirectUri } : undefined);
  }

  logout(): Promise<void> {
    return this.keycloak.logout({ redirectUri: `${this.origin}/` });
  }

  /**
   * The API said UNAUTHENTICATED (expired or revoked session): go to the login page and back to the
   * current page. Returns false, without redirecting, when that was tried moments ago.
   */
  reauthenticate(): boolean {
    if (this.recentlyRedirectedToLogin()) return false;
    const { pathname, search } = this.document.location;
    this.login(pathname + search).catch((error: unknown) => console.error('Login redirect failed', error));
    return true;
  }

  private sessionStorage(): Storage | undefined {
    try {
      return this.document.defaultView?.sessionStorage;
    } catch {
      return undefined;
    }
  }
}
