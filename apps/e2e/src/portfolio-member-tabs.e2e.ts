import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

// A network member opens a seeded measure (which no journey changes) and reads every tab, moving between them by
// keyboard.
test.describe('nettverksmedlem / network member', () => {
  test('opens T2 and reads overview, participants, dependencies, decisions and history', async ({ page }) => {
    await page.goto('/tiltak');
    await logIn(page, 'medlem.tinn');

    await page.getByLabel('Søk', { exact: true }).fill('T2');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/sok=T2/);
    const rows = page.getByRole('table', { name: 'Tiltak i porteføljen' }).locator('tbody tr');
    await expect(rows.filter({ hasText: 'T2' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await rows.locator('th', { hasText: /^T2$/ }).locator('xpath=..').getByRole('link').click();
    await expect(page).toHaveURL(/\/tiltak\/T2$/);

    const tabs = page.getByRole('tablist', { name: 'Om tiltaket' }).getByRole('tab');
    await expect(tabs).toHaveText([
      'Oversikt',
      'Status',
      'Deltakere',
      'Økonomi',
      'Gevinstplan',
      'Indikatorer',
      'Avhengigheter',
      'Vedtak',
      'Historikk',
    ]);
    await expect(page.getByRole('tabpanel', { name: 'Oversikt' })).toContainText('Teknisk nettverk');
    await expect(page.getByRole('button', { name: 'Rediger tiltaket' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Keyboard: End goes to the last tab, Home to the first, arrows step (and wrap).
    await page.getByRole('tab', { name: 'Oversikt' }).focus();
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Historikk' })).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Historikk' })).toContainText('opprettet');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Oversikt' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Historikk' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Oversikt' })).toBeFocused();

    await page.getByRole('tab', { name: 'Deltakere' }).click();
    const participants = page.getByRole('tabpanel', { name: 'Deltakere' });
    await expect(participants.getByRole('row')).toHaveCount(8);
    await expect(participants.getByRole('row', { name: /^Tinn/ })).toContainText('Deltar');
    await expect(participants.getByRole('button')).toHaveCount(0);

    await page.getByRole('tab', { name: 'Avhengigheter' }).click();
    const dependencies = page.getByRole('tabpanel', { name: 'Avhengigheter' });
    await expect(dependencies.getByRole('heading', { name: 'Trengs av' })).toBeVisible();
    await expect(dependencies.getByRole('link', { name: /^T7 / })).toBeVisible();
    await expect(dependencies.getByRole('link', { name: /^T5 / })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('tab', { name: 'Vedtak' }).click();
    const decisions = page.getByRole('tabpanel', { name: 'Vedtak' });
    await expect(decisions).toContainText('KDU 4/26');
    await expect(decisions).toContainText('Kommunedirektørutvalget (KDU)');

    await page.getByRole('tab', { name: 'Historikk' }).click();
    await expect(
      page.getByRole('tabpanel', { name: 'Historikk' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // A dependency link leads to that measure.
    await page.getByRole('tab', { name: 'Avhengigheter' }).click();
    await dependencies.getByRole('link', { name: /^T7 / }).click();
    await expect(page).toHaveURL(/\/tiltak\/T7$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('T7');
    await expect(page.getByRole('tab', { name: 'Oversikt' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
  });
});
