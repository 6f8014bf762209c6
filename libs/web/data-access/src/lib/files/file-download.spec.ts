import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { describe, expect, it } from '@jest/globals';

import { bearerTokenConditions } from '../auth/provide-auth';
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
    const patterns = bearerTokenConditions(CONFIG).map((c) => c.urlPattern);
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
    const error = new HttpErrorResponse({
      status: 403,
      error: new Blob([JSON.stringify({ code: 'FORBIDDEN', message: 'Nei.', messageEn: 'No.' })]),
    });
    expect(await fileApiError(error)).toEqual({
      code: 'FORBIDDEN',
      message: 'Nei.',
      messageEn: 'No.',
      network: false,
    });
  });

  it('downloads with GET from <api>/exports/…', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: APP_CONFIG, useValue: CONFIG }],
    });
    const service = TestBed.inject(FileDownloadService);
    const http = TestBed.inject(HttpTestingController);
    const created = (URL.createObjectURL = jestFn(() => 'blob:x'));
    URL.revokeObjectURL = () => undefined;
    const done = service.download('measures/abc/economics.xlsx', 'okonomi.xlsx');
    const request = http.expectOne('http://localhost:3000/exports/measures/abc/economics.xlsx');
    expect(request.request.method).toBe('GET');
    request.flush(new Blob(['PK']), {
      headers: { 'content-disposition': 'attachment; filename="okonomi-T5.xlsx"' },
    });
    await done;
    expect(created.calls).toBe(1);
  });
});

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
