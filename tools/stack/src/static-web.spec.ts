import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { freePort } from './ports';
import { serveWebApp, StaticWeb, webContentSecurityPolicy } from './static-web';

/** A GET with the given request headers, the body as it came over the wire (fetch would decompress it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const BIG_SCRIPT = `console.log(${JSON.stringify('Samarbeid '.repeat(500))});`;

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('serveWebApp', () => {
  let dir: string;
  let web: StaticWeb;
  const config = {
    apiUrl: 'http://localhost:3000/graphql',
    auth: { url: 'http://localhost:8080', realm: 'samarbeid', clientId: 'samarbeid-web' },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-web-'));
    await mkdir(join(dir, 'browser'));
    await writeFile(join(dir, 'browser/index.html'), '<html>app</html>');
    await mkdir(join(dir, 'nonce/browser'), { recursive: true });
    await writeFile(join(dir, 'nonce/browser/index.html'), '<sb-root ngcspnonce="CSP_NONCE"></sb-root>');
    await writeFile(join(dir, 'browser/main.js'), 'console.log(1)');
    await writeFile(join(dir, 'browser/chunk-AB12CD34.js'), BIG_SCRIPT);
    await writeFile(join(dir, 'browser/robots.txt'), 'User-agent: *\nDisallow: /\n');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    web = await serveWebApp({ dir: join(dir, 'browser'), port: await freePort(), config });
  });
  afterAll(async () => {
    await web.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves files with their content type', async () => {
    const response = await fetch(`${web.url}main.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves the given settings as /config.json, never cached', async () => {
    const response = await fetch(`${web.url}config.json`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(config);
  });

  it('answers client-side routes with index.html', async () => {
    expect(await (await fetch(`${web.url}kommuner`)).text()).toBe('<html>app</html>');
  });

  it('never serves files outside the folder', async () => {
    expect(await (await fetch(`${web.url}..%2fsecret.txt`)).text()).toBe('<html>app</html>');
  });

  it('sends the CSP on every response: own scripts only, the API and issuer for connections, frames only of the issuer', async () => {
    for (const path of ['', 'main.js', 'config.json', 'kommuner']) {
      const csp = directives((await fetch(`${web.url}${path}`)).headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')?.[0]).toBe("'self'");
      expect(csp.get('style-src')?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
      expect(csp.get('font-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual([
        "'self'",
        'http://localhost:3000',
        'ws://localhost:3000',
        'http://localhost:8080',
      ]);
      expect(csp.get('frame-src')).toEqual(["'self'", 'http://localhost:8080']);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'self'", 'http://localhost:8080']);
      expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
      expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    }
  });

  it('writes a fresh nonce into index.html, the same as its header’s', async () => {
    const other = await serveWebApp({ dir: join(dir, 'nonce/browser'), port: await freePort(), config });
    try {
      const nonces = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${other.url}kommuner`);
        const nonce =
          /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
        expect(await response.text()).toBe(`<sb-root ngCspNonce="${nonce}"></sb-root>`);
        expect(response.headers.get('etag')).toBeNull();
        expect(response.headers.get('last-modified')).toBeNull();
        nonces.add(nonce);
      }
      expect(nonces.size).toBe(3);
    } finally {
      await other.close();
    }
  });

  it('adds no origin for an API on the app’s own origin (a path)', () => {
    const csp = directives(
      webContentSecurityPolicy({
        apiUrl: '/graphql',
        issuerUrl: 'https://login.example.no/auth',
        nonce: 'n',
      }),
    );
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://login.example.no']);
    expect(csp.get('form-action')).toEqual(["'self'", 'https://login.example.no']);
  });

  it('caches content-hashed files for a year and revalidates the rest', async () => {
    expect((await fetch(`${web.url}chunk-AB12CD34.js`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await fetch(`${web.url}main.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${web.url}kommuner`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends brotli when accepted, else gzip, else the bytes as they are', async () => {
    const url = `${web.url}chunk-AB12CD34.js`;
    const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT);

    const gz = await rawGet(url, { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT);

    const plain = await rawGet(url, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
  });

  it('leaves small files uncompressed', async () => {
    const small = await rawGet(`${web.url}main.js`, { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('console.log(1)');
  });

  it('serves robots.txt as text, not the app', async () => {
    const response = await fetch(`${web.url}robots.txt`);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain('Disallow: /');
  });

  it('lets only the app frame the silent check-sso page, which may run its own script and nothing else', async () => {
    const csp = directives(
      (await fetch(`${web.url}silent-check-sso.html`)).headers.get('content-security-policy'),
    );
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toBeUndefined();
  });

  it('answers a path that is not valid percent-encoding with 400 and keeps running', async () => {
    expect((await fetch(`${web.url}%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${web.url}main.js`)).status).toBe(200);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(web.url, { method: 'POST' })).status).toBe(405);
  });
});
