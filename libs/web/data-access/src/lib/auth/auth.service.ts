import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, InjectionToken } from '@angular/core';
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

/**
 * Whether this page load came back from the identity provider with a login answer (`state` and `code` or `error`
 * in the fragment), read when the app's code loads, before keycloak-js reads and removes it. Only then can a
 * missing session mean that signing in failed; on any other load (a deep link after logging out, say) a visitor
 * without a session is simply sent to the login page.
 */
const ARRIVED_WITH_LOGIN_ANSWER =
  typeof window !== 'undefined' &&
  /(?:^#|&)state=/.test(window.location.hash) &&
  /(?:^#|&)(?:code|error)=/.test(window.location.hash);

export const LOGIN_ANSWER_ON_LOAD = new InjectionToken<boolean>('LOGIN_ANSWER_ON_LOAD', {
  providedIn: 'root',
  factory: () => ARRIVED_WITH_LOGIN_ANSWER,
});

/** The signed-in user and the login/logout actions, over the Keycloak instance from `provideAuth`. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly keycloak = inject(Keycloak);
  private readonly events = inject(KEYCLOAK_EVENT_SIGNAL);
  private readonly document = inject(DOCUMENT);
  private readonly arrivedWithLoginAnswer = inject(LOGIN_ANSWER_ON_LOAD);

  /** Recomputed on every Keycloak event (ready, login, token refresh, logout). */
  readonly user = computed<SignedInUser | null>(() => {
    this.events();
    if (!this.keycloak.authenticated) return null;
    return userFromClaims(this.keycloak.tokenParsed, this.keycloak.idTokenParsed);
  });

  private get origin(): string {
    return this.document.location.origin;
  }

  /**
   * Whether the app sent the user to the login page moments ago (see `LOGIN_LOOP_GUARD_MS`) and this load is the
   * way back from it.
   */
  recentlyRedirectedToLogin(): boolean {
    if (!this.arrivedWithLoginAnswer) return false;
    const last = Number(this.sessionStorage()?.getItem(LOGIN_REDIRECT_KEY) ?? 0);
    return Date.now() - last < LOGIN_LOOP_GUARD_MS;
  }

  /** Goes to the login page; afterwards the user comes back to `returnPath` (default: this page). */
  login(returnPath?: string): Promise<void> {
    this.sessionStorage()?.setItem(LOGIN_REDIRECT_KEY, String(Date.now()));
    const redirectUri = returnPath === undefined ? undefined : this.origin + returnPath;
    return this.keycloak.login(redirectUri ? { redirectUri } : undefined);
  }

  /** Logs out; the next visit may go to the login page at once (the loop guard is for failed sign-ins only). */
  logout(): Promise<void> {
    this.sessionStorage()?.removeItem(LOGIN_REDIRECT_KEY);
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
