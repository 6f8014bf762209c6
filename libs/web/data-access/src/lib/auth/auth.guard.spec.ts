import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { KEYCLOAK_EVENT_SIGNAL, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { authGuard, SIGN_IN_FAILED_PATH } from './auth.guard';
import { LOGIN_ANSWER_ON_LOAD } from './auth.service';

@Component({ selector: 'sb-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

describe('authGuard', () => {
  const keycloak = {
    authenticated: false,
    realmAccess: undefined,
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };

  let loginAnswerOnLoad = true;

  beforeEach(() => {
    sessionStorage.clear();
    keycloak.login.mockClear();
    loginAnswerOnLoad = true;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'innlogging-feilet', component: BlankComponent },
          { path: 'kommuner', component: BlankComponent, canActivate: [authGuard] },
        ]),
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: signal({ type: KeycloakEventType.Ready }) },
        { provide: LOGIN_ANSWER_ON_LOAD, useFactory: () => loginAnswerOnLoad },
      ],
    });
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('lets a signed-in user through', async () => {
    keycloak.authenticated = true;
    const router = TestBed.inject(Router);
    await expect(router.navigateByUrl('/kommuner')).resolves.toBe(true);
    expect(router.url).toBe('/kommuner');
    expect(keycloak.login).not.toHaveBeenCalled();
  });

  it('sends anyone else to the login page, returning to the requested page', async () => {
    keycloak.authenticated = false;
    await expect(TestBed.inject(Router).navigateByUrl('/kommuner')).resolves.toBe(false);
    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: `${location.origin}/kommuner` });
  });

  it('shows the sign-in-failed page instead of redirecting again moments later', async () => {
    keycloak.authenticated = false;
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/kommuner');
    await router.navigateByUrl('/kommuner');
    expect(keycloak.login).toHaveBeenCalledTimes(1);
    expect(router.url).toBe(SIGN_IN_FAILED_PATH);
  });

  it('sends a visitor without a session to the login page again when this load did not come back from it', async () => {
    keycloak.authenticated = false;
    loginAnswerOnLoad = false;
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/kommuner');
    await router.navigateByUrl('/kommuner');
    expect(keycloak.login).toHaveBeenCalledTimes(2);
    expect(router.url).not.toBe(SIGN_IN_FAILED_PATH);
  });
});
