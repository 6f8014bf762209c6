import { describe, expect, it } from '@jest/globals';
import { PostgresRateLimitStorage } from '@samarbeid/api/data-access';
import { API_CONTENT_SECURITY_POLICY } from '@samarbeid/api/platform';
import { passwordGrantToken } from '@samarbeid/tools/stack';

import { testIssuerUrl, useTestApp } from './support/test-app';

const ME = '{ me { id } }';
const RATE_LIMITED = /^For mange forespørsler\. Vent (\d+) sekunder? og prøv igjen\.$/;

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; messageEn?: string; retryAfter?: number } }[];
    code?: string;
    message?: string;
    messageEn?: string;
  };
}

describe('security headers', () => {
  const api = useTestApp();

  it.each([
    ['GET /health', () => fetch(`${api.url}/health`)],
    [
      'POST /graphql',
      () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: ME }),
        }),
    ],
    ['GET of an unknown path', () => fetch(`${api.url}/nothing-here`)],
  ])('sends helmet’s headers and a strict CSP on %s, and no X-Powered-By', async (_case, request) => {
    const response = await request();
    expect(response.headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no HSTS over plain HTTP, and believes no X-Forwarded-Proto without TRUST_PROXY', async () => {
    expect((await fetch(`${api.url}/health`)).headers.get('strict-transport-security')).toBeNull();
    const spoofed = await fetch(`${api.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('compressed responses', () => {
  const api = useTestApp();
  const LIST = '{ measures(regionSlug: "kongsbergregionen", first: 50) { nodes { id code title status } } }';

  async function post(token: string, acceptEncoding: string): Promise<Response> {
    return fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': acceptEncoding,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: LIST }),
    });
  }

  it('answers a GraphQL list with brotli when accepted, gzip otherwise, and the same data either way', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'sekretariat');
    const plain = await post(token, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);

    const br = await post(token, 'gzip, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await br.text()).toBe(text);

    const gzip = await post(token, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(text);
  });

  it('leaves a small answer uncompressed', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
  });
});

describe('rate limits (5 a minute per address, 3 per user)', () => {
  const api = useTestApp({
    RATE_LIMIT_ADDRESS_PER_MINUTE: '5',
    RATE_LIMIT_USER_PER_MINUTE: '3',
    TRUST_PROXY: 'loopback',
  });
  let nextAddress = 1;
  /** A fresh client address each time: the API trusts the loopback proxy's X-Forwarded-For in this suite. */
  const freshAddress = (): string => `203.0.113.${nextAddress++}`;

  async function call(
    path: string,
    options: { address: string; token?: string; query?: string; method?: string },
  ): Promise<Answer> {
    const graphql = path === '/graphql';
    const response = await fetch(`${api.url}${path}`, {
      method: graphql ? 'POST' : 'GET',
      headers: {
        'x-forwarded-for': options.address,
        ...(graphql ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      ...(graphql ? { body: JSON.stringify({ query: options.query ?? ME }) } : {}),
    });
    const text = await response.text();
    const json: unknown = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {};
    return { status: response.status, headers: response.headers, body: json as Answer['body'] };
  }

  function expectRateLimitedGraphQL(answer: Answer): void {
    expect(answer.status).toBe(429);
    const retryAfter = Number(answer.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.message).toMatch(RATE_LIMITED);
    expect(Number(RATE_LIMITED.exec(error?.message ?? '')?.[1])).toBe(retryAfter);
    expect(error?.extensions?.messageEn).toMatch(/^Too many requests\. Wait \d+ seconds? and try again\.$/);
    expect(error?.extensions).not.toHaveProperty('http');
  }

  it('counts every request per address, refused ones too, and answers the sixth with 429 and a sentence', async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      const answer = await call('/graphql', { address });
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await call('/graphql', { address });
    expectRateLimitedGraphQL(refused);
    expect(refused.headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);

    // Another address is not affected.
    expect((await call('/graphql', { address: freshAddress() })).status).toBe(200);
  });

  it('counts in one place: of 12 parallel requests from one address exactly 5 get through', async () => {
    const address = freshAddress();
    const answers = await Promise.all(Array.from({ length: 12 }, () => call('/graphql', { address })));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(7);
  });

  it('limits a signed-in user across addresses, separately from the address limit', async () => {
    const flesberg = await passwordGrantToken(testIssuerUrl(), 'direktor.flesberg');
    for (let i = 0; i < 3; i++) {
      const answer = await call('/graphql', { address: freshAddress(), token: flesberg });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    // The fourth request of the user is refused from an address that has sent nothing yet …
    const sharedAddress = freshAddress();
    expectRateLimitedGraphQL(await call('/graphql', { address: sharedAddress, token: flesberg }));
    // … while another user from that same address gets through.
    const sekretariat = await passwordGrantToken(testIssuerUrl(), 'sekretariat');
    const other = await call('/graphql', { address: sharedAddress, token: sekretariat });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it('counts a GraphQL request once, however many fields it asks, and refuses all of them when over', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'direktor.rollag');
    const address = freshAddress();
    const query = '{ me { id } regions(first: 1) { totalCount } }';
    for (let i = 0; i < 3; i++) {
      const answer = await call('/graphql', { address, token, query });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    const refused = await call('/graphql', { address, token, query });
    expectRateLimitedGraphQL(refused);
    // No field is answered (both are non-null, so GraphQL reports the first refusal and nulls the data).
    expect(refused.body.data).toBeNull();
    expect(new Set(refused.body.errors?.map((error) => error.extensions?.code))).toEqual(
      new Set(['RATE_LIMITED']),
    );
  });

  it('limits the file downloads (REST) too, with the same sentence as JSON', async () => {
    const address = freshAddress();
    const path = '/exports/regions/kongsbergregionen/municipalities/3303/economics.xlsx';
    for (let i = 0; i < 5; i++) expect((await call(path, { address })).status).toBe(401);
    const refused = await call(path, { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({
      code: 'RATE_LIMITED',
      messageEn: expect.stringMatching(/^Too many/),
    });
    expect(refused.body.message).toMatch(RATE_LIMITED);
  });

  it('never limits the health checks', async () => {
    const address = freshAddress();
    for (let i = 0; i < 20; i++) {
      expect((await call('/health', { address })).status).toBe(200);
    }
    // … and they do not use up the address's allowance.
    expect((await call('/graphql', { address })).status).toBe(200);
  });

  it('sends HSTS only when a trusted proxy says the request came over TLS', async () => {
    const plain = await fetch(`${api.url}/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const tls = await fetch(`${api.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('stores no address or user id, and starts a new window when one ends', async () => {
    const keys: { key: string }[] = await api.dataSource.query('SELECT key FROM rate_limit_counter');
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);

    const storage = new PostgresRateLimitStorage(api.dataSource);
    const key = 'a'.repeat(64);
    expect(await storage.increment(key, 1000, 2)).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await storage.increment(key, 1000, 2)).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await storage.increment(key, 1000, 2)).toMatchObject({
      totalHits: 3,
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await storage.increment(key, 1000, 2)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
