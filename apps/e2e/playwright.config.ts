import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser). The stack is started by
 * tools/stack/e2e.ts, which passes the web app's address in E2E_BASE_URL (and the API's and the identity
 * provider's in E2E_API_URL and E2E_ISSUER_URL, for the journeys' own data), and in E2E_ORDER_DIR a folder with
 * one file per journey in a shuffled order (Playwright runs a folder's files in name order).
 */
export default defineConfig({
  testDir: process.env['E2E_ORDER_DIR'] ?? './src',
  testMatch: '**/*.e2e.ts',
  // Each page is checked by axe-core twice (desktop and phone width): a journey takes longer than a click-through.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One worker, one shared stack: on a 2-core machine two workers were hardly faster (4.9 against 5.2 minutes), and
  // some journeys read counts another journey changes meanwhile (a director's waiting approvals and unread
  // notifications, the number of measures).
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: '../../dist/test-results/e2e.json' }]],
  outputDir: '../../dist/e2e-results',
  use: {
    baseURL: process.env['E2E_BASE_URL'] ?? 'http://localhost:4200',
    locale: 'nb-NO',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
