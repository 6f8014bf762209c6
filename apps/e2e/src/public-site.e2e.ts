import { expect, type Page, test } from '@playwright/test';

import { Api, REGION } from './api';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  logIn,
  PHONE,
  waitForPageSettled,
} from './support';

const ROOT = `/offentlig/${REGION}`;

/** The public pages of the demo region (the seed publishes measures, decisions, municipalities, savings, focus). */
const PUBLIC_PAGES = [
  { path: ROOT, heading: /Styringsdata for/ },
  { path: `${ROOT}/tiltak`, heading: 'Tiltak' },
  { path: `${ROOT}/tiltak/T1`, heading: /^T1 / },
  { path: `${ROOT}/vedtak`, heading: 'Vedtak' },
  { path: `${ROOT}/kommuner`, heading: 'Kommunene' },
  { path: `${ROOT}/kommune/3303`, heading: 'Kongsberg' },
  { path: `${ROOT}/rapporter`, heading: 'Rapporter' },
  { path: `${ROOT}/apne-data`, heading: 'Åpne data' },
  { path: `${ROOT}/tilgjengelighet`, heading: 'Tilgjengelighetserklæring' },
] as const;

async function setReports(published: boolean): Promise<void> {
  await (
    await Api.as('sekretariat')
  ).request(`mutation($input: SetPublishingInput!) { setPublishing(input: $input) { regionSlug } }`, {
    input: { regionSlug: REGION, section: 'REPORTS', published },
  });
}

async function checkPage(page: Page, path: string, heading: string | RegExp): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // Never the app's login page: the public site is the API's, without a sign-in.
  expect(new URL(page.url()).pathname).toBe(new URL(path, 'http://x').pathname);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

// The public steering site: the secretariat publishes a section on /publisering, then a browser without any
// session reads the public pages (no redirect to the login page), each axe-clean at desktop and phone width, and
// downloads the measures as CSV, which lists exactly what the page lists. Unpublished: 404. The journey leaves the
// reports section as it found it (off), so it holds in any order.
test.describe('offentlig side / public site', () => {
  test('the secretariat publishes the reports; anyone reads every public page and the CSV', async ({
    browser,
  }) => {
    await setReports(false);
    const secretariatContext = await browser.newContext({ viewport: DESKTOP });
    const anonymous = await browser.newContext({ viewport: DESKTOP });
    try {
      const closed = await anonymous.newPage();
      expect((await closed.goto(`${ROOT}/rapporter`))?.status()).toBe(404);
      await expect(closed.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();

      const secretariat = await secretariatContext.newPage();
      await secretariat.goto('/publisering');
      await logIn(secretariat, 'sekretariat');
      await expect(secretariat.getByRole('heading', { level: 1, name: 'Publisering' })).toBeVisible();
      await waitForPageSettled(secretariat);
      await expectNoAxeViolations(secretariat);
      await secretariat.getByRole('button', { name: 'Publiser «Fastfrosne rapporter»' }).click();
      await expect(secretariat.getByText('«Fastfrosne rapporter» er publisert.')).toBeVisible();
      await expect(secretariat.locator('tr[data-section="REPORTS"]')).toContainText('Publisert');
      await secretariat.getByRole('button', { name: 'Lag lenke til forhåndsvisning' }).click();
      await expect(secretariat.getByTestId('preview-link')).toHaveAttribute('href', /forhandsvisning=/);
      await expectNoAxeViolations(secretariat);
      await secretariat.setViewportSize(PHONE);
      await waitForPageSettled(secretariat);
      await expectNoHorizontalScroll(secretariat);
      await expectNoAxeViolations(secretariat);

      const reader = await anonymous.newPage();
      for (const { path, heading } of PUBLIC_PAGES) {
        await reader.setViewportSize(DESKTOP);
        await checkPage(reader, path, heading);
        await reader.setViewportSize(PHONE);
        await checkPage(reader, path, heading);
      }

      // The CSV of the measures lists exactly the measures the page lists, in the same order.
      await reader.setViewportSize(DESKTOP);
      await reader.goto(`${ROOT}/apne-data`);
      const download = reader.waitForEvent('download');
      await reader.getByRole('link', { name: 'CSV – Tiltak' }).click();
      const file = await (await download).path();
      const { readFile } = await import('node:fs/promises');
      const csv = (await readFile(file, 'utf8')).trim().split('\r\n');
      expect(csv[0]).toBe(
        'code,title,description,serviceArea,tier,status,progressPercent,startDate,endDate,network,mobilisation',
      );
      await reader.goto(`${ROOT}/tiltak`);
      const listed = await reader
        .getByRole('table', { name: 'Alle tiltak' })
        .locator('tbody tr td:first-child')
        .allTextContents();
      expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(listed.map((code) => code.trim()));

      // Taken down again: 404 for everyone.
      await setReports(false);
      expect((await reader.goto(`${ROOT}/rapporter`))?.status()).toBe(404);
      expect((await reader.goto('/offentlig/hallingdal'))?.status()).toBe(404);
    } finally {
      await setReports(false).catch(() => undefined);
      await secretariatContext.close();
      await anonymous.close();
    }
  });

  test('the app’s accessibility statement opens without signing in, from the footer', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/tilgjengelighet');
    await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible();
    await expect(page.getByTestId('statement-status')).toContainText('WCAG 2.1');
    expect(new URL(page.url()).pathname).toBe('/tilgjengelighet');
    await waitForPageSettled(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
    await waitForPageSettled(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await expect(page.getByTestId('accessibility-link')).toBeVisible();
  });
});
