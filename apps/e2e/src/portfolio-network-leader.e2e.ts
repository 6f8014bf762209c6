import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

// The leader of "Teknisk nettverk" edits a measure of the own network (the journey's own, created by the leader)
// and finds no edit controls on F1, the KDU's seeded measure.
test.describe('nettverksleder / network leader', () => {
  test('edits the description of a measure in the own network, and cannot change F1', async ({ page }) => {
    const measure = await createMeasure(await Api.as('leder.teknisk'), {
      title: `Felles fagsystem for byggesak ${uniqueTag()}`,
      network: 'Teknisk nettverk',
      description: 'Ett fagsystem for byggesak i alle de sju kommunene.',
    });

    await page.goto(`/tiltak/${measure.code}`);
    await logIn(page, 'leder.teknisk');

    await expect(page.getByRole('heading', { level: 1 })).toContainText(measure.code);
    const overview = page.getByRole('tabpanel', { name: 'Oversikt' });
    await expect(overview.getByText('Teknisk nettverk', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await overview.getByRole('button', { name: 'Rediger tiltaket' }).click();
    const description = overview.getByLabel('Beskrivelse');
    await expect(page.getByLabel('Tittel')).toBeFocused();
    const original = await description.inputValue();
    expect(original.length).toBeGreaterThan(0);
    const changed = `${original} Oppdatert av nettverksleder i ende-til-ende-test.`;

    // A title is required: the form says so at the field and in a summary, and sends nothing.
    const title = page.getByLabel('Tittel');
    const originalTitle = await title.inputValue();
    await title.fill('');
    await overview.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(overview.getByText('Rett opp dette før du går videre:')).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription('Skriv en tittel.');
    await expectNoAxeViolations(page);
    await title.fill(originalTitle);

    await description.fill(changed);
    await overview.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(overview.getByRole('status')).toHaveText('Endringene er lagret.');
    await expect(overview.getByText(changed)).toBeVisible();

    await page.getByRole('tab', { name: 'Historikk' }).click();
    await expect(
      page.getByRole('tabpanel', { name: 'Historikk' }).getByRole('listitem').first(),
    ).toContainText('endret description');

    // F1 belongs to the KDU's network: read only.
    await page.getByRole('link', { name: 'Alle tiltak' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'tiltak' })).toHaveText(/^\d+ tiltak$/);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Tidlig involvering av folkevalgt nivå' }).click();
    await expect(page).toHaveURL(/\/tiltak\/F1$/);
    await expect(page.getByText('Du kan lese, men ikke endre dette tiltaket.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rediger tiltaket' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('tab', { name: 'Status' }).click();
    const status = page.getByRole('tabpanel', { name: 'Status' });
    await expect(status).toContainText('Nåværende status: Pågår');
    await expect(status.getByRole('button')).toHaveCount(0);
    await expect(status).toContainText('Bare sekretariatet og lederen av nettverket');

    await page.getByRole('tab', { name: 'Avhengigheter' }).click();
    const dependencies = page.getByRole('tabpanel', { name: 'Avhengigheter' });
    await expect(dependencies.getByRole('button')).toHaveCount(0);
    await expect(dependencies.getByRole('textbox')).toHaveCount(0);

    await page.getByRole('tab', { name: 'Deltakere' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Deltakere' }).getByRole('button')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
