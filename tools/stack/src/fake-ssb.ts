import { readdir, readFile } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';

const FIXTURES = 'libs/api/region/src/lib/ssb/fixtures';
/** Recorded KOSTRA tables, one file per table id (`12134.json`). */
const KOSTRA_FIXTURES = 'libs/api/indicators/src/lib/kostra/fixtures';

export interface FakeSsb {
  /** Base URLs to give the API as SSB_PXWEB_URL and SSB_KLASS_URL. */
  readonly pxwebUrl: string;
  readonly klassUrl: string;
  /** Every path asked for, decoded. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for Statistics Norway on loopback, answering with the recorded responses the API's parsers are tested
 * on: table 07459 from PxWebApi v2, KLASS 131 `codesAt` and the KOSTRA tables of the indicators' catalogue.
 * `garbage` answers with JSON that is neither; the tables in `failTables` answer HTTP 503.
 * Tests and the e2e stack use it; nothing here talks to the real SSB.
 */
export async function startFakeSsb(
  root: string,
  mode: 'ok' | 'garbage' = 'ok',
  options: { readonly failTables?: readonly string[] } = {},
): Promise<FakeSsb> {
  const [population, klass] = await Promise.all([
    readFile(join(root, FIXTURES, '07459-population.json'), 'utf8'),
    readFile(join(root, FIXTURES, 'klass-131-codesAt.json'), 'utf8'),
  ]);
  const kostra = new Map<string, string>();
  for (const name of (await readdir(join(root, KOSTRA_FIXTURES))).filter((file) => file.endsWith('.json'))) {
    kostra.set(name.replace(/\.json$/, ''), await readFile(join(root, KOSTRA_FIXTURES, name), 'utf8'));
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '');
    requests.push(path);
    const table = /^\/pxwebapi\/v2\/tables\/(\w+)\/data/.exec(path)?.[1];
    if (table && options.failTables?.includes(table)) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
      return;
    }
    const body =
      mode === 'garbage'
        ? '{"error":"ikke json-stat"}'
        : path.startsWith('/pxwebapi/v2/tables/07459/data')
          ? population
          : path.startsWith('/klass/v1/classifications/131/codesAt')
            ? klass
            : table
              ? (kostra.get(table) ?? null)
              : null;
    if (body === null) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  return {
    pxwebUrl: `${base}/pxwebapi/v2`,
    klassUrl: `${base}/klass/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
