import { expect, test } from '@playwright/test';

import { uniqueMeasureCode, uniqueTag } from './api';
import { expectNoAxeViolations, logIn } from './support';

// The leader of "Teknisk nettverk" creates a measure in that network (after trying the code T7, which is taken)
// with a code and title of the run, and lands on its page.
test.describe('nytt tiltak / new measure', () => {
  test('the network leader creates a measure in Teknisk nettverk and lands on its page', async ({ page }) => {
    const code = uniqueMeasureCode();
    const title = `Felles planregister for teknisk sektor ${uniqueTag()}`;

    await page.goto('/tiltak');
    await logIn(page, 'leder.teknisk');

    await expect(page.getByRole('heading', { level: 1, name: 'Tiltak' })).toBeVisible();
    await page.getByRole('button', { name: 'Nytt tiltak' }).click();
    const form = page.getByRole('form', { name: 'Nytt tiltak' });
    await expect(form.getByLabel('Kode')).toBeFocused();
    // A leader chooses among the networks they lead.
    await expect(form.getByLabel('Nettverk').locator('option')).toHaveText(['Velg …', 'Teknisk nettverk']);
    await expectNoAxeViolations(page);

    // Nothing filled in: every problem is named, nothing is sent.
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click();
    await expect(form.getByText('Rett opp dette før du går videre:')).toBeVisible();
    await expect(form.getByLabel('Kode')).toHaveAccessibleDescription(/Skriv en kode for tiltaket\./);
    await expectNoAxeViolations(page);

    await form.getByLabel('Kode').fill('T7');
    await form.getByLabel('Tittel').fill(title);
    await form.getByLabel('Nettverk').selectOption({ label: 'Teknisk nettverk' });
    // The network's service area is suggested.
    await expect(form.getByLabel('Tjenesteområde')).toHaveValue('TECHNICAL');
    await form.getByLabel('Samarbeidsform').selectOption({ label: 'Prosjekt' });
    await form
      .getByLabel('Beskrivelse')
      .fill('Ett felles register over reguleringsplaner for de sju kommunene.');
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click();
    // T7 is taken: the server says so.
    await expect(form.getByRole('alert')).toContainText('Koden T7 er allerede i bruk i regionen.');
    await expect(form.getByLabel('Kode')).toHaveAttribute('aria-invalid', 'true');

    // Written in small letters, saved in capitals.
    await form.getByLabel('Kode').fill(code.toLowerCase());
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click();
    await expect(page).toHaveURL(new RegExp(`/tiltak/${code}$`));
    await expect(page).toHaveTitle(`Tiltak ${code} – Samarbeid`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`${code}\\s+${title}`));
    const overview = page.getByRole('tabpanel', { name: 'Oversikt' });
    await expect(overview.getByText('Teknisk nettverk', { exact: true })).toBeVisible();
    await expect(overview.getByText('Prosjekt', { exact: true })).toBeVisible();
    await expect(page.getByText('Status: Foreslått', { exact: true })).toBeVisible();
    // The API says the leader may change it.
    await expect(overview.getByRole('button', { name: 'Rediger tiltaket' })).toBeVisible();
    await expectNoAxeViolations(page);

    // In the portfolio: found by its code.
    await page.getByRole('link', { name: 'Alle tiltak' }).click();
    await page.getByLabel('Søk', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'tiltak' })).toHaveText('1 tiltak');
    await expect(
      page.getByRole('table', { name: 'Tiltak i porteføljen' }).getByRole('link', { name: title }),
    ).toBeVisible();
  });
});
