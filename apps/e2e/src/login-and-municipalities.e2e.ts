import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

/**
 * Kongsberg's and Rollag's population in the seeded figures (2025) and in the recorded SSB figures the ssb-import
 * journey brings (2026): the table shows the newest year there is.
 */
const POPULATION: Readonly<Record<string, { kongsberg: RegExp; rollag: RegExp }>> = {
  '2025': { kongsberg: /28\s848/, rollag: /1\s395/ },
  '2026': { kongsberg: /29\s012/, rollag: /1\s401/ },
};

test.describe('innlogging og kommuner / login and municipalities', () => {
  test('the app sends an anonymous visitor to an accessible Norwegian login page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/realms\/samarbeid\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a wrong password is refused with a message, and nothing else happens', async ({ page }) => {
    await page.goto('/');
    await logIn(page, 'sekretariat', 'feil-passord');
    await expect(page.getByRole('alert')).toContainText('Feil brukernavn eller passord.');
    await expect(page).toHaveURL(/\/realms\/samarbeid\//);
    await expectNoAxeViolations(page);
  });

  test('the secretariat logs in, sees Kongsbergregionen with its 7 municipalities, and logs out', async ({
    page,
  }) => {
    await page.goto('/kommuner');
    await logIn(page, 'sekretariat');

    await expect(page).toHaveURL(/\/kommuner$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kongsbergregionen' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Kommuner i Kongsbergregionen' });
    await expect(table.getByRole('row')).toHaveCount(8);
    const header = table.getByRole('columnheader', { name: /Innbyggere 1\.1\.\d{4}/ });
    await expect(header).toBeVisible();
    const year = (await header.textContent())?.match(/\d{4}/)?.[0] ?? '';
    expect(Object.keys(POPULATION)).toContain(year);
    const kongsberg = table.getByRole('row').filter({ hasText: 'Kongsberg' });
    await expect(kongsberg).toContainText('3303');
    await expect(kongsberg).toContainText(POPULATION[year].kongsberg);
    await expect(table.getByRole('row').filter({ hasText: 'Rollag' })).toContainText(POPULATION[year].rollag);
    await expect(page.getByText('Siri Sekretær')).toBeVisible();
    await expect(page).toHaveTitle(/Kommuner/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/realms\/samarbeid\//);
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  });

  test('a signed-in user’s deep link or reload starts the app once, without leaving for the login page', async ({
    page,
  }) => {
    await page.goto('/');
    await logIn(page, 'sekretariat');
    await expect(page.getByText('Siri Sekretær')).toBeVisible();

    const mainFrameUrls: string[] = [];
    const mainBundles: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) mainFrameUrls.push(frame.url());
    });
    page.on('request', (request) => {
      if (request.frame() === page.mainFrame() && /\/main-[A-Z0-9]+\.js$/.test(request.url())) {
        mainBundles.push(request.url());
      }
    });
    for (const path of ['/tiltak', '/okonomi']) {
      mainFrameUrls.length = 0;
      mainBundles.length = 0;
      await page.goto(path);
      await expect(page.getByText('Siri Sekretær')).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      expect(mainFrameUrls.filter((url) => /\/realms\//.test(url))).toEqual([]);
      expect(mainBundles).toHaveLength(1);
    }
  });

  test('the language switch turns the page into English and back', async ({ page }) => {
    await page.goto('/kommuner');
    await logIn(page, 'politiker');
    await expect(page.getByRole('heading', { level: 1, name: 'Kongsbergregionen' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Norsk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});
