import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { KEYCLOAK_EVENT_SIGNAL, type KeycloakEvent, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { AuthService, LOGIN_ANSWER_ON_LOAD } from './auth.service';

function fakeKeycloak() {
  return {
    authenticated: true,
    tokenParsed: { name: 'Kari Nordmann', realm_access: { roles: ['secretariat'] } } as Record<
      string,
      unknown
    >,
    idTokenParsed: undefined,
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
    logout: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };
}

describe('AuthService', () => {
  let keycloak: ReturnType<typeof fakeKeycloak>;
  const events = signal<KeycloakEvent>({ type: KeycloakEventType.Ready, args: true });

  beforeEach(() => {
    sessionStorage.clear();
    keycloak = fakeKeycloak();
    TestBed.configureTestingModule({
      providers: [
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: events },
        { provide: LOGIN_ANSWER_ON_LOAD, useValue: true },
      ],
    });
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('exposes the user from the token and follows token refreshes', () => {
    const auth = TestBed.inject(AuthService);
    expect(auth.user()).toEqual({ name: 'Kari Nordmann', roles: ['secretariat'], municipality: undefined });

    keycloak.tokenParsed = { name: 'Kari Nordmann', realm_access: { roles: ['viewer'] } };
    events.set({ type: KeycloakEventType.AuthRefreshSuccess });
    expect(auth.user()?.roles).toEqual(['viewer']);
  });

  it('has no user when not authenticated', () => {
    keycloak.authenticated = false;
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('logs out back to the start page', async () => {
    await TestBed.inject(AuthService).logout();
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: `${location.origin}/` });
  });

  it('forgets a recent login redirect on logout, so the login page comes at once afterwards', async () => {
    const auth = TestBed.inject(AuthService);
    await auth.login('/tiltak');
    expect(auth.recentlyRedirectedToLogin()).toBe(true);
    await auth.logout();
    expect(auth.recentlyRedirectedToLogin()).toBe(false);
  });

  it('re-authenticates once, then refuses within the loop guard', () => {
    const auth = TestBed.inject(AuthService);
    expect(auth.reauthenticate()).toBe(true);
    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: location.origin + location.pathname });
    expect(auth.recentlyRedirectedToLogin()).toBe(true);
    expect(auth.reauthenticate()).toBe(false);
    expect(keycloak.login).toHaveBeenCalledTimes(1);
  });
});
