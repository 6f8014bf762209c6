import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createStrategy } from './data';
import { expectNoAxeViolations, logIn } from './support';

// Indicators over time. Each journey makes what it needs: the leader of "Teknisk nettverk" records three years of an
// indicator of the journey's own strategy and sees the trend and the status; the secretariat imports KOSTRA figures
// from the e2e stack's stand-in for SSB (recorded responses, never SSB); a director opens the KOSTRA benchmark of
// their municipality (the demo data carries one KOSTRA figure, so it has figures in any order of the journeys).
test.describe('indikatorer / indicators', () => {
  test('the network leader records three years of values and sees trend and status', async ({ page }) => {
    const tag = uniqueTag();
    const strategy = await createStrategy(await Api.as('leder.teknisk'), {
      network: 'Teknisk nettverk',
      title: `Indikatorer teknisk ${tag}`,
      periodFrom: 2026,
      periodTo: 2029,
      goals: [
        {
          title: 'Raskere saksbehandling',
          description: 'Kortere behandlingstid for byggesaker.',
          indicators: [
            {
              name: `Behandlingstid ${tag}`,
              unit: 'dager',
              baselineYear: 2025,
              baselineValue: '38.5',
              targetYear: 2035,
              targetValue: '21',
              direction: 'DECREASE',
            },
          ],
        },
      ],
    });

    await page.goto(`/indikatorer/strategi/${strategy.id}`);
    await logIn(page, 'leder.teknisk');
    await expect(page.getByRole('heading', { level: 1, name: strategy.title })).toBeVisible();
    const kpi = page.getByRole('table', { name: 'KPI-tabell for Kongsbergregionen' });
    await expect(kpi.getByRole('row').nth(1)).toContainText('Ingen data');
    await expectNoAxeViolations(page);

    const form = page.getByRole('form', { name: `Registrer verdi: Behandlingstid ${tag}` });
    for (const [period, value] of [
      ['2024', '40,2'],
      ['2025', '38,5'],
      ['2026', '35'],
    ]) {
      await form.getByRole('textbox', { name: 'Periode' }).fill(period);
      await form.getByRole('textbox', { name: 'Verdi (dager)' }).fill(value);
      await form.getByRole('button', { name: 'Lagre verdien' }).click();
      await expect(
        form.getByText(`Lagret: Behandlingstid ${tag} ${period} for Hele regionen.`),
      ).toBeVisible();
    }

    // 40.2 → 35 over two years: falling 2.6 a year, the way a DECREASE indicator wants; the path from 38.5 (2025)
    // to 21 (2035) expects 36.75 in 2026, so 35 is on track.
    const row = kpi.getByRole('row').nth(1);
    await expect(row).toContainText('35 dager (2026)');
    await expect(row).toContainText('Synker, −2,6 per år (2024–2026), i ønsket retning');
    await expect(row).toContainText('I rute');
    await expect(page.getByRole('table', { name: 'Målte verdier for Kongsbergregionen' })).toContainText(
      '40,2',
    );
    await expectNoAxeViolations(page);
  });

  test('the secretariat imports KOSTRA figures from SSB (the stand-in) and follows the progress', async ({
    page,
  }) => {
    await page.goto('/indikatorer');
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 1, name: 'Indikatorer' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Strategi for teknisk nettverk 2026–2029' }).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Hent KOSTRA-tall fra SSB' }).click();
    const progress = page.getByRole('progressbar', { name: 'Fremdrift' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Ferdig' })).toContainText(
      /Ferdig: \d+ KOSTRA-tall for 7 kommuner, KOSTRA-grupper og landet \(2020–2025\)/,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a director opens the benchmark of their municipality against the region and its KOSTRA group', async ({
    page,
  }) => {
    await page.goto('/indikatorer/sammenligning');
    await logIn(page, 'direktor.kongsberg');
    await expect(page.getByRole('heading', { level: 1, name: 'Sammenligning med KOSTRA' })).toBeVisible();
    const table = page.getByRole('table', { name: 'KOSTRA-nøkkeltall for Kongsberg' });
    const row = table.getByRole('row').filter({ hasText: 'saksbehandlingstid, byggesaker' });
    await expect(row).toContainText('2025');
    await expect(page.getByText(/KOSTRA-gruppe 13/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Kommune').selectOption({ label: 'Hjartdal' });
    await expect(page.getByRole('table', { name: 'KOSTRA-nøkkeltall for Hjartdal' })).toBeVisible();
    await expect(page).toHaveURL(/kommune=4024/);
  });
});
