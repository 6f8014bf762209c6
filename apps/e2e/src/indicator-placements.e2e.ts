import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

// Indicators beyond the strategy goals. Each journey makes what it needs: the leader of "Teknisk nettverk" attaches
// an indicator to a measure of the network on the measure page's "Indikatorer" tab and sees it in the measure's KPI
// table; the secretariat creates a KPI set of the region on /indikatorer, adds an indicator and exports the set's KPI
// table to Excel.

/** Fills the "Ny indikator" form (baseline and target years as the form suggests them) and sends it. */
async function addIndicator(page: Page, name: string, unit: string, baseline: string, target: string) {
  await page.getByRole('button', { name: 'Legg til indikator' }).click();
  const form = page.getByRole('form', { name: 'Ny indikator' });
  await form.getByRole('textbox', { name: 'Navn' }).fill(name);
  await form.getByRole('textbox', { name: 'Enhet' }).fill(unit);
  await form.getByRole('textbox', { name: 'Basisverdi' }).fill(baseline);
  await form.getByRole('textbox', { name: 'Målverdi' }).fill(target);
  await form.getByRole('button', { name: 'Legg til indikatoren' }).click();
  await expect(page.getByText('Indikatoren er lagt til.')).toBeVisible();
}

test.describe('indikatorer på tiltak og i sett / indicators on measures and in KPI sets', () => {
  test('the network leader attaches an indicator to a measure and sees it on the measure page', async ({
    page,
  }) => {
    const tag = uniqueTag();
    const measure = await createMeasure(await Api.as('sekretariat'), {
      title: `Indikatortiltak ${tag}`,
      network: 'Teknisk nettverk',
    });

    await page.goto(`/tiltak/${measure.code}/indikatorer`);
    await logIn(page, 'leder.teknisk');
    await expect(page.getByRole('tab', { name: 'Indikatorer', selected: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Indikatorer' })).toBeVisible();
    await expect(page.getByText('Ingen indikatorer ennå.')).toBeVisible();

    await addIndicator(page, `Saksbehandlingstid ${tag}`, 'dager', '40,5', '21');
    const kpi = page.getByRole('table', { name: 'KPI-tabell for Kongsbergregionen' });
    const row = kpi.getByRole('row').filter({ hasText: `Saksbehandlingstid ${tag}` });
    await expect(row).toContainText('40,5 dager');
    await expect(row).toContainText('21 dager i');
    await expect(row).toContainText('Ingen data');
    await expectNoAxeViolations(page);
  });

  test('the secretariat creates a KPI set of the region, adds an indicator and exports the table', async ({
    page,
  }) => {
    const tag = uniqueTag();
    await page.goto('/indikatorer');
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 2, name: 'Indikatorsett' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Regionens nøkkeltall' })).toBeVisible();
    await page.getByRole('button', { name: 'Nytt indikatorsett for regionen' }).click();
    const form = page.getByRole('form', { name: 'Nytt indikatorsett for regionen' });
    await form.getByRole('textbox', { name: 'Navn' }).fill(`Nøkkeltall ${tag}`);
    await form.getByRole('button', { name: 'Opprett settet' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Nøkkeltall ${tag}` })).toBeVisible();
    await expect(page).toHaveURL(/\/indikatorer\/sett\//);
    await addIndicator(page, `Sykefravær ${tag}`, 'prosent', '8,1', '6,5');
    await expect(
      page.getByRole('table', { name: 'KPI-tabell for Kongsbergregionen' }).getByRole('row').nth(1),
    ).toContainText(`Sykefravær ${tag}`);
    await expectNoAxeViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned KPI-tabellen (Excel)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await readFile(await download.path());
    // An .xlsx is a zip.
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
