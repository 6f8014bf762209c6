import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

// The secretariat registers a decision on T8 (no other journey uses T8), and finds it in the change log.
test.describe('vedtak og historikk / decisions and history', () => {
  test('the secretariat registers a decision with validation and finds it in the change log', async ({
    page,
  }) => {
    await page.goto('/vedtak');
    await logIn(page, 'sekretariat');

    await expect(page.getByRole('heading', { level: 1, name: 'Vedtak' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Vedtak, nyeste først' })).toContainText('KDU 4/26');
    await page.getByRole('button', { name: 'Registrer et vedtak' }).click();
    const form = page.getByRole('form', { name: 'Registrer et vedtak' });
    await expect(page.getByLabel('Organ')).toBeFocused();

    // Nothing filled in, and an unknown code: every problem is named, nothing is sent.
    await page.getByLabel('Tiltak vedtaket gjelder').fill('T8, X99');
    await form.getByRole('button', { name: 'Registrer vedtaket' }).click();
    const summary = form.getByText('Rett opp dette før du går videre:');
    await expect(summary).toBeVisible();
    await expect(page.getByLabel('Saksnummer')).toHaveAccessibleDescription(/Skriv saksnummeret\./);
    await expect(page.getByLabel('Tiltak vedtaket gjelder')).toHaveAccessibleDescription(/X99/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Vedtaksdato').fill('2026-03-12');
    await page.getByLabel('Saksnummer').fill('KDU 9/26');
    await page.getByLabel('Tittel').fill('Oppstart av felles arealplanlegging');
    await page.getByLabel('Vedtakstekst').fill('KDU slutter seg til at felles arealplanlegging utredes.');
    await page.getByLabel('Tiltak vedtaket gjelder').fill('T8');
    await form.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er registrert' })).toHaveText(
      'Vedtaket «Oppstart av felles arealplanlegging» er registrert.',
    );
    const row = page.getByRole('row').filter({ hasText: 'KDU 9/26' });
    await expect(row).toContainText('12. mars 2026');
    await expect(row.getByRole('link', { name: /T8/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: /T8/ }).click();
    await page.getByRole('tab', { name: 'Vedtak' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Vedtak' })).toContainText('KDU 9/26');
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Historikk' })
      .click();
    await expect(page).toHaveTitle('Historikk – Samarbeid');
    await page.getByLabel('Fritekst').fill('KDU 9/26');
    await page.getByLabel('Type').selectOption({ label: 'Vedtak' });
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/type=decision/);
    await expect(page.getByRole('status').filter({ hasText: 'endring' })).toHaveText('1 endring');
    await expect(page.getByRole('table', { name: 'Endringer, nyeste først' })).toContainText('Siri Sekretær');
    await expectNoAxeViolations(page);
  });
});
