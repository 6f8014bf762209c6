import { expect, type Locator, test } from '@playwright/test';

import { uniqueTag } from './api';
import { expectNoAxeViolations, expectNoHorizontalScroll, logIn, PHONE } from './support';

// Self-evaluation (F2, issue 18): the leader of "Teknisk nettverk" answers this year's self-evaluation on the
// network's page (or changes the answers, when an earlier run already gave them: the year stays open until the
// secretariat closes it), with a comment of the journey's own, and sees the year among the results: in the table of
// the first question and in the chart's summary. The seeded years 2024 and 2025 are closed. axe at 1440 and 390 px.
test.describe('egenvurdering / self-evaluation', () => {
  test("a network's leader answers the year's self-evaluation and sees it on the network page", async ({
    page,
  }) => {
    const tag = uniqueTag();
    const year = new Date().getFullYear();

    await page.goto('/nettverk');
    await logIn(page, 'leder.teknisk');
    // The network's own row (working groups under it name it too, as their parent).
    await page
      .getByRole('table', { name: 'Nettverk i regionen' })
      .getByRole('rowheader', { name: 'Teknisk nettverk', exact: true })
      .getByRole('link')
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teknisk nettverk' })).toBeVisible();

    const section = page.getByRole('region', { name: 'Egenvurdering' });
    await expect(
      section.getByRole('table', { name: 'Nettverkets egenvurderinger, nyeste år først' }),
    ).toContainText('2025');
    await section
      .getByRole('button', { name: new RegExp(`^(Svar på egenvurderingen|Endre svarene) for ${year}$`) })
      .click();

    const form = section.getByRole('form', { name: `Egenvurdering for ${year}` });
    await expect(form).toBeVisible();
    const questions = form.getByRole('group');
    const count = await questions.count();
    expect(count).toBeGreaterThan(1);
    await questions.first().getByRole('radio', { name: '4' }).check();
    for (let index = 1; index < count; index++) {
      await questions.nth(index).getByRole('radio', { name: '3' }).check();
    }
    await form.getByLabel('Kommentar til spørsmål 1').fill(`Strategien brukes i møtene ${tag}`);
    await expectNoAxeViolations(page);

    await form.getByRole('button', { name: 'Lagre egenvurderingen' }).click();
    await expect(section.getByText(`Egenvurderingen for ${year} er lagret.`)).toBeVisible();
    await expect(form).toBeHidden();

    // A row by its year (a year's text may name another year: "Lukket 31. januar 2026").
    const rowOf = (table: Locator, rowYear: number) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: String(rowYear), exact: true }) });
    const years = section.getByRole('table', { name: 'Nettverkets egenvurderinger, nyeste år først' });
    await expect(rowOf(years, year)).toContainText('Åpen');
    const first = section.getByRole('table', { name: /^1\. Nettverket har en felles strategi/ });
    const thisYear = rowOf(first, year);
    await expect(thisYear).toContainText('4');
    await expect(thisYear).toContainText(`Strategien brukes i møtene ${tag}`);
    await expect(rowOf(first, 2024)).toContainText('Strategien er under arbeid.');
    await expect(section.getByText(`de siste årene (2024, 2025, ${year})`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.setViewportSize(PHONE);
    await expect(first).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
