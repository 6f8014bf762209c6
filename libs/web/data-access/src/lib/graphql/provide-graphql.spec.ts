import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo, gql } from 'apollo-angular';
import {
  INCLUDE_BEARER_TOKEN_INTERCEPTOR_CONFIG,
  includeBearerTokenInterceptor,
  KEYCLOAK_EVENT_SIGNAL,
  KeycloakEventType,
} from 'keycloak-angular';
import Keycloak from 'keycloak-js';
import { firstValueFrom } from 'rxjs';

import { bearerTokenConditions } from '../auth/provide-auth';
import type { AppConfig } from '../config/app-config';
import { toApiError } from './api-error';
import { provideGraphql } from './provide-graphql';

const config: AppConfig = {
  apiUrl: 'http://localhost:3000/graphql',
  auth: { url: 'http://localhost:8080', realm: 'samarbeid', clientId: 'samarbeid-web' },
};

const ME = gql<{ me: { id: string } }, Record<string, never>>`
  query Me {
    me {
      id
    }
  }
`;

describe('provideGraphql with the bearer-token interceptor', () => {
  const keycloak = {
    authenticated: true,
    token: 'access-token',
    updateToken: jest.fn<(minValidity?: number) => Promise<boolean>>(() => Promise.resolve(true)),
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    keycloak.updateToken.mockClear();
    keycloak.login.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([includeBearerTokenInterceptor])),
        provideHttpClientTesting(),
        provideGraphql(config),
        { provide: INCLUDE_BEARER_TOKEN_INTERCEPTOR_CONFIG, useValue: bearerTokenConditions(config) },
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: signal({ type: KeycloakEventType.Ready }) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    TestBed.resetTestingModule();
  });

  /** The interceptor refreshes the token asynchronously before the request goes out. */
  async function expectApiRequest() {
    await new Promise((resolve) => setTimeout(resolve));
    return http.expectOne(config.apiUrl);
  }

  it('sends queries to apiUrl with a fresh bearer token', async () => {
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    const request = await expectApiRequest();
    expect(keycloak.updateToken).toHaveBeenCalled();
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-token');
    request.flush({ data: { me: { __typename: 'CurrentUser', id: 'u1' } } });
    await expect(result).resolves.toMatchObject({ data: { me: { id: 'u1' } } });
  });

  it('does not send the token anywhere else', () => {
    TestBed.inject(HttpClient).get('/config.json').subscribe();
    const request = http.expectOne('/config.json');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('sends the user to the login page when the API answers UNAUTHENTICATED', async () => {
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    (await expectApiRequest()).flush({
      data: null,
      errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await result.then(
      (r) => r.error,
      (e: unknown) => e,
    );
    expect(toApiError(error)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Du må logge inn.' });
    expect(keycloak.login).toHaveBeenCalledTimes(1);
  });

  it('shows other errors without a login redirect', async () => {
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    (await expectApiRequest()).flush({
      data: null,
      errors: [{ message: 'Du har ikke tilgang.', extensions: { code: 'FORBIDDEN' } }],
    });
    const error = await result.then(
      (r) => r.error,
      (e: unknown) => e,
    );
    expect(toApiError(error)).toMatchObject({ code: 'FORBIDDEN', message: 'Du har ikke tilgang.' });
    expect(keycloak.login).not.toHaveBeenCalled();
  });
});
