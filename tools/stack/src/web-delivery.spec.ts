import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { describe, expect, it } from '@jest/globals';

import { cacheControlFor, chooseEncoding, precompressWebApp } from './web-delivery';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', null],
    ['', null],
    [undefined, null],
    ['gzip;q=0, br;q=0', null],
  ])('answers %p with %p', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['main-4DFKX3QZ.js', 'public, max-age=31536000, immutable'],
    ['media/inter-latin-400-normal-AB12CD34.woff2', 'public, max-age=31536000, immutable'],
    ['styles-ZXCV1234.css', 'public, max-age=31536000, immutable'],
    ['index.html', 'no-cache'],
    ['config.json', 'no-cache'],
    ['favicon.svg', 'no-cache'],
    ['robots.txt', 'no-cache'],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('precompressWebApp', () => {
  it('writes .gz and .br beside compressible files of a size worth it, never for index.html', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    try {
      const script = `export const a = ${JSON.stringify('æøå '.repeat(1000))};`;
      await writeFile(join(dir, 'main-AB12CD34.js'), script);
      await writeFile(join(dir, 'index.html'), `<html>${'x'.repeat(5000)}</html>`);
      await writeFile(join(dir, 'tiny-AB12CD34.css'), 'a{}');
      await writeFile(join(dir, 'font-AB12CD34.woff2'), Buffer.alloc(5000));
      expect(await precompressWebApp(dir)).toBe(1);
      expect((await readdir(dir)).sort()).toEqual([
        'font-AB12CD34.woff2',
        'index.html',
        'main-AB12CD34.js',
        'main-AB12CD34.js.br',
        'main-AB12CD34.js.gz',
        'tiny-AB12CD34.css',
      ]);
      expect(gunzipSync(await readFile(join(dir, 'main-AB12CD34.js.gz'))).toString()).toBe(script);
      expect(brotliDecompressSync(await readFile(join(dir, 'main-AB12CD34.js.br'))).toString()).toBe(script);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
