import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure, everyoneParticipates, setParticipation } from './data';
import { expectNoAxeViolations, logIn } from './support';

// Flesberg's director opts Flesberg out of a measure where all seven take part (the journey's own) with a reason,
// sees it in the participation matrix at once, and opts in again. Other municipalities are not theirs.
test.describe('kommunedirektør / municipal director', () => {
  test('opts Flesberg out of a measure with a reason, sees it in the matrix, and opts in again', async ({
    page,
  }) => {
    const secretariat = await Api.as('sekretariat');
    const measure = await createMeasure(secretariat, {
      title: `Felles eiendomsskattekontor ${uniqueTag()}`,
      network: 'Teknisk nettverk',
    });
    await setParticipation(secretariat, measure, everyoneParticipates());
    const { code } = measure;

    await page.goto(`/tiltak/${code}?fane=deltakere`);
    await logIn(page, 'direktor.flesberg');

    const panel = page.getByRole('tabpanel', { name: 'Deltakere' });
    await expect(page.getByRole('tab', { name: 'Deltakere' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel).toContainText('7 av 7 kommuner deltar.');
    await expect(panel).toContainText(
      'Som kommunedirektør kan du melde Flesberg inn i eller ut av tiltaket.',
    );
    const flesberg = panel.getByRole('row', { name: /^Flesberg/ });
    const kongsberg = panel.getByRole('row', { name: /^Kongsberg/ });
    await expect(flesberg).toContainText('Deltar');
    // Only their own municipality has a control.
    await expect(kongsberg.getByRole('button')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: /Meld kommunen/ })).toHaveCount(1);
    await expectNoAxeViolations(page);

    await flesberg.getByRole('button', { name: 'Meld kommunen ut (Flesberg)' }).click();
    const reason = panel.getByLabel('Begrunnelse');
    await expect(reason).toBeFocused();
    // A reason is required.
    await panel.getByRole('button', { name: 'Bekreft utmelding' }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText('Skriv en begrunnelse for hvorfor kommunen ikke skal delta.')).toBeVisible();
    await expectNoAxeViolations(page);

    const why = 'Flesberg har egen avtale med Kongsberg om dette fram til 2027.';
    await reason.fill(why);
    await panel.getByRole('button', { name: 'Bekreft utmelding' }).click();
    await expect(panel.getByRole('status')).toHaveText(`Flesberg deltar ikke lenger i ${code}.`);
    await expect(flesberg).toContainText('Deltar ikke');
    await expect(flesberg).toContainText(why);
    await expect(panel).toContainText('6 av 7 kommuner deltar.');

    // The matrix, reached through the menu, shows the change at once.
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Deltakelse' })
      .click();
    await expect(page).toHaveTitle('Deltakelse – Samarbeid');
    const matrix = page.getByRole('table', { name: /Deltakelse per tiltak og kommune/ });
    const headers = matrix.locator('thead th');
    await expect(headers.first()).toHaveText('Tiltak');
    await expect(headers).toContainText(['Flesberg', 'Kongsberg']);
    const cell = matrix.locator(`tr[data-measure="${code}"] td[data-municipality="3334"]`);
    await expect(cell).toContainText('Deltar ikke');
    await cell.getByText('Deltar ikke').click();
    await expect(cell).toContainText(why);
    await expect(matrix.locator('tr[data-measure="T7"] td[data-municipality="3303"]')).toContainText(
      'Deltar ikke',
    );
    await expectNoAxeViolations(page);

    // Back to the measure and opt in again.
    await matrix.locator(`tr[data-measure="${code}"]`).getByRole('link', { name: code }).click();
    await page.getByRole('tab', { name: 'Deltakere' }).click();
    await flesberg.getByRole('button', { name: 'Meld kommunen inn (Flesberg)' }).click();
    await expect(panel.getByRole('status')).toHaveText(`Flesberg deltar nå i ${code}.`);
    await expect(panel).toContainText('7 av 7 kommuner deltar.');

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Deltakelse' })
      .click();
    await expect(cell).toHaveText('Deltar');
  });
});
