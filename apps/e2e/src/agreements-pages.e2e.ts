import { readFile } from 'node:fs/promises';

import { expect, type Locator, type Page, test } from '@playwright/test';
import { addMonths, daysInMonth, lastNoticeDate } from '@samarbeid/shared/domain';

import { Api, uniqueTag } from './api';
import { submitServicePurchase } from './data';
import { expectNoAxeViolations, logIn } from './support';

// A politician reads Flesberg's agreements of every legal form (role, annual cost, end date, last notice date and
// the deadlines in words), opens one and downloads it as PDF, and filters the register by legal form: only the seeded
// agreements, which no journey changes, are asserted (other journeys add service purchases of their own, which may
// be listed too). Flesberg's director reads the notifications and marks the one about an agreement waiting for
// approval as read: an agreement the journey submits for the purpose.

/** Today in Norway, YYYY-MM-DD. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());

/** The seeded child-welfare agreement ends on the last day of the fifth month after the seeding day (today). */
const childWelfareEnd = (() => {
  const [year, month] = addMonths(today, 5).split('-').map(Number);
  return `${year}-${String(month).padStart(2, '0')}-${daysInMonth(year, month)}`;
})();

/** "2027-04-30" → "30. april 2027", as the app writes dates. */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));

/** Whitespace as the app writes it in amounts (a no-break space). */
const amount = (text: string) => new RegExp(text.replace(/ /g, '[\\s\\u00a0]'));

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

/** A row of a table, by the agreement title that links from its first cell. */
function rowOf(table: Locator, title: string): Locator {
  return table
    .locator('tbody tr')
    .filter({ has: table.page().getByRole('link', { name: title, exact: true }) });
}

test.describe('avtalesider / agreement pages', () => {
  test("a politician reads Flesberg's agreements, downloads one as PDF and filters the register", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/avtaler/kommuner/3334');
    await logIn(page, 'politiker');
    await expect(page).toHaveTitle('Avtaler for kommune 3334 – Samarbeid');
    await expect(page.getByRole('heading', { level: 1, name: 'Avtaler for Flesberg' })).toBeVisible();
    await expect(page.getByTestId('municipality-agreements-lead')).toHaveText(
      /^Flesberg er part i \d+ avtaler og betaler [\d\s\u00a0]+kr i året\.$/,
    );
    await expect(
      page.getByText('Tabellen viser også 1 avtale som er sagt opp, utløpt eller avvist.'),
    ).toBeVisible();

    const table = page.getByTestId('municipality-agreements');
    // Title | legal form | role | status | annual cost | ends | last notice date | deadlines.
    const t7 = rowOf(table, 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag');
    await expect(t7.locator('td').nth(0)).toHaveText('Tjenestekjøpsavtale');
    await expect(t7.locator('td').nth(1)).toHaveText('Kjøper');
    await expect(t7.locator('td').nth(2)).toHaveText('Aktiv');
    // 1 150 kr × 1 200 hours = 1 380 000 kr a year; Flesberg buys 700 of the hours.
    await expect(t7.locator('td').nth(3)).toContainText(amount('805 000 kr'));
    await expect(t7.locator('td').nth(3)).toContainText('etter volum');
    await expect(t7.locator('td').nth(4)).toHaveText('31. desember 2028');
    await expect(t7.locator('td').nth(5)).toHaveText('30. juni 2028');

    const childWelfare = rowOf(table, 'Felles barnevernstjeneste');
    await expect(childWelfare.locator('td').nth(0)).toHaveText(
      'Vertskommunesamarbeid, administrativt (kap. 20)',
    );
    await expect(childWelfare.locator('td').nth(1)).toHaveText('Samarbeidskommune');
    await expect(childWelfare.locator('td').nth(3)).toContainText(amount('2 450 000 kr'));
    // Seeded today: it ends on the last day of the fifth month from now, notice 3 months before (on 22.11.2026:
    // 30. april 2027 and 30. januar 2027).
    await expect(childWelfare.locator('td').nth(4)).toHaveText(longDate(childWelfareEnd));
    await expect(childWelfare.locator('td').nth(5)).toHaveText(longDate(lastNoticeDate(childWelfareEnd, 3)));

    const council = rowOf(table, 'Kongsbergregionen interkommunalt politisk råd');
    await expect(council.locator('td').nth(0)).toHaveText('Interkommunalt politisk råd (kap. 18)');
    await expect(council.locator('td').nth(1)).toHaveText('Medlem');
    await expect(council.locator('td').nth(3)).toContainText(amount('180 000 kr'));
    await expect(council.locator('td').nth(4)).toHaveText('uten sluttdato');
    await expect(council.locator('td').nth(5)).toHaveText('ingen frist');
    await expect(council.getByTestId('agreement-flags')).toHaveText('ingen');

    const propertyTax = rowOf(table, 'Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg');
    await expect(propertyTax.locator('td').nth(2)).toHaveText('Til godkjenning');
    await expect(propertyTax.locator('td').nth(3)).toContainText(amount('340 000 kr'));
    const surveying = rowOf(table, 'Oppmåling og matrikkelføring – Rollag selger til Flesberg');
    await expect(surveying.locator('td').nth(2)).toHaveText('Avvist');
    await expectNoAxeViolations(page);

    // Deadlines within 12 months, in words: the child-welfare agreement has a note about the notice deadline and one
    // about its end.
    await page.getByLabel('Vis frister innen').selectOption('12');
    await expect(
      page.getByRole('region', { name: 'Avtalene til Flesberg, med merknad om frister innen 12 måneder' }),
    ).toBeVisible();
    await expect(childWelfare.getByTestId('agreement-flags').locator('li')).toHaveText([
      /^(Frist for oppsigelse (om \d+ (mdr|dag|dager)|i dag)|Fristen for oppsigelse er passert)\.$/,
      /^Slutter (om \d+ (mdr|dag|dager)|i dag)\.$/,
    ]);
    await expect(council.getByTestId('agreement-flags')).toHaveText('ingen');
    await expectNoAxeViolations(page);

    // One agreement, and its PDF.
    await t7
      .getByRole('link', { name: 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag' })
      .click();
    await expect(page).toHaveURL(/\/avtaler\/[0-9a-f-]{36}$/);
    await expect(page).toHaveTitle('Avtale – Samarbeid');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag',
      }),
    ).toBeVisible();
    await expect(page.getByTestId('agreement-status')).toHaveText('Aktiv (versjon 1)');
    await expect(page.getByTestId('parties').getByRole('row', { name: /^Flesberg/ })).toContainText('Kjøper');
    await expect(page.getByTestId('assessment')).toContainText('Vurderingen er fullført.');
    // A politician reads; there is nothing to do.
    await expect(page.getByRole('heading', { name: 'Handlinger' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Rediger' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned versjon 1 som PDF' }).first().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The register, filtered by legal form (kept in the address).
    await page.getByRole('link', { name: 'Tilbake til avtaleregisteret' }).click();
    await expect(page).toHaveTitle('Avtaler – Samarbeid');
    const legalForm = page.getByLabel('Avtaleform');
    await legalForm.selectOption({ label: 'Vertskommunesamarbeid, administrativt (kap. 20)' });
    await expect(page).toHaveURL(/[?&]avtaleform=HOST_MUNICIPALITY_ADMINISTRATIVE/);
    await expect(page.getByRole('status').filter({ hasText: /avtale/ })).toHaveText('1 avtale');
    const register = page.getByRole('table', { name: 'Avtaleregisteret' });
    await expect(register.locator('tbody tr')).toHaveCount(1);
    await expect(rowOf(register, 'Felles barnevernstjeneste')).toContainText('Flesberg');
    await expectNoAxeViolations(page);

    await legalForm.selectOption({ label: 'Tjenestekjøpsavtale' });
    await expect(page).toHaveURL(/[?&]avtaleform=SERVICE_PURCHASE/);
    await expect(rowOf(register, 'Felles barnevernstjeneste')).toHaveCount(0);
    for (const title of [
      'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag',
      'Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg',
      'Oppmåling og matrikkelføring – Rollag selger til Flesberg',
    ]) {
      await expect(rowOf(register, title)).toHaveCount(1);
    }
    const forms = await register
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim()));
    expect(new Set(forms)).toEqual(new Set(['Tjenestekjøpsavtale']));

    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
    await expect(legalForm).toHaveValue('');
    await expect(rowOf(register, 'Felles barnevernstjeneste')).toHaveCount(1);
  });

  test("Flesberg's director reads the notifications and marks one as read", async ({ page }) => {
    const agreement = await submitServicePurchase(await Api.as('sekretariat'), {
      title: `Lønnskompetanse – Notodden selger til Flesberg ${uniqueTag()}`,
      seller: 'Notodden',
      buyers: { Flesberg: '300' },
      startDate: '2027-01-01',
      endDate: '2028-12-31',
    });

    await page.goto('/varsler');
    await logIn(page, 'direktor.flesberg');
    await expect(page).toHaveTitle('Varsler – Samarbeid');
    await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();

    const inMenu = menu(page).getByRole('link', { name: /^Varsler, \d+ uleste?$/ });
    await expect(inMenu).toBeVisible();
    const unread = Number(await inMenu.getByTestId('nav-badge').textContent());
    expect(unread).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('notifications-summary')).toHaveText(
      new RegExp(`^\\s*\\d+ varsler?, ${unread} uleste?\\.\\s*$`),
    );

    const title = `Godkjenning: ${agreement.title} (versjon 1)`;
    const waiting = page.getByTestId('notification').filter({ hasText: title });
    await expect(waiting).toHaveCount(1);
    await expect(waiting.getByTestId('notification-unread')).toHaveText('Ulest');
    await expect(waiting).toContainText(
      `Avtalen «${agreement.title}», versjon 1, venter på godkjenning fra kommunedirektøren.`,
    );
    await expectNoAxeViolations(page);

    await waiting.getByRole('button', { name: `Merk som lest: ${title}` }).click();
    await expect(page.getByTestId('notifications-marked')).toHaveText('1 varsel er merket som lest.');
    await expect(waiting.getByTestId('notification-unread')).toHaveCount(0);
    await expect(waiting.getByRole('button', { name: /^Merk som lest/ })).toHaveCount(0);
    if (unread === 1) {
      await expect(menu(page).getByRole('link', { name: 'Varsler', exact: true })).toBeVisible();
    } else {
      await expect(
        menu(page).getByRole('link', {
          name: `Varsler, ${unread - 1} ${unread - 1 === 1 ? 'ulest' : 'uleste'}`,
        }),
      ).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // Read it stays: after a reload there is nothing more to mark.
    await page.reload();
    await expect(waiting).toHaveCount(1);
    await expect(waiting.getByTestId('notification-unread')).toHaveCount(0);
    await expect(waiting.getByRole('button', { name: /^Merk som lest/ })).toHaveCount(0);

    // The notification leads to the agreement, where Flesberg's decision is still awaited.
    await waiting.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/avtaler\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('agreement-status')).toHaveText('Til godkjenning (versjon 1)');
    await expect(page.getByTestId('decision')).toContainText(
      'Godkjenn eller avvis versjon 1 på vegne av Flesberg.',
    );
    await expectNoAxeViolations(page);
  });
});
