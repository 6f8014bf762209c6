import { TestBed } from '@angular/core/testing';
import { describe, expect, it } from '@jest/globals';
import Keycloak from 'keycloak-js';

import { bearerTokenPatterns, FETCH } from '../auth/api-fetch';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { apiBaseUrl, FileDownloadService, fileApiError, fileNameOf } from './file-download';

const CONFIG: AppConfig = {
  apiUrl: 'http://localhost:3000/graphql',
  auth: { url: 'http://localhost:8080', realm: 'samarbeid', clientId: 'samarbeid-web' },
};

describe('file downloads', () => {
  it('serves files from the API base, and the bearer token goes there and nowhere else', () => {
    expect(apiBaseUrl('http://localhost:3000/graphql')).toBe('http://localhost:3000');
    expect(apiBaseUrl('/graphql/')).toBe('');
    const patterns = bearerTokenPatterns(CONFIG);
    const covered = (url: string) => patterns.some((pattern) => pattern.test(url));
    expect(covered('http://localhost:3000/exports/measures/x/economics.xlsx')).toBe(true);
    expect(covered('http://localhost:3000/graphql')).toBe(true);
    expect(covered('http://localhost:3000/health')).toBe(false);
    expect(covered('http://evil.example/exports/x')).toBe(false);
  });

  it('reads the file name the API gives', () => {
    expect(fileNameOf('attachment; filename="okonomi-T5.xlsx"', 'x.xlsx')).toBe('okonomi-T5.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it("turns the API's JSON refusal into an ApiError with its sentences", async () => {
    const refusal = answer(403, { code: 'FORBIDDEN', message: 'Nei.', messageEn: 'No.' });
    expect(await fileApiError(refusal)).toEqual({
      code: 'FORBIDDEN',
      message: 'Nei.',
      messageEn: 'No.',
      network: false,
    });
  });

  function serviceWith(fetchFn: typeof fetch): FileDownloadService {
    TestBed.configureTestingModule({
      providers: [
        { provide: APP_CONFIG, useValue: CONFIG },
        { provide: FETCH, useValue: fetchFn },
        {
          provide: Keycloak,
          useValue: { authenticated: true, token: 't', updateToken: () => Promise.resolve(true) },
        },
      ],
    });
    return TestBed.inject(FileDownloadService);
  }

  it('downloads with GET from <api>/exports/… with the token, under the name the API gives', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const service = serviceWith((input, init) => {
      requests.push({ url: typeof input === 'string' ? input : '(not a string)', init });
      return Promise.resolve(answer(200, 'PK', 'attachment; filename="okonomi-T5.xlsx"'));
    });
    const created = (URL.createObjectURL = jestFn(() => 'blob:x'));
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    const click = jestFn(() => undefined);
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
      click();
    };
    await service.download('measures/abc/economics.xlsx', 'okonomi.xlsx');
    expect(requests.map((r) => r.url)).toEqual(['http://localhost:3000/exports/measures/abc/economics.xlsx']);
    expect(requests[0].init?.method ?? 'GET').toBe('GET');
    expect(new Headers(requests[0].init?.headers).get('Authorization')).toBe('Bearer t');
    expect(created.calls).toBe(1);
    expect(names).toEqual(['okonomi-T5.xlsx']);
    TestBed.resetTestingModule();
  });

  it('rejects with the API refusal, or a network error when the API cannot be reached', async () => {
    const refused = serviceWith(() => Promise.resolve(answer(403, { code: 'FORBIDDEN', message: 'Nei.' })));
    await expect(refused.download('x.xlsx', 'x.xlsx')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      network: false,
    });
    TestBed.resetTestingModule();
    const offline = serviceWith(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.download('x.xlsx', 'x.xlsx')).rejects.toMatchObject({ network: true });
    TestBed.resetTestingModule();
  });
});

/** A file or JSON answer shaped like the parts of `Response` the service reads (jsdom has no `Response`). */
function answer(status: number, body: unknown, disposition?: string): Response {
  return {
    status,
    ok: status < 300,
    headers: new Headers(disposition ? { 'content-disposition': disposition } : {}),
    json: () =>
      typeof body === 'string' ? Promise.reject(new SyntaxError('not JSON')) : Promise.resolve(body),
    blob: () => Promise.resolve(new Blob([typeof body === 'string' ? body : JSON.stringify(body)])),
  } as unknown as Response;
}

function jestFn<T>(implementation: () => T): (() => T) & { calls: number } {
  const fn = Object.assign(
    () => {
      fn.calls += 1;
      return implementation();
    },
    { calls: 0 },
  );
  return fn;
}
