import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

// Journey j): a politician reads what Flesberg takes part in, pays and gains, from the municipalities list, and the
// region's savings gap; the secretariat sets a required saving for a new year and sees the gap table follow.
test.describe('økonomi / economics pages', () => {
  test('a politician reads Flesberg’s economics and the region’s savings gap', async ({ page }) => {
    await page.goto('/kommuner');
    await logIn(page, 'politiker');
    await page.getByRole('link', { name: 'Flesberg' }).click();
    await expect(page).toHaveURL(/\/okonomi\/kommuner\/3334$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flesberg');
    const lead = page.getByTestId('municipality-lead');
    // T5's plan for Flesberg is 60 000 kr in 2026; it pays its shares of T5, T7 and O2.
    await expect(lead).toContainText(
      /^Flesberg deltar i \d+ tiltak, betaler [\d\u00a0 ]+\u00a0?kr og er planlagt/,
    );
    await expect(lead).toContainText('60\u00a0000\u00a0kr i 2026');
    await expect(page.getByRole('link', { name: 'T5' }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi' }).click();
    const gap = page.getByTestId('savings-gap');
    const row2026 = gap.getByRole('row', { name: /^2026/ });
    await expect(row2026).toContainText('2\u00a0583\u00a0000\u00a0kr');
    await expect(page.getByRole('img', { name: /Søylediagram/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lagre kravene' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the secretariat sets a required saving and the gap table shows it', async ({ page }) => {
    await page.goto('/okonomi');
    await logIn(page, 'sekretariat');
    await page.getByRole('button', { name: 'Legg til år' }).click();
    const years = page.getByLabel('År', { exact: true });
    const amounts = page.getByLabel('Beløp i kroner');
    await years.last().fill('2030');
    await amounts.last().fill('15 000 000');
    await page.getByRole('button', { name: 'Lagre kravene' }).click();
    await expect(page.getByText('Kravene er lagret.')).toBeVisible();
    const row2030 = page.getByTestId('savings-gap').getByRole('row', { name: /^2030/ });
    await expect(row2030).toContainText('15\u00a0000\u00a0000\u00a0kr');
    await expect(row2030).toContainText('mangler');
    await expectNoAxeViolations(page);
  });
});
