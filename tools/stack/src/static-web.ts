import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface WebConfig {
  readonly apiUrl: string;
  readonly auth: { readonly url: string; readonly realm: string; readonly clientId: string };
}

/** Where the placeholder nonce sits in index.html (apps/web/src/index.html), replaced on every response. */
const NONCE_PLACEHOLDER = /ngCspNonce="CSP_NONCE"/i;

/**
 * The web app's Content-Security-Policy, the same as docker/web/nginx.conf sends (docker/test checks that they
 * agree): only the app's own scripts (the build inlines none: `inlineCritical` is off); styles from the app and,
 * for the component styles Angular inserts, the response's nonce (no 'unsafe-inline'; the app sets no inline style
 * attributes, only CSSOM properties, which CSP does not govern); API calls and keycloak-js' token requests to the
 * API and the issuer; no frames (keycloak-js runs without its login-status iframe and silent check-sso); forms
 * (keycloak-js' POST logout) only to the app and the issuer.
 */
export function webContentSecurityPolicy(options: {
  readonly apiUrl: string;
  readonly issuerUrl: string;
  readonly nonce: string;
}): string {
  const api = originOf(options.apiUrl);
  const issuer = originOf(options.issuerUrl);
  const sources = (...values: (string | null)[]): string => values.filter((value) => value).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${options.nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${sources("'self'", api, issuer)}`,
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    `form-action ${sources("'self'", issuer)}`,
  ].join('; ');
}

/** The origin of an absolute http(s) URL; null for a path on the app's own origin (covered by 'self'). */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export interface StaticWeb {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built web app (dist/apps/web/browser) like the production nginx does: files as they are,
 * `/config.json` from the given settings, and index.html for every other path (client-side routes), each response
 * with the Content-Security-Policy above and a fresh nonce (written into index.html too).
 */
export function serveWebApp(options: { dir: string; port: number; config: WebConfig }): Promise<StaticWeb> {
  const root = normalize(options.dir);
  const configBody = JSON.stringify(options.config);
  const server: Server = createServer((req, res) => {
    const nonce = randomBytes(16).toString('base64');
    res.setHeader(
      'content-security-policy',
      webContentSecurityPolicy({ apiUrl: options.config.apiUrl, issuerUrl: options.config.auth.url, nonce }),
    );
    res.setHeader('x-content-type-options', 'nosniff');
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(configBody);
      return;
    }
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root + sep);
    void sendFile(inside ? file : join(root, 'index.html'), join(root, 'index.html'), nonce, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      resolve({
        url: `http://localhost:${options.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function sendFile(file: string, fallback: string, nonce: string, res: ServerResponse): Promise<void> {
  let target = file;
  try {
    const info = await stat(target);
    if (!info.isFile()) target = fallback;
  } catch {
    target = fallback;
  }
  const isIndex = target === fallback;
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  if (isIndex) {
    // No validators (ETag, Last-Modified): a 304 would pair the cached page's nonce with a new header's.
    const html = await readFile(target, 'utf8').catch(() => null);
    if (html === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(html.replace(NONCE_PLACEHOLDER, `ngCspNonce="${nonce}"`));
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}
