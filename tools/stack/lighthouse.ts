/**
 * `npm run lighthouse`: Lighthouse (navigation mode, Debian's Chromium) on the main pages of the production build,
 * signed in as the secretariat, with the mobile and the desktop profile, each run with a cold cache (Lighthouse
 * clears the HTTP cache and the origin's caches before it loads the page; the identity provider's session cookie
 * stays, as it would for a user who signed in yesterday). Prints the scores and the largest contentful paint, and
 * the initial JavaScript of the build, gzipped.
 *
 * Builds and starts the whole platform on free ports with a throw-away embedded PostgreSQL and the development
 * identity provider (as `npm run e2e` does). `LIGHTHOUSE_PAGES=/tiltak,/okonomi` picks the pages; `--public` audits the
 * public steering site instead (decisions/0017: its overview and measure list, served through the web server as in
 * production, by a reader who has not signed in); `--json <file>`
 * also writes the figures as JSON, `--reports <dir>` each page's full report. The figures depend on the machine's
 * load: run it on an idle machine.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

import { DEMO_PASSWORD, startThrowAwayStack, workspaceRoot } from './src';

const root = workspaceRoot(__dirname);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** `--public`: the public site's pages, read without signing in. */
const PUBLIC = process.argv.includes('--public');
const PUBLIC_PAGES = '/offentlig/kongsbergregionen,/offentlig/kongsbergregionen/tiltak';
const PAGES = (process.env['LIGHTHOUSE_PAGES'] ?? (PUBLIC ? PUBLIC_PAGES : '/,/tiltak,/okonomi'))
  .split(',')
  .map((page) => page.trim());
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** `--reports <dir>`: also keep each page's full Lighthouse report (JSON) there, to see what an audit found. */
const REPORTS_DIR = process.argv.includes('--reports')
  ? process.argv[process.argv.indexOf('--reports') + 1]
  : undefined;

const run = promisify(execFile);

/** The parts of Lighthouse's result (its JSON output) read here. */
interface LighthouseResult {
  readonly categories: Record<string, { readonly score: number | null } | undefined>;
  readonly audits: Record<string, { readonly numericValue?: number } | undefined>;
  readonly finalDisplayedUrl: string;
}

interface Row {
  page: string;
  profile: 'mobil' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpSeconds: number;
  fcpSeconds: number;
  /** Total blocking time, ms. */
  tbtMs: number;
  cls: number;
  finalUrl: string;
}

function say(line: string): void {
  console.log(`[lighthouse] ${line}`);
}

/** The initial JavaScript of the build: the scripts index.html loads (modulepreload and script tags), gzipped. */
async function initialJavaScriptGzipKb(browserDir: string): Promise<number> {
  const html = await readFile(join(browserDir, 'index.html'), 'utf8');
  const files = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1] ?? '').filter((file) => file),
  );
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(browserDir, file)), { level: 9 }).length;
  return Math.round(bytes / 102.4) / 10;
}

async function signIn(port: number, webUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no browser context to sign in with');
  const page = await context.newPage();
  await page.goto(webUrl);
  await page.getByLabel('Brukernavn').fill('sekretariat');
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  // Back in the app with a page heading (the log-out button may sit in the phone menu at Chromium's default size).
  await page.waitForURL((url) => url.origin === new URL(webUrl).origin, { timeout: 60_000 });
  await page.locator('main h1').first().waitFor({ timeout: 60_000 });
  await page.close();
}

/**
 * One Lighthouse run through its command line in a plain `node` process: Lighthouse sends some of its functions to
 * the page as source text, and under tsx (which runs this script) they would carry helpers the page does not have.
 */
async function audit(port: number, url: string, profile: Row['profile']): Promise<Row> {
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    `--port=${port}`,
    '--output=json',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    ...(profile === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const lhr = JSON.parse(stdout) as LighthouseResult;
  if (REPORTS_DIR) {
    const name = `${profile}-${new URL(url).pathname.replace(/\W+/g, '_') || '_'}.json`;
    await writeFile(join(REPORTS_DIR, name), stdout);
  }
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    page: new URL(url).pathname,
    profile,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpSeconds: Math.round((lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 100) / 10,
    fcpSeconds: Math.round((lhr.audits['first-contentful-paint']?.numericValue ?? 0) / 100) / 10,
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

async function main(): Promise<void> {
  const jsonAt = process.argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
  const tempDir = await mkdtemp(join(tmpdir(), 'samarbeid-lighthouse-'));
  const stack = await startThrowAwayStack(root, tempDir, { say, onServiceLine: () => undefined });
  // chrome-launcher writes its pid file into the profile before Chromium creates it.
  const profile = join(tempDir, 'profile');
  await mkdir(profile, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    userDataDir: profile,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: Row[] = [];
  try {
    if (!PUBLIC) await signIn(chrome.port, stack.webUrl);
    for (const page of PAGES) {
      for (const profile of ['mobil', 'desktop'] as const) {
        const url = new URL(page, stack.webUrl).toString();
        say(`${profile.padEnd(7)} ${page} …`);
        rows.push(await audit(chrome.port, url, profile));
      }
    }
  } finally {
    chrome.kill();
    await stack.stop();
  }
  const browserDir = join(root, 'dist/apps/web/browser');
  const initialKb = await initialJavaScriptGzipKb(browserDir);
  const lines = [
    '',
    '| Side / page | Profil | Ytelse | Tilgjengelighet | Beste praksis | LCP | FCP | TBT | CLS |',
    '| ----------- | ------ | -----: | --------------: | ------------: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.profile} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ` +
        `${row.lcpSeconds.toFixed(1)} s | ${row.fcpSeconds.toFixed(1)} s | ${row.tbtMs} ms | ${row.cls} |`,
    ),
    '',
    `Initial JavaScript (index.html's scripts, gzip -9): ${initialKb} kB`,
  ];
  const wrong = rows.filter((row) => new URL(row.finalUrl).pathname !== row.page);
  for (const row of wrong)
    lines.push(`ADVARSEL / warning: ${row.page} ended at ${row.finalUrl} (not signed in?)`);
  console.log(lines.join('\n'));
  if (jsonFile)
    await writeFile(jsonFile, JSON.stringify({ rows, initialJavaScriptGzipKb: initialKb }, null, 2));
  await rm(tempDir, { recursive: true, force: true });
  if (wrong.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`[lighthouse] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
