/**
 * `node --import tsx tools/stack/precompress.ts <dir>`: writes `.gz` and `.br` copies of the web build's text files
 * (docker/web.Dockerfile runs it; nginx serves the `.gz` with gzip_static). See ADR 0014.
 */
import { resolve } from 'node:path';

import { precompressWebApp } from './src';

const dir = process.argv[2];
if (!dir) {
  console.error('Bruk / usage: precompress.ts <mappe med web-bygget / web build folder>');
  process.exit(2);
}
precompressWebApp(resolve(dir)).then(
  (count) => console.log(`Komprimerte / compressed ${count} filer / files in ${dir}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
