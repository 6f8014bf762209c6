import { expect, type Page, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
}

// Networks in the app (issue 18): the secretariat creates a working group under Teknisk nettverk and names Tor
// Teknisk its leader; Tor then edits the group's measure (he leads only Teknisk nettverk before). Ending the
// membership takes the right away again. axe at 1440 and 390 px on the new pages.
test.describe('nettverk / networks managed in the app', () => {
  test('the secretariat creates a working group and names a leader, who then edits its measure', async ({
    page,
  }) => {
    const name = `Arbeidsgruppe vann ${uniqueTag()}`;

    await page.goto('/nettverk');
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 1, name: 'Nettverk' })).toBeVisible();
    await page.getByRole('button', { name: 'Ny arbeidsgruppe' }).click();
    const form = page.getByRole('form', { name: 'Nytt nettverk eller ny arbeidsgruppe' });
    await expect(form.getByLabel('Navn')).toBeFocused();
    await form.getByLabel('Navn').fill(name);
    await form.getByLabel('Tjenesteområde').selectOption({ label: 'Teknisk' });
    await form.getByLabel('Hører under').selectOption({ label: 'Teknisk nettverk' });
    await form.getByLabel('Mandat').fill('Lage felles rutiner for vannverkene.');
    await form.getByLabel('Sluttdato').fill('2027-12-31');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Opprett' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Lage felles rutiner for vannverkene.')).toBeVisible();
    const networkUrl = page.url();

    await page.getByRole('button', { name: 'Legg til medlem' }).click();
    const member = page.getByRole('form', { name: 'Nytt medlem' });
    await member.getByLabel('Bruker').selectOption({ label: 'Tor Teknisk' });
    await expect(member.getByLabel('Navn')).toHaveValue('Tor Teknisk');
    await member.getByLabel('Rolle').selectOption({ label: 'Leder' });
    await member.getByRole('button', { name: 'Legg til medlem' }).click();
    await expect(page.getByText('Medlemmet er lagt til.')).toBeVisible();
    const history = page.getByRole('table', { name: 'Alle medlemskap i nettverket, nyeste først' });
    await expect(history.getByRole('row', { name: /Tor Teknisk/ })).toContainText('Pågår');
    await expectNoAxeViolations(page);

    // The group's measure (made for the journey).
    const measure = await createMeasure(await Api.as('sekretariat'), {
      title: `Felles vannverksrutiner ${uniqueTag()}`,
      network: name,
      description: 'Felles rutiner for drift av vannverkene.',
    });

    await logOut(page);
    await logIn(page, 'leder.teknisk');
    await page.goto(`/tiltak/${measure.code}`);
    const overview = page.getByRole('tabpanel', { name: 'Oversikt' });
    await overview.getByRole('button', { name: 'Rediger tiltaket' }).click();
    const description = overview.getByLabel('Beskrivelse');
    await description.fill('Felles rutiner for drift av vannverkene, ledet av arbeidsgruppen.');
    await overview.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(overview.getByRole('status')).toHaveText('Endringene er lagret.');

    // As the leader he also names a co-operating network on the steering document.
    await overview
      .getByLabel('Legg til et samarbeidende nettverk')
      .selectOption({ label: 'Teknisk nettverk' });
    await overview.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect(overview.getByText('Nettverket er lagt til.')).toBeVisible();
    await expect(overview.getByRole('list').filter({ hasText: 'Teknisk nettverk' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The secretariat ends the membership: the edit button is gone at the next visit.
    await logOut(page);
    await logIn(page, 'sekretariat');
    await page.goto(networkUrl);
    await page.getByRole('button', { name: 'Avslutt medlemskapet til Tor Teknisk' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Avslutte medlemskapet til Tor Teknisk?');
    await dialog.getByRole('button', { name: 'Avslutt medlemskapet' }).click();
    await expect(page.getByText('Medlemskapet er avsluttet.')).toBeVisible();
    await expect(history.getByRole('row', { name: /Tor Teknisk/ })).not.toContainText('Pågår');

    await logOut(page);
    await logIn(page, 'leder.teknisk');
    await page.goto(`/tiltak/${measure.code}`);
    await expect(page.getByText('Du kan lese, men ikke endre dette tiltaket.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rediger tiltaket' })).toHaveCount(0);
  });
});
