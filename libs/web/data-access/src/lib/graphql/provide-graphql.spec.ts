import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Apollo, gql } from 'apollo-angular';
import { KEYCLOAK_EVENT_SIGNAL, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';
import { firstValueFrom } from 'rxjs';

import { ApiFetch, FETCH, urlOf } from '../auth/api-fetch';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
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

/** What a fake `fetch` got: the URL and the request's headers. */
interface SentRequest {
  url: string;
  headers: Headers;
  body: unknown;
}

/** A JSON answer shaped like the parts of `Response` Apollo's HttpLink reads (jsdom has no `Response`). */
function jsonAnswer(body: unknown, status = 200): Response {
  const text = JSON.stringify(body);
  return {
    status,
    ok: status < 300,
    headers: new Headers({ 'content-type': 'application/json' }),
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(body),
  } as unknown as Response;
}

describe('provideGraphql over ApiFetch', () => {
  const keycloak = {
    authenticated: true,
    token: 'access-token',
    updateToken: jest.fn<(minValidity?: number) => Promise<boolean>>(() => Promise.resolve(true)),
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };
  let sent: SentRequest[];
  let answer: unknown;

  beforeEach(() => {
    sessionStorage.clear();
    keycloak.updateToken.mockClear();
    keycloak.login.mockClear();
    keycloak.authenticated = true;
    sent = [];
    answer = { data: { me: { __typename: 'CurrentUser', id: 'u1' } } };
    const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      sent.push({
        url: urlOf(input),
        headers: new Headers(init?.headers),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      });
      return Promise.resolve(jsonAnswer(answer));
    };
    TestBed.configureTestingModule({
      providers: [
        provideGraphql(config),
        { provide: APP_CONFIG, useValue: config },
        { provide: FETCH, useValue: fakeFetch },
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: signal({ type: KeycloakEventType.Ready }) },
      ],
    });
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('sends queries to apiUrl with a freshly refreshed bearer token', async () => {
    const result = await firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    expect(result).toMatchObject({ data: { me: { id: 'u1' } } });
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe(config.apiUrl);
    expect(sent[0].body).toMatchObject({ operationName: 'Me' });
    expect(keycloak.updateToken).toHaveBeenCalledWith(5);
    expect(sent[0].headers.get('Authorization')).toBe('Bearer access-token');
  });

  it('sends no token anywhere but the API, and none when nobody is signed in', async () => {
    const apiFetch = TestBed.inject(ApiFetch);
    await apiFetch.fetch('/config.json');
    await apiFetch.fetch('http://evil.example/graphql');
    await apiFetch.fetch('http://localhost:3000/exports/measures/x/economics.xlsx');
    keycloak.authenticated = false;
    await apiFetch.fetch(config.apiUrl);
    expect(sent.map((request) => request.headers.get('Authorization'))).toEqual([
      null,
      null,
      'Bearer access-token',
      null,
    ]);
  });

  it('sends the user to the login page when the API answers UNAUTHENTICATED', async () => {
    answer = {
      data: null,
      errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    const error = await firstValueFrom(TestBed.inject(Apollo).query({ query: ME })).then(
      (r) => r.error,
      (e: unknown) => e,
    );
    expect(toApiError(error)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Du må logge inn.' });
    expect(keycloak.login).toHaveBeenCalledTimes(1);
  });

  it('shows other errors without a login redirect', async () => {
    answer = { data: null, errors: [{ message: 'Du har ikke tilgang.', extensions: { code: 'FORBIDDEN' } }] };
    const error = await firstValueFrom(TestBed.inject(Apollo).query({ query: ME })).then(
      (r) => r.error,
      (e: unknown) => e,
    );
    expect(toApiError(error)).toMatchObject({ code: 'FORBIDDEN', message: 'Du har ikke tilgang.' });
    expect(keycloak.login).not.toHaveBeenCalled();
  });
});
