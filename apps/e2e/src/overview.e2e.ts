import { expect, Page, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure, moveMeasure } from './data';
import { countIn, expectNoAxeViolations, logIn, waitForPageSettled } from './support';

// The home page at `/` shows each role its overview: the secretariat the region at a glance, a municipal director
// their municipality (and the region, as a member of the directors' committee), a network leader their network.
// Each is checked with axe at 1440 px and at 390 px, where nothing may scroll sideways, and one tile of each is
// followed to the list behind it, whose count must be the tile's figure. These journeys only read; the last one
// moves a measure of its own in a second browser and watches the first browser's overview follow within 2 s.

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** axe at 1440 px and at 390 px (and the kit's own phone width), and no sideways scrolling on the phone. */
async function checkBothWidths(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page);
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
}

/** The count the measures list announces ("12 tiltak"). */
async function listedMeasures(page: Page): Promise<number> {
  // The live region says "Laster tiltak …" first, then the count.
  const count = page.getByRole('status').filter({ hasText: /^\s*\d[\d\s\u00a0]*tiltak/ });
  await expect(count).toBeVisible();
  return countIn(count);
}

test.describe('oversikt / overview', () => {
  test('the secretariat sees the region at a glance, and a tile leads to the list behind it', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Kongsbergregionen – status for regionen' }),
    ).toBeVisible();
    for (const tile of [
      'Mobilisering',
      'Innsparingsgap i år og neste år',
      'Kommende frister',
      'Til godkjenning',
    ]) {
      await expect(page.getByRole('heading', { level: 3, name: tile })).toBeVisible();
    }
    await expect(page.getByText(/Vektet potensial:/)).toBeVisible();
    await checkBothWidths(page);

    const mobilisation = page.getByRole('table', { name: 'Tiltak og planlagt gevinst etter mobilisering' });
    const green = mobilisation.getByRole('row').filter({ hasText: 'Grønn' }).getByRole('link');
    const figure = Number((await green.textContent())?.trim());
    await green.click();
    await expect(page).toHaveURL(/\/tiltak\?mobilisering=GREEN/);
    expect(await listedMeasures(page)).toBe(figure);
  });

  test('a municipal director sees their municipality, then the region', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await logIn(page, 'direktor.flesberg');
    await expect(page.getByRole('heading', { level: 2, name: 'Flesberg i samarbeidet' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Kongsbergregionen – status for regionen' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Avtalene Flesberg er part i' })).toBeVisible();
    await checkBothWidths(page);

    const takesPart = page.getByRole('link', { name: /^Deltar i \d+ av \d+ tiltak$/ });
    const participating = await countIn(takesPart);
    await takesPart.click();
    await expect(page).toHaveURL(/\/tiltak\?kommune=3334/);
    expect(await listedMeasures(page)).toBe(participating);
  });

  test('a network leader sees the network: measures by status, goals with indicators, the action plan', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await logIn(page, 'leder.teknisk');
    await expect(page.getByRole('heading', { level: 2, name: 'Teknisk nettverk' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Nettverkets tiltak etter status' })).toBeVisible();
    await checkBothWidths(page);

    const total = page.getByRole('link', { name: /^\d+ tiltak i alt$/ });
    const measures = await countIn(total);
    await total.click();
    await expect(page).toHaveURL(/\/tiltak\?nettverk=/);
    expect(await listedMeasures(page)).toBe(measures);
  });

  test('live: a status change in one browser reaches the overview open in another within 2 seconds', async ({
    browser,
  }) => {
    const secretariat = await Api.as('sekretariat');
    const measure = await createMeasure(secretariat, {
      title: `Felles kart ${uniqueTag()}`,
      network: 'Teknisk nettverk',
      mobilisation: 'GREEN',
    });
    await moveMeasure(secretariat, measure, 'UNDER_ASSESSMENT');

    const watcherContext = await browser.newContext({ viewport: DESKTOP });
    const editorContext = await browser.newContext({ viewport: DESKTOP });
    try {
      const watcher = await watcherContext.newPage();
      await watcher.goto('/');
      await logIn(watcher, 'sekretariat');
      await expect(watcher.getByTestId('overview-updated')).toContainText(/Oppdatert kl\. \d\d:\d\d:\d\d/);
      // "3 tiltak: Teknisk nettverk, Vedtatt" in the status × network table, or no link while it is 0.
      const decidedCell = watcher.getByRole('link', { name: /^\d+ tiltak: Teknisk nettverk, Vedtatt$/ });
      const before = (await decidedCell.count()) > 0 ? await countIn(decidedCell) : 0;
      await waitForPageSettled(watcher);
      // Give the live connection a moment to be established before the change.
      await watcher.waitForTimeout(1000);

      const editor = await editorContext.newPage();
      await editor.goto(`/tiltak/${measure.code}`);
      await logIn(editor, 'sekretariat');
      await editor.getByRole('tab', { name: 'Status' }).click();
      const panel = editor.getByRole('tabpanel', { name: 'Status' });
      const started = Date.now();
      await panel.getByRole('button', { name: 'Flytt til Vedtatt' }).click();

      await expect(
        watcher.getByRole('link', { name: `${before + 1} tiltak: Teknisk nettverk, Vedtatt` }),
      ).toBeVisible({ timeout: 2000 });
      const elapsed = Date.now() - started;
      console.log(
        `live update on the overview, status moved in one browser → shown in the other: ${elapsed} ms`,
      );
      expect(elapsed).toBeLessThan(2000);
      await expect(panel.getByRole('status')).toHaveText('Status er endret til Vedtatt.');
      await expectNoAxeViolations(watcher);
    } finally {
      await watcherContext.close();
      await editorContext.close();
    }
  });
});
