import { expect, test } from '@playwright/test';

import { countIn, expectNoAxeViolations, logIn } from './support';

// A politician (read-only) reads the portfolio, a seeded measure, the matrix and the decisions log and finds
// nothing that changes anything. Other journeys add measures and decisions of their own: counted from the page.
test.describe('folkevalgt / viewer', () => {
  test('reads /tiltak, /tiltak/T2, /deltakelse and /vedtak without any controls to change them', async ({
    page,
  }) => {
    await page.goto('/tiltak');
    await logIn(page, 'politiker');

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
      'Kommuner',
      /^Varsler/,
    ]);
    const count = page.getByRole('status').filter({ hasText: 'tiltak' });
    await expect(count).toHaveText(/^\d+ tiltak$/);
    const total = await countIn(count);
    expect(total).toBeGreaterThanOrEqual(31);
    const main = page.getByRole('main');
    // Only the filters' own buttons.
    await expect(main.getByRole('button')).toHaveText(['Søk', 'Vis flere']);
    await expectNoAxeViolations(page);

    await page.goto('/tiltak/T2');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('T2');
    await expect(page.getByText('Du kan lese, men ikke endre dette tiltaket.')).toBeVisible();
    for (const tab of ['Oversikt', 'Status', 'Deltakere', 'Avhengigheter', 'Vedtak', 'Historikk']) {
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel', { name: tab });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('textbox')).toHaveCount(0);
      await expect(panel.getByRole('combobox')).toHaveCount(0);
      // Nothing but disclosure toggles ("Vis før og etter") may be pressed.
      await expect(panel.getByRole('button')).toHaveCount(0);
    }
    await expectNoAxeViolations(page);

    await nav.getByRole('link', { name: 'Deltakelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deltakelse' })).toBeVisible();
    const matrix = page.getByRole('table', { name: /Deltakelse per tiltak og kommune/ });
    await expect(matrix.locator('tr[data-measure="O2"] td[data-municipality="4026"]')).toContainText(
      'Deltar ikke',
    );
    // Every measure has its row (more if another journey has added one since).
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(total);
    await expect(main.getByRole('button')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await nav.getByRole('link', { name: 'Vedtak' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vedtak' })).toBeVisible();
    const log = page.getByRole('table', { name: 'Vedtak, nyeste først' });
    const kdu = log.getByRole('row').filter({ hasText: 'KDU 4/26' });
    await expect(kdu).toContainText('Kommunedirektørutvalget (KDU)');
    await expect(kdu.getByRole('link', { name: /T1/ })).toBeVisible();
    await expect(kdu.getByRole('link', { name: /T2/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Registrer et vedtak' })).toHaveCount(0);
    await expect(main.getByRole('button')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The change log is the secretariat's: not in the menu, and the page says so.
    await page.goto('/historikk');
    await expect(
      page.getByText('Endringsloggen for hele regionen er bare tilgjengelig for sekretariatet.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
