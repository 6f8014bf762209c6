import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { uniqueTag } from './api';
import { DESKTOP, expectNoAxeViolations, logIn, PHONE, waitForPageSettled } from './support';

// The yearly cycle: the secretariat opens a reporting period (named with a unique tag, so the journey can run again
// against the same database); the technical network's leader writes and submits the report on T5; the secretariat
// returns it once with a comment, the leader corrects and resubmits, the secretariat approves it, writes the summary,
// previews the compiled report, freezes it and downloads it as Word and as PDF, then previews Flesberg's edition.
// Axe at desktop and phone widths.

async function openReport(page: Page, periodUrl: string, subject: RegExp): Promise<void> {
  await page.goto(periodUrl);
  await waitForPageSettled(page);
  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Statusrapport: / })).toBeVisible();
  await waitForPageSettled(page);
}

test.describe('rapportering / reporting', () => {
  test('open a period, a leader reports, the secretariat returns it once, approves, compiles, freezes and downloads', async ({
    page,
    browser,
  }) => {
    const tag = uniqueTag();
    const name = `Tertial ${tag}`;
    await page.setViewportSize(DESKTOP);

    // The secretariat opens the period.
    await page.goto('/rapportering');
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 1, name: 'Rapportering' })).toBeVisible();
    await waitForPageSettled(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Åpne ny periode' }).click();
    const form = page.getByRole('form', { name: 'Åpne en rapporteringsperiode' });
    await form.getByLabel('Navn').fill(name);
    await form.getByLabel('Type periode').selectOption({ label: 'Tertial' });
    await form.getByLabel('Første dag').fill('2026-09-01');
    await form.getByLabel('Siste dag').fill('2026-12-31');
    await form.getByLabel('Frist for rapportene').fill('2027-01-20');
    await form.getByRole('button', { name: 'Åpne perioden' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await waitForPageSettled(page);
    const periodUrl = page.url();
    await expect(page.getByRole('table', { name: 'Statusrapporter per nettverk' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The technical network's leader writes and submits the report on T5.
    const leader = await browser.newPage({ viewport: DESKTOP });
    try {
      await leader.goto(periodUrl);
      await logIn(leader, 'leder.teknisk');
      await waitForPageSettled(leader);
      await leader.getByLabel('Bare rapporter jeg skal skrive').check();
      await leader.getByRole('link', { name: /^T5 / }).click();
      await expect(leader.getByRole('heading', { level: 1, name: /^Statusrapport: T5/ })).toBeVisible();
      await waitForPageSettled(leader);
      const report = leader.getByRole('form', { name: 'Rapporten' });
      await report.getByLabel(/^Gul/).check();
      await report.getByLabel('Fremdrift (prosent)').fill('40');
      await report
        .getByLabel('Hva er gjort')
        .fill(`Felles takstrutine er skrevet og prøvd i Flesberg (${tag}).`);
      await report.getByLabel('Avvik og årsaker').fill('To måneder forsinket: nøkkelperson sluttet.');
      await report.getByLabel('Neste steg').fill('Rekruttere takstmann.');
      await report.getByLabel('Lever til sekretariatet').check();
      await report.getByRole('button', { name: 'Lagre' }).click();
      await expect(leader.getByText('Levert', { exact: true }).first()).toBeVisible();
      await expectNoAxeViolations(leader);

      // The secretariat returns it once, with a comment.
      await openReport(page, periodUrl, /^T5 /);
      const returning = page.getByRole('form', { name: 'Send tilbake' });
      await returning.getByLabel('Kommentar til eieren').fill('Beskriv risikoen ved omtaksering.');
      await returning.getByRole('button', { name: 'Send tilbake' }).click();
      await expect(page.getByText('Rapporten er sendt tilbake til eieren.')).toBeVisible();

      // The leader reads the comment, adds the risk and submits again.
      await leader.reload();
      await waitForPageSettled(leader);
      await expect(leader.getByText('Beskriv risikoen ved omtaksering.')).toBeVisible();
      const again = leader.getByRole('form', { name: 'Rapporten' });
      await again.getByLabel('Risikoer').fill('Flere klager ved omtaksering.');
      await again.getByLabel('Lever til sekretariatet').check();
      await again.getByRole('button', { name: 'Lagre' }).click();
      await expect(leader.getByText('Levert', { exact: true }).first()).toBeVisible();
    } finally {
      await leader.close();
    }

    // The secretariat approves it.
    await openReport(page, periodUrl, /^T5 /);
    await page.getByRole('button', { name: 'Godkjenn' }).click();
    await expect(page.getByText('Rapporten er godkjent.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Summary, preview, freeze.
    await page.goto(periodUrl);
    await waitForPageSettled(page);
    const summary = page.getByRole('form', { name: 'Sammendrag' });
    await summary.getByLabel('Sammendrag').fill(`Tertialet gikk godt; T5 er godkjent (${tag}).`);
    await summary.getByRole('button', { name: 'Lagre sammendraget' }).click();
    await expect(page.getByText('Sammendraget er lagret.')).toBeVisible();
    await page.getByRole('link', { name: 'Forhåndsvis rapporten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kongsbergregionen: ${name}` })).toBeVisible();
    await waitForPageSettled(page);
    await expect(page.getByText(`T5 er godkjent (${tag})`)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page);
    await page.setViewportSize(DESKTOP);

    await page.goto(periodUrl);
    await waitForPageSettled(page);
    await page.getByRole('button', { name: 'Frys rapporten' }).click();
    await expect(page.getByText('Rapporten er frosset som versjon 1.')).toBeVisible();

    for (const [label, extension, magic] of [
      ['Last ned Word (versjon 1)', '.docx', 'PK'],
      ['Last ned PDF (versjon 1)', '.pdf', '%PDF'],
    ] as const) {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: label }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\${extension}$`));
      const file = await readFile(await download.path());
      expect(file.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    await page.setViewportSize(PHONE);
    await waitForPageSettled(page);
    await expectNoAxeViolations(page);
    await page.setViewportSize(DESKTOP);

    // Flesberg's edition for its council: what it takes part in, pays and gains, with the charts' tables.
    await page.getByLabel('Utgave').selectOption({ label: 'Flesberg' });
    await page.getByRole('link', { name: 'Forhåndsvis utgaven for Flesberg' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Flesberg i Kongsbergregionen: ${name}` }),
    ).toBeVisible();
    await waitForPageSettled(page);
    await expect(
      page.getByRole('table', { name: 'Andelen til Flesberg per tiltak i perioden' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
