import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure, moveMeasure, setParticipation } from './data';
import { countIn, expectNoAxeViolations, logIn } from './support';

// The secretariat filters the portfolio and moves a measure of the journey's own (in Teknisk nettverk, under
// assessment, yellow, 6 of 7 taking part) from "Under utredning" to "Vedtatt" and finds the change in its history.
// The seeded measures are only read.
test.describe('tiltaksporteføljen / the portfolio as the secretariat', () => {
  test('filters the measures, moves a measure to Vedtatt and finds the change in its history', async ({
    page,
  }) => {
    const secretariat = await Api.as('sekretariat');
    const measure = await createMeasure(secretariat, {
      title: `Byggesakstjenester ${uniqueTag()}`,
      network: 'Teknisk nettverk',
      mobilisation: 'YELLOW',
    });
    await moveMeasure(secretariat, measure, 'UNDER_ASSESSMENT');
    await setParticipation(secretariat, measure, {
      Kongsberg: { optedOut: 'Kongsberg har egen byggesaksavdeling med nok kapasitet.' },
      Flesberg: 'PARTICIPATING',
      Rollag: 'PARTICIPATING',
      'Nore og Uvdal': 'PARTICIPATING',
      Notodden: 'PARTICIPATING',
      Hjartdal: 'PARTICIPATING',
      Tinn: 'PARTICIPATING',
    });

    await page.goto('/tiltak');
    await logIn(page, 'sekretariat');

    await expect(page).toHaveURL(/\/tiltak$/);
    await expect(page).toHaveTitle('Tiltak – Samarbeid');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link')).toHaveText([
      'Hjem',
      'Tiltak',
      'Gjennomføringsplan',
      'Deltakelse',
      'Vedtak',
      'Avtaler',
      'Økonomi',
      'Nettverk',
      'Indikatorer',
      'Fokusposter',
      'Beredskap',
      'Rapportering',
      'Historikk',
      'Kommuner',
      /^Varsler/,
      'Publisering',
    ]);
    await expect(nav.getByRole('link', { name: 'Tiltak' })).toHaveAttribute('aria-current', 'page');

    // The 31 seeded measures and those other journeys have added: 20 at a time.
    const count = page.getByRole('status').filter({ hasText: 'tiltak' });
    await expect(count).toHaveText(/^\d+ tiltak$/);
    const total = await countIn(count);
    expect(total).toBeGreaterThanOrEqual(32);
    const rows = page.getByRole('table', { name: 'Tiltak i porteføljen' }).locator('tbody tr');
    await expect(rows).toHaveCount(20);
    await expect(page.getByText(`Viser 20 av ${total}.`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect(rows).toHaveCount(Math.min(total, 40));
    await expect(page.getByRole('button', { name: 'Vis flere' })).toHaveCount(total > 40 ? 1 : 0);
    // Keyboard users continue at the first measure that was added.
    await expect(rows.nth(20).getByRole('link')).toBeFocused();

    await page.getByLabel('Tjenesteområde').selectOption({ label: 'Teknisk' });
    await expect(page).toHaveURL(/omrade=TECHNICAL/);
    // The seeded technical measures come first (codes in order), the journeys' own after them.
    await expect(rows.locator('th').filter({ hasText: /^T\d$/ })).toHaveText([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
    ]);

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Under utredning' });
    await expect(page).toHaveURL(/status=UNDER_ASSESSMENT/);
    await expect(
      rows.filter({ has: page.getByRole('rowheader', { name: 'T7', exact: true }) }),
    ).toContainText('Under utredning');
    // Narrowed to the journey's own measure by its code.
    await page.getByLabel('Søk', { exact: true }).fill(measure.code);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`sok=${measure.code}`));
    await expect(count).toHaveText('1 tiltak');
    const own = rows.filter({ hasText: measure.code });
    await expect(own).toContainText('Under utredning');
    await expect(own).toContainText('Gul');
    await expect(own).toContainText('6 av 7');
    await expectNoAxeViolations(page);

    // The filters live in the address: a reload keeps them.
    await page.reload();
    await expect(count).toHaveText('1 tiltak');
    await expect(page.getByLabel('Tjenesteområde')).toHaveValue('TECHNICAL');

    await own.getByRole('link', { name: measure.title }).click();
    await expect(page).toHaveURL(new RegExp(`/tiltak/${measure.code}$`));
    await expect(page).toHaveTitle(`Tiltak ${measure.code} – Samarbeid`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`${measure.code}\\s+${measure.title}`),
    );
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

    // And on: Vedtatt → Satt på vent → Under utredning, each offered in turn.
    await page.getByRole('tab', { name: 'Status' }).click();
    await panel.getByRole('button', { name: 'Flytt til Satt på vent' }).click();
    await expect(panel).toContainText('Nåværende status: Satt på vent');
    await panel.getByRole('button', { name: 'Flytt til Under utredning' }).click();
    await expect(panel).toContainText('Nåværende status: Under utredning');
  });
});
