import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

// The secretariat registers a decision on a measure of the journey's own, with a case number and title of the run,
// and finds it in the change log.
test.describe('vedtak og historikk / decisions and history', () => {
  test('the secretariat registers a decision with validation and finds it in the change log', async ({
    page,
  }) => {
    const tag = uniqueTag();
    const measure = await createMeasure(await Api.as('sekretariat'), {
      title: `Felles arealplanlegging ${tag}`,
      network: 'Teknisk nettverk',
    });
    const { code } = measure;
    const caseReference = `KDU 9/26 ${tag}`;
    const title = `Oppstart av felles arealplanlegging ${tag}`;

    await page.goto('/vedtak');
    await logIn(page, 'sekretariat');

    await expect(page.getByRole('heading', { level: 1, name: 'Vedtak' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Vedtak, nyeste først' })).toContainText('KDU 4/26');
    await page.getByRole('button', { name: 'Registrer et vedtak' }).click();
    const form = page.getByRole('form', { name: 'Registrer et vedtak' });
    await expect(page.getByLabel('Organ')).toBeFocused();

    // Nothing filled in, and an unknown code: every problem is named, nothing is sent.
    await page.getByLabel('Tiltak vedtaket gjelder').fill(`${code}, X99`);
    await form.getByRole('button', { name: 'Registrer vedtaket' }).click();
    const summary = form.getByText('Rett opp dette før du går videre:');
    await expect(summary).toBeVisible();
    await expect(page.getByLabel('Saksnummer')).toHaveAccessibleDescription(/Skriv saksnummeret\./);
    await expect(page.getByLabel('Tiltak vedtaket gjelder')).toHaveAccessibleDescription(/X99/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Vedtaksdato').fill('2026-03-12');
    await page.getByLabel('Saksnummer').fill(caseReference);
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Vedtakstekst').fill('KDU slutter seg til at felles arealplanlegging utredes.');
    await page.getByLabel('Tiltak vedtaket gjelder').fill(code);
    await form.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er registrert' })).toHaveText(
      `Vedtaket «${title}» er registrert.`,
    );
    const row = page.getByRole('row').filter({ hasText: caseReference });
    await expect(row).toContainText('12. mars 2026');
    await expect(row.getByRole('link', { name: code })).toBeVisible();
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: code }).click();
    await expect(page).toHaveURL(new RegExp(`/tiltak/${code}$`));
    await page.getByRole('tab', { name: 'Vedtak' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Vedtak' })).toContainText(caseReference);
    await expectNoAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Historikk' })
      .click();
    await expect(page).toHaveTitle('Historikk – Samarbeid');
    await page.getByLabel('Fritekst').fill(caseReference);
    await page.getByLabel('Type').selectOption({ label: 'Vedtak' });
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/type=decision/);
    await expect(page.getByRole('status').filter({ hasText: 'endring' })).toHaveText('1 endring');
    await expect(page.getByRole('table', { name: 'Endringer, nyeste først' })).toContainText('Siri Sekretær');
    await expectNoAxeViolations(page);
  });
});
