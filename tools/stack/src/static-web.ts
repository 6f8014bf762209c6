import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
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

export interface StaticWeb {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built web app (dist/apps/web/browser) like the production nginx does: files as they are,
 * `/config.json` from the given settings, and index.html for every other path (client-side routes).
 */
export function serveWebApp(options: { dir: string; port: number; config: WebConfig }): Promise<StaticWeb> {
  const root = normalize(options.dir);
  const configBody = JSON.stringify(options.config);
  const server: Server = createServer((req, res) => {
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
    void sendFile(inside ? file : join(root, 'index.html'), join(root, 'index.html'), res);
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

async function sendFile(
  file: string,
  fallback: string,
  res: import('node:http').ServerResponse,
): Promise<void> {
  let target = file;
  try {
    const info = await stat(target);
    if (!info.isFile()) target = fallback;
  } catch {
    target = fallback;
  }
  const isIndex = target === fallback;
  res.writeHead(200, {
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-cache' : 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}
