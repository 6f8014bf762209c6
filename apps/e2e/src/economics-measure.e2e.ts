import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createBenefitWithPlan, createMeasure, setParticipation } from './data';
import { expectNoAxeViolations, logIn } from './support';

const NBSP = '\u00a0';
const kr = (amount: string) => `${amount.replace(/ /g, NBSP)}${NBSP}kr`;

// The secretariat tries another distribution key on the seeded T5 and sees every share change before saving, then a
// what-if without Kongsberg (nothing is saved). Flesberg's director records an actual value for Flesberg, and only
// for Flesberg, on a measure of the journey's own (2031–2032, so the seeded years' figures stay as they are).
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
    const secretariat = await Api.as('sekretariat');
    const benefit = 'Mindre bruk av eksterne takstkonsulenter';
    const measure = await createMeasure(secretariat, {
      title: `Felles takstmiljø ${uniqueTag()}`,
      network: 'Teknisk nettverk',
      startDate: '2031-01-01',
      endDate: '2032-12-31',
    });
    await setParticipation(secretariat, measure, {
      Kongsberg: 'PARTICIPATING',
      Flesberg: 'PARTICIPATING',
      Notodden: 'PARTICIPATING',
    });
    await createBenefitWithPlan(secretariat, measure, {
      title: benefit,
      owner: 'Økonomisjefene i kommunene',
      change: 'Takst gjøres av det felles kompetansemiljøet i stedet for konsulenter',
      plan: [
        { year: 2031, municipality: 'Kongsberg', planned: '250000' },
        { year: 2031, municipality: 'Flesberg', planned: '60000' },
        { year: 2031, municipality: 'Notodden', planned: '150000' },
      ],
      actuals: [
        { year: 2031, municipality: 'Kongsberg', value: '240000', comment: 'Regnskap per oktober' },
        { year: 2031, municipality: 'Notodden', value: '110000', comment: 'Foreløpig tall' },
      ],
    });

    await page.goto(`/tiltak/${measure.code}?fane=gevinster`);
    await logIn(page, 'direktor.flesberg');
    const panel = page.getByRole('tabpanel', { name: 'Gevinstplan' });
    const form = panel.getByTestId('record-actual');
    const municipality = form.getByLabel('Kommune');
    await expect(municipality.locator('option')).toHaveText(['Flesberg']);
    await form.getByLabel('Gevinst').selectOption({ label: benefit });
    await form.getByLabel('År').selectOption('2031');
    await form.getByLabel(/^Verdi/).fill('58 000');
    await form.getByLabel('Kommentar').fill('Regnskap per november');
    await form.getByRole('button', { name: 'Registrer verdien' }).click();
    await expect(form.getByRole('status')).toContainText('Registrert');
    // 2031 realised: Kongsberg 240 000 + Flesberg 58 000 + Notodden 110 000 of 460 000 planned.
    const summary = panel.getByTestId('benefit-summary');
    await expect(summary.getByRole('row', { name: /^2031/ })).toContainText(/408[\u00a0 ]000/);
    await expect(panel).toContainText('Regnskap per november');
    await expectNoAxeViolations(page);

    // Editing the plan is the network's and the secretariat's: a director has no editor.
    await expect(panel.getByRole('button', { name: /Ny gevinst|Legg til gevinst/ })).toHaveCount(0);
  });
});
