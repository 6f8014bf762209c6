import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

// The secretariat imports municipalities and population from SSB on /kommuner. The e2e stack serves recorded SSB
// responses, which bring the seeded 2025 figures again and 2026 figures: the table shows 2025 before the first
// import and 2026 after it (login-and-municipalities accepts either). Importing again changes nothing.
test.describe('import fra SSB / import from SSB', () => {
  test('the secretariat imports from SSB, follows the progress and sees the 2026 population', async ({
    page,
  }) => {
    await page.goto('/kommuner');
    await logIn(page, 'sekretariat');

    await expect(page.getByRole('heading', { level: 1, name: 'Kongsbergregionen' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Kommuner i Kongsbergregionen' });
    await expect(table.getByRole('columnheader', { name: /Innbyggere 1\.1\.(2025|2026)/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Hent kommuner og folketall fra SSB' }).click();
    const progress = page.getByRole('progressbar', { name: 'Fremdrift' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    const message = page.getByRole('status').filter({ hasText: 'Ferdig' });
    await expect(message).toContainText(/Ferdig: folketall for 7 kommuner \(.*2026\)/);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The table is fetched again; the header's year follows the figures.
    await expect(table.getByRole('columnheader', { name: 'Innbyggere 1.1.2026' })).toBeVisible();
    const kongsberg = table.getByRole('row').filter({ hasText: 'Kongsberg' });
    await expect(kongsberg).toContainText(/29\s012/);
    await expect(table.getByRole('row').filter({ hasText: 'Flesberg' })).toContainText(/2\s790/);
    await expectNoAxeViolations(page);
  });
});
