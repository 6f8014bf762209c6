import { expect, type Page, test } from '@playwright/test';

import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  logIn,
  PHONE,
  waitForPageSettled,
} from './support';

// The shell at phone and desktop widths: every page fits a 390 px phone without scrolling sideways (wide tables scroll
// in their own frame), axe finds nothing at 390 and 1440 px, and the phone menu works by keyboard.

/** The first link in the main content whose address starts with `prefix` (a measure, a network, an agreement …). */
async function firstLink(page: Page, prefix: string): Promise<string> {
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`No link to ${prefix}…`);
  return href;
}

/** Opens `path`, waits for it to load, and checks it at phone width (no sideways scroll) and with axe at both widths. */
async function checkPage(page: Page, path: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto(path);
  await waitForPageSettled(page);
  await page.setViewportSize(PHONE);
  await waitForPageSettled(page);
  await expectNoHorizontalScroll(page);
  // axe at the desktop width (the viewport it starts from) and again at the phone width.
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page);
}

test.describe('phone layout / mobil', () => {
  test('every page fits a 390 px phone and passes axe at 390 and 1440 px', async ({ page }) => {
    test.setTimeout(600_000);
    await page.goto('/kommuner');
    await logIn(page, 'sekretariat');
    await waitForPageSettled(page);

    await page.goto('/tiltak');
    await waitForPageSettled(page);
    const measure = await firstLink(page, '/tiltak/');
    await page.goto('/nettverk');
    await waitForPageSettled(page);
    const network = await firstLink(page, '/nettverk/');
    await page.goto('/avtaler');
    await waitForPageSettled(page);
    const agreement = await firstLink(page, '/avtaler/');

    const pages = [
      '/',
      '/kommuner',
      '/tiltak',
      '/plan',
      measure,
      `${measure}/okonomi`,
      `${measure}/gevinster`,
      '/deltakelse',
      '/vedtak',
      '/avtaler',
      agreement,
      '/avtaler/kommuner/3303',
      '/varsler',
      '/okonomi',
      '/okonomi/kommuner/3303',
      '/nettverk',
      network,
      '/indikatorer',
      '/indikatorer/sammenligning',
      '/beredskap',
      '/beredskap/ovelser',
      '/beredskap/oppfolging',
      '/beredskap/kriseteam',
      '/historikk',
    ];
    for (const path of pages) {
      await test.step(path, () => checkPage(page, path));
    }
  });

  test('on a phone the menu is a button that opens and closes by keyboard, and closes on navigating', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/kommuner');
    await logIn(page, 'sekretariat');
    await waitForPageSettled(page);

    const button = page.getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    // The header is one row: the product name and the menu button side by side.
    const brand = await page.getByRole('link', { name: 'Samarbeid' }).boundingBox();
    const buttonBox = await button.boundingBox();
    expect(
      Math.abs(
        (brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((buttonBox?.y ?? 0) + (buttonBox?.height ?? 0) / 2),
      ),
    ).toBeLessThan(12);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    await expect(links.first()).toHaveText('Hjem');
    await expect(links.first()).toHaveAttribute('href', '/');
    await expectNoHorizontalScroll(page);

    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(nav).toBeHidden();

    await button.click();
    await nav.getByRole('link', { name: 'Deltakelse' }).click();
    await expect(page).toHaveURL(/\/deltakelse$/);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();

    // Wide, the navigation is always shown and the button is gone.
    await page.setViewportSize(DESKTOP);
    await expect(button).toBeHidden();
    await expect(nav).toBeVisible();
    const header = await page.locator('header').boundingBox();
    expect(header?.height ?? 0).toBeLessThan(140);
  });
});
