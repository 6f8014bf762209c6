import { expect, Page, test } from '@playwright/test';

import { countIn, expectNoAxeViolations, logIn } from './support';

// The home page at `/` shows each role its overview: the secretariat the region at a glance, a municipal director
// their municipality (and the region, as a member of the directors' committee), a network leader their network.
// Each is checked with axe at 1440 px and at 390 px, where nothing may scroll sideways, and one tile of each is
// followed to the list behind it, whose count must be the tile's figure. The journeys only read.

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
});
