import { randomInt } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { Api } from './api';
import { regionRequirementYears } from './data';
import { expectNoAxeViolations, logIn } from './support';

// A politician reads what Flesberg takes part in, pays and gains, from the municipalities list, and the region's
// savings gap (seeded figures for 2026, which no journey changes: their own figures lie in other years); the
// secretariat sets a required saving for a year that has none yet (drawn from 2040–2099) and sees the gap table
// follow.
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
      /^Flesberg deltar i \d+ tiltak; \d+ av dem har kostnader eller planlagt gevinst i \d{4}\. Det året betaler kommunen [\d\u00a0 ]+\u00a0?kr og er planlagt/,
    );
    await expect(lead).toContainText('i 2026. Det året betaler kommunen');
    await expect(lead).toContainText('planlagt å hente 60\u00a0000\u00a0kr');
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
    const taken = new Set(await regionRequirementYears(await Api.as('sekretariat')));
    const free = Array.from({ length: 60 }, (_, index) => 2040 + index).filter((year) => !taken.has(year));
    const year = free[randomInt(free.length)];

    await page.goto('/okonomi');
    await logIn(page, 'sekretariat');
    const years = page.getByLabel('År', { exact: true });
    const amounts = page.getByLabel('Beløp i kroner');
    await expect(amounts.first()).toBeVisible();
    const rowsBefore = await amounts.count();
    await page.getByRole('button', { name: 'Legg til år' }).click();
    // A new row at the end, its amount focused.
    await expect(amounts).toHaveCount(rowsBefore + 1);
    await expect(amounts.last()).toBeFocused();
    await years.last().fill(String(year));
    await amounts.last().fill('15 000 000');
    await page.getByRole('button', { name: 'Lagre kravene' }).click();
    await expect(page.getByText('Kravene er lagret.')).toBeVisible();
    const row = page.getByTestId('savings-gap').getByRole('row', { name: new RegExp(`^${year}`) });
    await expect(row).toContainText('15\u00a0000\u00a0000\u00a0kr');
    await expect(row).toContainText('mangler');
    await expectNoAxeViolations(page);
  });
});
