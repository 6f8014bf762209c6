import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { freePort } from './ports';
import { serveWebApp, StaticWeb } from './static-web';

describe('serveWebApp', () => {
  let dir: string;
  let web: StaticWeb;
  const config = {
    apiUrl: 'http://localhost:3000/graphql',
    auth: { url: 'http://x', realm: 'r', clientId: 'c' },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-web-'));
    await mkdir(join(dir, 'browser'));
    await writeFile(join(dir, 'browser/index.html'), '<html>app</html>');
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

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(web.url, { method: 'POST' })).status).toBe(405);
  });
});
