import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * How the web app's files travel (ADR 0014): the same rules for the development server (static-web.ts) and the
 * production image (docker/web.Dockerfile runs `precompressWebApp` on the build, nginx serves the `.gz` files).
 */

/** Content-hashed build output (`main-ABCD1234.js`, `media/inter-latin-400-normal-AB12CD34.woff2`). */
const HASHED = /-[0-9A-Za-z]{8,}\.(?:js|mjs|css|woff2?|ttf|otf|svg|png|jpe?g|gif|webp|avif|ico)$/;

/** Text worth compressing; fonts and pictures are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.xml']);

/** Below this a compressed copy gains nothing worth a header. */
const MIN_COMPRESS_BYTES = 1024;

export type ContentEncoding = 'br' | 'gzip';

/**
 * `Cache-Control` for a file of the build: a hashed file never changes under its name (a year, immutable); all
 * else, index.html and config.json included, is revalidated on every use.
 */
export function cacheControlFor(path: string): string {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path).toLowerCase());
}

/**
 * The encoding to answer an `Accept-Encoding` header with: brotli before gzip, and neither when the client gives
 * it `q=0` or does not name it (`*` counts).
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params
      .map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1])
      .find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string): number => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The body compressed with the given encoding: at the strongest setting for a file compressed once and reused, at a
 * quick one (`fast`) for a body made per response.
 */
export async function compressBody(body: Buffer, encoding: ContentEncoding, fast = false): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzipAsync(body, { level: fast ? 6 : constants.Z_BEST_COMPRESSION });
}

export function worthCompressing(size: number): boolean {
  return size >= MIN_COMPRESS_BYTES;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of the build (index.html and config.json
 * excepted: nginx rewrites the first per response and renders the second at start). Returns how many files it
 * compressed.
 */
export async function precompressWebApp(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!isCompressible(file) || entry.name === 'index.html' || entry.name === 'config.json') continue;
    const body = await readFile(file);
    if (!worthCompressing(body.length)) continue;
    await writeFile(`${file}.gz`, await compressBody(body, 'gzip'));
    await writeFile(`${file}.br`, await compressBody(body, 'br'));
    count++;
  }
  return count;
}
