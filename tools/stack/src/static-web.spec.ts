import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { freePort } from './ports';
import { serveWebApp, StaticWeb, webContentSecurityPolicy } from './static-web';

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

  it('sends the CSP on every response: own scripts only, the API and issuer for connections, no frames', async () => {
    for (const path of ['', 'main.js', 'config.json', 'kommuner']) {
      const csp = directives((await fetch(`${web.url}${path}`)).headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')?.[0]).toBe("'self'");
      expect(csp.get('style-src')?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
      expect(csp.get('font-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", 'http://localhost:3000', 'http://localhost:8080']);
      expect(csp.get('frame-src')).toEqual(["'none'"]);
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

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(web.url, { method: 'POST' })).status).toBe(405);
  });
});
