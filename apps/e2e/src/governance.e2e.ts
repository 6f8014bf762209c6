import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure, moveMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

// Readiness gates (issue 18): Kongsbergregionen requires political anchoring (F1) before a politically sensitive
// measure is decided. The leader of the owning network opens a measure of the journey's own that needs anchoring,
// is refused "Vedtatt" with what is missing, records the anchoring (date, body, case reference) on the measure page,
// and then decides it. axe at 1440 and 390 px before and after.
test.describe('styring / readiness gates', () => {
  test('a measure blocked by F1 becomes decidable once the anchoring is recorded', async ({ page }) => {
    const secretariat = await Api.as('sekretariat');
    const measure = await createMeasure(secretariat, {
      title: `Felles ressurskontor ${uniqueTag()}`,
      network: 'Teknisk nettverk',
    });
    const updated = await secretariat.request<{ updateMeasure: { version: number } }>(
      `mutation E2eNeedsAnchoring($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version } }`,
      { input: { id: measure.id, version: measure.version, politicalAnchoring: 'NEEDED' } },
    );
    measure.version = updated.updateMeasure.version;
    await moveMeasure(secretariat, measure, 'UNDER_ASSESSMENT');

    await page.goto(`/tiltak/${measure.code}?fane=status`);
    await logIn(page, 'leder.teknisk');
    const panel = page.getByRole('tabpanel', { name: 'Status' });
    await expect(panel.getByRole('heading', { name: 'Klar for vedtak?' })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Dette mangler' })).toHaveText(
      'politisk forankring er ikke registrert (dato, organ og saksnummer)',
    );
    await expect(
      panel.getByRole('list', { name: 'Regionens krav før vedtak' }).getByRole('listitem').first(),
    ).toContainText('Politisk forankring (F1): mangler');
    await expectNoAxeViolations(page);

    // Refused, naming what is missing.
    await panel.getByRole('button', { name: 'Flytt til Vedtatt' }).click();
    await expect(panel).toContainText(
      'Tiltaket kan ikke bli vedtatt ennå. Dette mangler: politisk forankring er ikke registrert (dato, organ og saksnummer).',
    );
    await expect(panel).toContainText('Nåværende status: Under utredning');

    // The anchoring, recorded on the page.
    const form = panel.getByRole('form', { name: 'Registrer politisk forankring' });
    await form.getByLabel('Dato').fill('2026-11-20');
    await form.getByLabel('Saksnummer').fill('PS 88/26');
    await form.getByLabel('Organ').fill('Kongsberg kommunestyre');
    await form.getByRole('button', { name: 'Registrer forankring' }).click();
    await expect(panel.getByText('Den politiske forankringen er registrert.')).toBeVisible();
    await expect(panel).toContainText('Tiltaket oppfyller regionens krav før vedtak og oppstart.');
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Flytt til Vedtatt' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Status er endret' })).toHaveText(
      'Status er endret til Vedtatt.',
    );
    await expect(panel).toContainText('Nåværende status: Vedtatt');

    await page.getByRole('tab', { name: 'Historikk' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Historikk' })).toContainText(
      'politisk forankret i Kongsberg kommunestyre 2026-11-20, sak PS 88/26',
    );
  });
});
