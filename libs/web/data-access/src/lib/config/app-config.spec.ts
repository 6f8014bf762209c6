import { describe, expect, it, jest } from '@jest/globals';

import { CONFIG_PATH, loadAppConfig, parseAppConfig } from './app-config';

const good = {
  apiUrl: 'http://localhost:3000/graphql',
  auth: { url: 'http://localhost:8080', realm: 'samarbeid', clientId: 'samarbeid-web' },
};

function response(status: number, body: string): Response {
  return { ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) } as Response;
}

describe('parseAppConfig', () => {
  it('accepts the development configuration', () => {
    expect(parseAppConfig(good)).toEqual({ ok: true, config: good });
  });

  it('accepts https URLs, trims values and drops a trailing slash', () => {
    const result = parseAppConfig({
      apiUrl: 'https://api.example.no/graphql/',
      auth: { url: 'https://login.example.no/', realm: ' samarbeid ', clientId: 'samarbeid-web' },
      extra: 'ignored',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        apiUrl: 'https://api.example.no/graphql',
        auth: { url: 'https://login.example.no', realm: 'samarbeid', clientId: 'samarbeid-web' },
      },
    });
  });

  it('resolves an apiUrl path against the page origin (API behind the same reverse proxy)', () => {
    const result = parseAppConfig({ ...good, apiUrl: '/graphql' }, 'https://samarbeid.example.no');
    expect(result).toEqual({ ok: true, config: { ...good, apiUrl: 'https://samarbeid.example.no/graphql' } });
  });

  it.each([null, 'text', 42, [good]])('rejects %p: not a JSON object', (value) => {
    expect(parseAppConfig(value)).toEqual({ ok: false, problems: ['The file must contain a JSON object.'] });
  });

  it('names every missing or malformed field', () => {
    const result = parseAppConfig({
      apiUrl: 'ftp://example.no',
      auth: { url: 'not a url', realm: '', clientId: 7 },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringContaining('"apiUrl"'),
      expect.stringContaining('"auth.url"'),
      expect.stringContaining('"auth.realm"'),
      expect.stringContaining('"auth.clientId"'),
    ]);
  });

  it('rejects a missing auth section and a relative apiUrl without an origin', () => {
    const result = parseAppConfig({ apiUrl: '/graphql' });
    expect(!result.ok && result.problems).toEqual([
      expect.stringContaining('"apiUrl"'),
      expect.stringContaining('"auth" must be an object'),
    ]);
  });
});

describe('loadAppConfig', () => {
  it('fetches /config.json without caching and validates it', async () => {
    const fetchFn = jest.fn<typeof fetch>().mockResolvedValue(response(200, JSON.stringify(good)));
    await expect(loadAppConfig(fetchFn, 'http://localhost:4200')).resolves.toEqual({
      ok: true,
      config: good,
    });
    expect(fetchFn).toHaveBeenCalledWith(CONFIG_PATH, expect.objectContaining({ cache: 'no-store' }));
  });

  it('reports a missing file', async () => {
    const fetchFn = jest.fn<typeof fetch>().mockResolvedValue(response(404, 'Not found'));
    await expect(loadAppConfig(fetchFn)).resolves.toEqual({
      ok: false,
      problems: ['/config.json could not be fetched (HTTP 404).'],
    });
  });

  it('reports a file that is not JSON (e.g. an index.html fallback)', async () => {
    const fetchFn = jest.fn<typeof fetch>().mockResolvedValue(response(200, '<!doctype html>'));
    await expect(loadAppConfig(fetchFn)).resolves.toEqual({
      ok: false,
      problems: ['/config.json is not valid JSON.'],
    });
  });

  it('reports a network failure instead of throwing', async () => {
    const fetchFn = jest.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(loadAppConfig(fetchFn)).resolves.toEqual({
      ok: false,
      problems: ['/config.json could not be fetched (Failed to fetch).'],
    });
  });
});
