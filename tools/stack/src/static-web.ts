import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, IncomingMessage, request as httpRequest, Server, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

import {
  cacheControlFor,
  chooseEncoding,
  compressBody,
  ContentEncoding,
  isCompressible,
  worthCompressing,
} from './web-delivery';

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
 * API and the issuer; frames only for keycloak-js' silent check-sso (a hidden frame that goes to the issuer and
 * comes back to /silent-check-sso.html, ADR 0014), never of the app itself; forms (keycloak-js' POST logout) only to
 * the app and the issuer.
 */
export function webContentSecurityPolicy(options: {
  readonly apiUrl: string;
  readonly issuerUrl: string;
  readonly nonce: string;
}): string {
  const api = originOf(options.apiUrl);
  // Live updates open a WebSocket to the API (decisions/0013); an http(s) source does not match ws(s) in CSP.
  const apiSocket = api ? api.replace(/^http/, 'ws') : null;
  const issuer = originOf(options.issuerUrl);
  const sources = (...values: (string | null)[]): string => values.filter((value) => value).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${options.nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${sources("'self'", api, apiSocket, issuer)}`,
    `frame-src ${sources("'self'", issuer)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    `form-action ${sources("'self'", issuer)}`,
  ].join('; ');
}

/** Where keycloak-js' hidden frame comes back to with the issuer's answer (apps/web/public). */
export const SILENT_CHECK_SSO_PATH = '/silent-check-sso.html';

/**
 * The policy of the silent check-sso page (the same in nginx.conf): its one script from the app, framed only by
 * the app itself, nothing else.
 */
export const SILENT_CHECK_SSO_CSP =
  "default-src 'none'; script-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** The request's path without its query, decoded; null when it is not valid percent-encoding (`/%E0%A4%A`). */
function decodedPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent((url ?? '/').split('?')[0] ?? '/');
  } catch {
    return null;
  }
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
 * with the Content-Security-Policy above and a fresh nonce (written into index.html too). Text is sent brotli- or
 * gzip-compressed when the browser accepts it, hashed files are cached for a year (web-delivery.ts).
 */
export function serveWebApp(options: {
  dir: string;
  port: number;
  config: WebConfig;
  /** The API's origin: the public site (`/offentlig/…`) is passed through to it, as nginx does in production. */
  publicSiteOrigin?: string;
}): Promise<StaticWeb> {
  const root = normalize(options.dir);
  const configBody = JSON.stringify(options.config);
  const files = new FileCache();
  const server: Server = createServer((req, res) => {
    const nonce = randomBytes(16).toString('base64');
    const path = decodedPath(req.url);
    if (path === null) {
      res.writeHead(400).end();
      return;
    }
    if (options.publicSiteOrigin && isPublicSitePath(req.url)) {
      proxyTo(options.publicSiteOrigin, req, res);
      return;
    }
    res.setHeader(
      'content-security-policy',
      path === SILENT_CHECK_SSO_PATH
        ? SILENT_CHECK_SSO_CSP
        : webContentSecurityPolicy({
            apiUrl: options.config.apiUrl,
            issuerUrl: options.config.auth.url,
            nonce,
          }),
    );
    res.setHeader('x-content-type-options', 'nosniff');
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
    void sendFile(
      inside ? file : join(root, 'index.html'),
      join(root, 'index.html'),
      nonce,
      req,
      res,
      files,
    ).catch(() => res.destroy());
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

/** The public steering site (decisions/0017), served by the API without sign-in: `/offentlig` and below. */
export const PUBLIC_SITE_PREFIX = '/offentlig';

function isPublicSitePath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path === PUBLIC_SITE_PREFIX || path.startsWith(`${PUBLIC_SITE_PREFIX}/`);
}

/** Passes the request through to the API as it is (method, headers, body) and its answer back (its own CSP). */
function proxyTo(origin: string, req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', origin);
  const upstream = httpRequest(
    target,
    {
      method: req.method,
      headers: { ...req.headers, host: target.host, 'x-forwarded-host': req.headers.host ?? '' },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('API unavailable');
  });
  req.pipe(upstream);
}

/** A file's bytes and its compressed forms, kept while its modification time stays the same. */
class FileCache {
  private readonly entries = new Map<
    string,
    { mtimeMs: number; encoded: Map<ContentEncoding, Promise<Buffer>> }
  >();

  compressed(
    file: string,
    mtimeMs: number,
    encoding: ContentEncoding,
    body: () => Promise<Buffer>,
  ): Promise<Buffer> {
    let entry = this.entries.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, encoded: new Map() };
      this.entries.set(file, entry);
    }
    let encoded = entry.encoded.get(encoding);
    if (!encoded) {
      encoded = body().then((bytes) => compressBody(bytes, encoding));
      entry.encoded.set(encoding, encoded);
    }
    return encoded;
  }
}

async function sendFile(
  file: string,
  fallback: string,
  nonce: string,
  req: IncomingMessage,
  res: ServerResponse,
  files: FileCache,
): Promise<void> {
  let target = file;
  let info = await stat(target).catch(() => null);
  if (!info?.isFile()) {
    target = fallback;
    info = null;
  }
  const isIndex = target === fallback;
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  const encoding = isCompressible(target) ? chooseEncoding(req.headers['accept-encoding']) : null;
  if (isIndex) {
    // No validators (ETag, Last-Modified): a 304 would pair the cached page's nonce with a new header's.
    const html = await readFile(target, 'utf8').catch(() => null);
    if (html === null) {
      res.writeHead(404).end();
      return;
    }
    const page = Buffer.from(html.replace(NONCE_PLACEHOLDER, `ngCspNonce="${nonce}"`));
    // A new nonce each time: compressed per response, at a quick setting.
    const compressed =
      encoding && worthCompressing(page.length) ? await compressBody(page, encoding, true) : null;
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(compressed && encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : (compressed ?? page));
    return;
  }
  const mtimeMs = info?.mtimeMs ?? 0;
  const size = info?.size ?? 0;
  const body =
    encoding && worthCompressing(size)
      ? await files.compressed(target, mtimeMs, encoding, () => readFile(target))
      : await readFile(target);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': cacheControlFor(target),
    'content-length': body.length,
    ...(isCompressible(target) ? { vary: 'Accept-Encoding' } : {}),
    ...(encoding && worthCompressing(size) ? { 'content-encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
