import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

const NBSP = '\u00a0';
const kr = (amount: string) => `${amount.replace(/ /g, NBSP)}${NBSP}kr`;

// Journey k): the secretariat tries another distribution key on T5 and sees every share change before saving, then
// a what-if without Kongsberg; Flesberg's director records an actual value for Flesberg, and only for Flesberg.
test.describe('økonomi på tiltak / measure economics', () => {
  test('the secretariat changes the key and sees the preview change, and a what-if', async ({ page }) => {
    await page.goto('/tiltak/T5?fane=okonomi');
    await logIn(page, 'sekretariat');
    const panel = page.getByRole('tabpanel', { name: 'Økonomi' });
    const flesberg2026 = panel
      .getByTestId('share-table')
      .locator('tr[data-municipality="3334"] td[data-year="2026"]');
    // Saved key: 30 % equal, 70 % by population: 1 650 000 × (0.7 × 2 781 / 55 939 + 0.3 / 7) = 128 134.96 → 128 135.
    await expect(flesberg2026.locator('.sb-share__amount')).toHaveText(kr('128 135'));
    await flesberg2026.getByText('Utregning').click();
    await expect(flesberg2026).toContainText('innbyggere 2 781 av 55 939 per 1.1.2025');
    await expectNoAxeViolations(page);

    // Equal: 1 650 000 / 7 = 235 714.28…; the 2 kr left go to the two lowest numbers (3303, 3334) → 235 715.
    await panel.getByRole('radio', { name: 'Likt', exact: true }).check();
    await expect(flesberg2026.locator('.sb-share__amount')).toHaveText(kr('235 715'));
    await expect(
      panel.getByText('Tabellen viser andelene med nøkkelen du ikke har lagret ennå.'),
    ).toBeVisible();

    // What if Kongsberg did not take part: 1 650 000 / 6 = 275 000 each, 39 285 kr more for Flesberg.
    await panel.getByRole('checkbox', { name: 'Kongsberg' }).check();
    await expect(flesberg2026.locator('.sb-share__amount')).toHaveText(kr('275 000'));
    await expect(flesberg2026).toContainText('Endring: +39 285');
    await expect(panel.getByTestId('share-table').locator('tr[data-municipality="3303"]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Back to the saved key: nothing was saved.
    await panel.getByRole('checkbox', { name: 'Kongsberg' }).uncheck();
    await panel.getByRole('button', { name: 'Tilbake til lagret nøkkel' }).click();
    await expect(flesberg2026.locator('.sb-share__amount')).toHaveText(kr('128 135'));
  });

  test("Flesberg's director records an actual value for Flesberg, and can choose no other municipality", async ({
    page,
  }) => {
    await page.goto('/tiltak/T5?fane=gevinster');
    await logIn(page, 'direktor.flesberg');
    const panel = page.getByRole('tabpanel', { name: 'Gevinstplan' });
    const form = panel.getByTestId('record-actual');
    const municipality = form.getByLabel('Kommune');
    await expect(municipality.locator('option')).toHaveText(['Flesberg']);
    await form.getByLabel('Gevinst').selectOption({ label: 'Mindre bruk av eksterne takstkonsulenter' });
    await form.getByLabel('År').selectOption('2026');
    await form.getByLabel(/^Verdi/).fill('58 000');
    await form.getByLabel('Kommentar').fill('Regnskap per november');
    await form.getByRole('button', { name: 'Registrer verdien' }).click();
    await expect(form.getByRole('status')).toContainText('Registrert');
    // 2026 realised: Kongsberg 240 000 + Flesberg 58 000 + Notodden 110 000 (+ any recorded since) of 680 000.
    const summary = panel.getByTestId('benefit-summary');
    await expect(summary.getByRole('row', { name: /^2026/ })).toContainText(
      /408[\u00a0 ]000|\d{3}[\u00a0 ]\d{3}/,
    );
    await expect(panel).toContainText('Regnskap per november');
    await expectNoAxeViolations(page);

    // Editing the plan is the network's and the secretariat's: a director has no editor.
    await expect(panel.getByRole('button', { name: /Ny gevinst|Legg til gevinst/ })).toHaveCount(0);
  });
});
