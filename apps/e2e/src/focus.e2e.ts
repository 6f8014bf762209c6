import { expect, test } from '@playwright/test';

import { Api, REGION, uniqueTag } from './api';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  logIn,
  PHONE,
  waitForPageSettled,
} from './support';

// Focus items, live: a politician keeps /fokus open in one browser while the secretariat records a value in another;
// the politician's list shows it within 2 seconds without reloading, and the stamp moves. Each run makes its own focus
// item, so the journey holds in any order of the suite.
test.describe('fokusposter / focus items', () => {
  test('a value recorded in one browser appears in the other’s /fokus within 2 s', async ({ browser }) => {
    const tag = uniqueTag();
    const name = `Overtid ${tag}`;
    const { createFocusItem } = await (
      await Api.as('sekretariat')
    ).request<{ createFocusItem: { id: string } }>(
      `mutation($input: CreateFocusItemInput!) { createFocusItem(input: $input) { id } }`,
      {
        input: { regionSlug: REGION, name, unit: 'timer', direction: 'LOWER', frequency: 'MONTHLY' },
      },
    );

    const viewerContext = await browser.newContext({ viewport: DESKTOP });
    const secretariatContext = await browser.newContext({ viewport: DESKTOP });
    try {
      const viewer = await viewerContext.newPage();
      await viewer.goto('/fokus');
      await logIn(viewer, 'politiker');
      await expect(viewer.getByRole('heading', { level: 1, name: 'Fokusposter' })).toBeVisible();
      const row = viewer.getByRole('row').filter({ hasText: name });
      await expect(row).toContainText('Ingen verdier');
      await expect(viewer.getByTestId('focus-updated')).toContainText(/Oppdatert kl\. \d\d:\d\d:\d\d/);
      await waitForPageSettled(viewer);
      await expectNoAxeViolations(viewer);
      // Give the live connection a moment to be established before the change.
      await viewer.waitForTimeout(1000);

      const secretariat = await secretariatContext.newPage();
      await secretariat.goto(`/fokus/${createFocusItem.id}`);
      await logIn(secretariat, 'sekretariat');
      await expect(secretariat.getByRole('heading', { level: 1, name })).toBeVisible();
      const form = secretariat.getByRole('form', { name: 'Registrer verdi' });
      await form.getByRole('textbox', { name: 'Periode' }).fill('2026-11');
      await form.getByRole('textbox', { name: 'Verdi (timer)' }).fill('1 234,5');
      const started = Date.now();
      await form.getByRole('button', { name: 'Lagre verdien' }).click();

      await expect(row).toContainText('1 234,5 timer (2026-11)', { timeout: 2000 });
      const elapsed = Date.now() - started;
      console.log(`live update, save in one browser → shown in the other: ${elapsed} ms`);
      expect(elapsed).toBeLessThan(2000);
      await expect(form.getByText('Verdien for 2026-11 er lagret.')).toBeVisible();
      await expectNoAxeViolations(secretariat);

      await viewer.setViewportSize(PHONE);
      await waitForPageSettled(viewer);
      await expectNoHorizontalScroll(viewer);
      await expectNoAxeViolations(viewer);
    } finally {
      await viewerContext.close();
      await secretariatContext.close();
    }
  });

  test('the focus item page shows values against target, at desktop and phone width', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/fokus');
    await logIn(page, 'sekretariat');
    await page.getByRole('link', { name: 'Bruk av vikarbyrå' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bruk av vikarbyrå' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Verdier per periode' })).toContainText('1 200 000 kr');
    await waitForPageSettled(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
    await waitForPageSettled(page);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
