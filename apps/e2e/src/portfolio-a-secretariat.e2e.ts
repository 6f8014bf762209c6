import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

// Journey a): the secretariat filters the portfolio, moves T7 from "Under utredning" to "Vedtatt" and sees the
// change in its history; then moves it back (via "Satt på vent"), so other journeys see the seeded state.
test.describe('tiltaksporteføljen / the portfolio as the secretariat', () => {
  test('filters the 31 measures, moves T7 to Vedtatt and finds the change in its history', async ({
    page,
  }) => {
    await page.goto('/tiltak');
    await logIn(page, 'sekretariat');

    await expect(page).toHaveURL(/\/tiltak$/);
    await expect(page).toHaveTitle('Tiltak – Samarbeid');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link')).toHaveText([
      'Tiltak',
      'Deltakelse',
      'Vedtak',
      'Avtaler',
      'Økonomi',
      'Nettverk',
      'Historikk',
      'Kommuner',
      /^Varsler/,
    ]);
    await expect(nav.getByRole('link', { name: 'Tiltak' })).toHaveAttribute('aria-current', 'page');

    const count = page.getByRole('status').filter({ hasText: 'tiltak' });
    await expect(count).toHaveText('31 tiltak');
    const rows = page.getByRole('table', { name: 'Tiltak i porteføljen' }).locator('tbody tr');
    await expect(rows).toHaveCount(20);
    await expect(page.getByText('Viser 20 av 31.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect(rows).toHaveCount(31);
    await expect(page.getByRole('button', { name: 'Vis flere' })).toHaveCount(0);
    // Keyboard users continue at the first measure that was added.
    await expect(rows.nth(20).getByRole('link')).toBeFocused();

    await page.getByLabel('Tjenesteområde').selectOption({ label: 'Teknisk' });
    await expect(page).toHaveURL(/omrade=TECHNICAL/);
    await expect(count).toHaveText('8 tiltak');
    await expect(rows).toHaveCount(8);
    await expect(rows.locator('th')).toHaveText(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Under utredning' });
    await expect(page).toHaveURL(/status=UNDER_ASSESSMENT/);
    await expect(count).toHaveText('1 tiltak');
    const t7 = rows.filter({ hasText: 'T7' });
    await expect(t7).toContainText('Under utredning');
    await expect(t7).toContainText('Gul');
    await expect(t7).toContainText('6 av 7');
    await expectNoAxeViolations(page);

    // The filters live in the address: a reload keeps them.
    await page.reload();
    await expect(count).toHaveText('1 tiltak');
    await expect(page.getByLabel('Tjenesteområde')).toHaveValue('TECHNICAL');

    await t7.getByRole('link', { name: 'Byggesakstjenester' }).click();
    await expect(page).toHaveURL(/\/tiltak\/T7$/);
    await expect(page).toHaveTitle('Tiltak T7 – Samarbeid');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/T7\s+Byggesakstjenester/);
    await expectNoAxeViolations(page);

    // Tabs by keyboard: from "Oversikt", the right arrow selects "Status".
    const overview = page.getByRole('tab', { name: 'Oversikt' });
    await expect(overview).toHaveAttribute('aria-selected', 'true');
    await overview.focus();
    await page.keyboard.press('ArrowRight');
    const statusTab = page.getByRole('tab', { name: 'Status' });
    await expect(statusTab).toBeFocused();
    await expect(statusTab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name: 'Status' });
    await expect(panel).toContainText('Nåværende status: Under utredning');

    // Only the allowed next statuses are offered: no jump to "Pågår" or "Fullført".
    const moves = panel.getByRole('group', { name: 'Flytt tiltaket til' }).getByRole('button');
    await expect(moves).toHaveText(['Flytt til Vedtatt', 'Flytt til Avvist', 'Flytt til Satt på vent']);
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Flytt til Vedtatt' }).click();
    await expect(panel.getByRole('status')).toHaveText('Status er endret til Vedtatt.');
    await expect(panel).toContainText('Nåværende status: Vedtatt');
    await expect(moves).toHaveText(['Flytt til Pågår', 'Flytt til Satt på vent']);
    await expect(page.getByText('Status: Vedtatt', { exact: true })).toBeVisible();

    await page.getByRole('tab', { name: 'Historikk' }).click();
    const history = page.getByRole('tabpanel', { name: 'Historikk' });
    const entry = history
      .getByRole('listitem')
      .filter({ hasText: 'status under utredning → vedtatt' })
      .first();
    await expect(entry).toContainText('Siri Sekretær');
    await entry.getByText('Vis før og etter').click();
    await expect(entry.getByRole('row', { name: /Status/ })).toContainText('Under utredning');
    await expect(entry.getByRole('row', { name: /Status/ })).toContainText('Vedtatt');
    await expectNoAxeViolations(page);

    // Back to the seeded status: Vedtatt → Satt på vent → Under utredning.
    await page.getByRole('tab', { name: 'Status' }).click();
    await panel.getByRole('button', { name: 'Flytt til Satt på vent' }).click();
    await expect(panel).toContainText('Nåværende status: Satt på vent');
    await panel.getByRole('button', { name: 'Flytt til Under utredning' }).click();
    await expect(panel).toContainText('Nåværende status: Under utredning');
  });
});
