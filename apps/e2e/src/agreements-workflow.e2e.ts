import { expect, type Page, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createMeasure } from './data';
import { expectNoAxeViolations, logIn } from './support';

// The secretariat drafts a service-purchase agreement for a measure of the journey's own (Kongsberg sells
// building-case processing to Flesberg and Rollag), is stopped by an end date before the start and by the missing
// § 3-3 assessment, completes it and submits it; the directors of Kongsberg, Flesberg and Rollag each find it in their
// approval inbox (with the count in the menu) and approve, and it is active; the secretariat raises the hourly price,
// which makes version 2 and resets the approvals, and Flesberg's director sees the price's before and after in the
// inbox. The agreement and its measure are the journey's own, named for the run; the seeded ones are left as they
// are. It runs 2027–2029, so the figures for 2026 that other journeys check are not changed by it.
// The three tests are one story (serial): the later ones go on with the agreement the first one made.

const NBSP = '\u00a0';

/**
 * Set by the first test: the agreement's title (of the run, so that the journey can run again: --repeat-each runs
 * it in the same worker), the code of the measure it is for, and its address, /avtaler/<id>.
 */
let agreementTitle = '';
let measureCode = '';
let agreementPath = '';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

/** The approvals link in the menu, with its badge: how many agreements wait (0 when there is no badge). */
async function waitingInMenu(page: Page): Promise<number> {
  const link = menu(page).getByRole('link', { name: /^Godkjenninger, \d+ venter$/ });
  await expect(link).toBeVisible();
  const badge = link.getByTestId('nav-badge');
  await expect(badge).toBeVisible();
  return Number(await badge.textContent());
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(/\/realms\/samarbeid\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
}

/** A director opens the approval inbox, finds the agreement and approves version `version` for `municipality`. */
async function approveInInbox(
  page: Page,
  username: string,
  municipality: string,
  role: 'selger' | 'kjøper',
  last: boolean,
): Promise<void> {
  await page.goto('/godkjenninger');
  await logIn(page, username);
  await expect(page).toHaveTitle('Godkjenninger – Samarbeid');
  await expect(page.getByRole('heading', { level: 1, name: 'Godkjenninger' })).toBeVisible();

  const waiting = await waitingInMenu(page);
  expect(waiting).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('inbox-count')).toHaveText(
    `${waiting} ${waiting === 1 ? 'avtale venter' : 'avtaler venter'} på din godkjenning.`,
  );
  const item = page.getByRole('article', { name: agreementTitle });
  await expect(item).toContainText(`Versjon 1 · Til godkjenning for ${municipality} (${role})`);
  await expect(item).toContainText('Selger');
  await expect(item).toContainText('Kongsberg');
  await expect(item).toContainText('Flesberg, Rollag');
  await expect(item).toContainText(`1${NBSP}150${NBSP}kr (timepris)`);
  await expect(item).toContainText('800 timer');
  await expect(item).toContainText('6 mdr.');
  await expect(item.getByRole('link', { name: measureCode })).toBeVisible();
  await expectNoAxeViolations(page);

  await item.getByRole('button', { name: `Godkjenn: ${agreementTitle}` }).click();
  // The decision is asked again, with the municipality's own share.
  const confirmation = page.getByRole('dialog', { name: 'Godkjenne denne versjonen av avtalen?' });
  await expect(confirmation).toContainText(municipality);
  await confirmation.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(page.getByTestId('inbox-outcome')).toHaveText(
    last
      ? `Du godkjente «${agreementTitle}» (versjon 1) for ${municipality}. Alle partene har godkjent, og avtalen er nå aktiv.`
      : `Du godkjente «${agreementTitle}» (versjon 1) for ${municipality}.`,
  );
  await expect(page.getByRole('article', { name: agreementTitle })).toHaveCount(0);
  // The count in the menu follows.
  if (waiting === 1) {
    await expect(menu(page).getByRole('link', { name: 'Godkjenninger', exact: true })).toBeVisible();
    await expect(page.getByTestId('inbox-empty')).toHaveText('Ingen avtaler venter på din godkjenning.');
  } else {
    await expect(
      menu(page).getByRole('link', { name: `Godkjenninger, ${waiting - 1} venter` }),
    ).toBeVisible();
  }
}

test.describe('avtaler: tjenestekjøp fra utkast til godkjent / service purchase workflow', () => {
  test.describe.configure({ mode: 'serial' });

  test('the secretariat drafts the agreement, is stopped twice, completes the assessment and submits', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    agreementTitle = `Kjøp av byggesaksbehandling fra Kongsberg 2027–2029 ${uniqueTag()}`;
    const measure = await createMeasure(await Api.as('sekretariat'), {
      title: `Byggesakstjenester ${uniqueTag()}`,
      network: 'Teknisk nettverk',
    });
    measureCode = measure.code;

    await page.goto('/avtaler');
    await logIn(page, 'sekretariat');
    await expect(page).toHaveTitle('Avtaler – Samarbeid');
    await expect(page.getByRole('heading', { level: 1, name: 'Avtaler' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Ny avtale' }).click();
    await expect(page).toHaveURL(/\/avtaler\/ny$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ny avtale' })).toBeVisible();
    await page.getByRole('radio', { name: 'Tjenestekjøpsavtale' }).check();
    await page.getByLabel('Tittel').fill(agreementTitle);
    await page
      .getByLabel('Tiltak', { exact: true })
      .selectOption({ label: `${measure.code} ${measure.title}` });

    // A seller and a buyer to start with; a second buyer is added.
    const part1 = page.getByRole('group', { name: 'Part 1', exact: true });
    const part2 = page.getByRole('group', { name: 'Part 2', exact: true });
    await part1.getByLabel('Kommune').selectOption({ label: 'Kongsberg' });
    await expect(part1.getByLabel('Rolle')).toHaveValue('SELLER');
    await part1.getByLabel('Signatar (valgfritt)').fill('Kari Nordby, kommunedirektør');
    await part2.getByLabel('Kommune').selectOption({ label: 'Flesberg' });
    await expect(part2.getByLabel('Rolle')).toHaveValue('BUYER');
    await part2.getByLabel('Kjøpers volum per år (valgfritt)').fill('500');
    await page.getByRole('button', { name: 'Legg til part' }).click();
    const part3 = page.getByRole('group', { name: 'Part 3', exact: true });
    await expect(part3.getByLabel('Kommune')).toBeFocused();
    await part3.getByLabel('Kommune').selectOption({ label: 'Rollag' });
    await expect(part3.getByLabel('Rolle')).toHaveValue('BUYER');
    await part3.getByLabel('Kjøpers volum per år (valgfritt)').fill('300');

    await page
      .getByLabel('Tjenestebeskrivelse')
      .fill(
        'Kongsberg kommune forbereder byggesaker for Flesberg og Rollag etter kjøpskommunenes delegering; ' +
          'kjøperne gjør vedtakene.',
      );
    await page.getByLabel('Volum per år', { exact: true }).fill('800');
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'timer' });
    await page.getByLabel('Prismodell').selectOption({ label: 'Timepris' });
    await page.getByLabel('Pris (kr)').fill('1 150');
    await page
      .getByLabel('Prisjustering', { exact: true })
      .fill('Timeprisen justeres 1. januar hvert år med kommunal deflator.');
    await page.getByLabel('Startdato').fill('2027-01-01');
    // The end before the start.
    await page.getByLabel('Sluttdato').fill('2026-12-31');
    await page.getByLabel('Oppsigelsestid (måneder)').fill('6');
    await page.getByRole('group', { name: 'Databehandleravtale' }).getByRole('radio', { name: 'Ja' }).check();

    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    const summary = page.locator('#agreement-errors');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Rett opp dette før du lagrer:');
    await expect(summary.getByRole('link')).toHaveText([
      'Sluttdato: Sluttdatoen kan ikke være før startdatoen.',
    ]);
    await expect(page.getByLabel('Sluttdato')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/avtaler\/ny$/);
    await expectNoAxeViolations(page);

    // Fixed; the draft is saved without the § 3-3 assessment.
    await page.getByLabel('Sluttdato').fill('2029-12-31');
    await expect(summary).toHaveCount(0);
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await expect(page).toHaveURL(/\/avtaler\/[0-9a-f-]{36}$/);
    agreementPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: agreementTitle })).toBeVisible();
    await expect(page.getByText('Avtalen er lagret som utkast.')).toBeVisible();
    await expect(page.getByTestId('agreement-status')).toHaveText('Utkast (versjon 1)');
    await expect(page.getByText('Utkastet er ikke sendt til godkjenning ennå.')).toBeVisible();
    await expect(page.getByTestId('assessment')).toContainText('Vurderingen er ikke fullført. Mangler:');
    await expect(
      page.getByText(
        'Vurderingen etter anskaffelsesforskriften § 3-3 må være fullført før avtalen kan sendes til godkjenning.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Submitting without the assessment is refused, with the API's sentence.
    await page.getByRole('button', { name: 'Send til godkjenning' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Det gikk ikke' });
    await expect(refusal).toContainText(
      'Vurderingen etter anskaffelsesforskriften § 3-3 må være fullført før avtalen sendes til godkjenning. Mangler:',
    );
    await expect(refusal).toContainText('konklusjon');
    await expect(page.getByTestId('agreement-status')).toHaveText('Utkast (versjon 1)');
    await expectNoAxeViolations(page);

    // The assessment, in the editor.
    await page.getByRole('link', { name: 'Rediger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Rediger «${agreementTitle}»` })).toBeVisible();
    for (const question of [
      'Gjelder samarbeidet felles mål for offentlige tjenester?',
      'Styres det bare av hensyn til allmennhetens interesser?',
      'Skjer under 20 % av aktiviteten i det åpne markedet?',
    ]) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'Ja' }).check();
    }
    await page.getByLabel('Vurdert av').fill('Siri Sekretær, sekretariatet for tjenesteutvikling');
    await page.getByLabel('Vurdert dato').fill('2026-11-20');
    await page
      .getByLabel('Konklusjon')
      .fill(
        'Horisontalt offentlig samarbeid etter § 3-3: felles mål om god byggesaksbehandling, bare allmenne hensyn, ' +
          'og Kongsberg selger ikke byggesakstjenester i markedet.',
      );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${agreementPath}$`));
    await expect(page.getByText('Endringene er lagret.')).toBeVisible();
    await expect(page.getByTestId('assessment')).toContainText('Vurderingen er fullført.');

    await page.getByRole('button', { name: 'Send til godkjenning' }).click();
    await expect(
      page.getByText('Avtalen er sendt til godkjenning hos Kongsberg, Flesberg og Rollag.'),
    ).toBeVisible();
    await expect(page.getByTestId('agreement-status')).toHaveText('Til godkjenning (versjon 1)');
    const approvals = page.getByTestId('approvals');
    await expect(approvals.locator('tbody tr')).toHaveCount(3);
    for (const name of ['Kongsberg', 'Flesberg', 'Rollag']) {
      await expect(approvals.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(
        'Venter på beslutning',
      );
    }
    await expectNoAxeViolations(page);
  });

  test('the directors of Kongsberg, Flesberg and Rollag approve it in their inboxes, and it is active', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    expect(agreementPath).not.toBe('');
    expect(measureCode).not.toBe('');
    await approveInInbox(page, 'direktor.kongsberg', 'Kongsberg', 'selger', false);
    await logOut(page);
    await approveInInbox(page, 'direktor.flesberg', 'Flesberg', 'kjøper', false);
    await logOut(page);
    await approveInInbox(page, 'direktor.rollag', 'Rollag', 'kjøper', true);

    // The agreement page, through the register.
    await menu(page).getByRole('link', { name: 'Avtaler', exact: true }).click();
    await expect(page).toHaveTitle('Avtaler – Samarbeid');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: agreementTitle, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${agreementPath}$`));
    await expect(page.getByTestId('agreement-status')).toHaveText('Aktiv (versjon 1)');
    const approvals = page.getByTestId('approvals');
    await expect(approvals.getByRole('row', { name: /^Kongsberg/ })).toContainText('Godkjent');
    await expect(approvals.getByRole('row', { name: /^Kongsberg/ })).toContainText('Kari Nordby');
    await expect(approvals.getByRole('row', { name: /^Flesberg/ })).toContainText('Ola Haugen');
    await expect(approvals.getByRole('row', { name: /^Rollag/ })).toContainText('Ingrid Bakken');
    // Nothing is left for Rollag to decide.
    await expect(page.getByTestId('decision')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the secretariat raises the price: version 2, the approvals start over, and Flesberg sees the change', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    expect(agreementPath).not.toBe('');
    await page.goto(agreementPath);
    await logIn(page, 'sekretariat');
    await expect(page.getByTestId('agreement-status')).toHaveText('Aktiv (versjon 1)');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Rediger' }).click();
    await expect(page.getByTestId('new-version-warning')).toContainText(
      'Avtalen er aktiv. Lagrer du endringer i vilkårene, blir de versjon 2, som sendes til godkjenning med en gang',
    );
    const price = page.getByLabel('Pris (kr)');
    await expect(price).toHaveValue(/^1[\u00a0 ]150$/);
    await price.fill('1 195');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lagre som ny versjon' }).click();

    await expect(page).toHaveURL(new RegExp(`${agreementPath}$`));
    await expect(
      page.getByText(
        'Endringene er lagret som en ny versjon. Godkjenningene av den forrige versjonen gjelder ikke lenger.',
      ),
    ).toBeVisible();
    await expect(page.getByTestId('agreement-status')).toHaveText(
      'Til godkjenning (versjon 2). Versjon 1 gjelder til versjon 2 er godkjent.',
    );
    await expect(page.getByRole('heading', { name: 'Godkjenninger av versjon 2' })).toBeVisible();
    const approvals = page.getByTestId('approvals');
    await expect(approvals.locator('tbody tr')).toHaveCount(3);
    for (const name of ['Kongsberg', 'Flesberg', 'Rollag']) {
      const row = approvals.getByRole('row', { name: new RegExp(`^${name}`) });
      await expect(row).toContainText('Venter på beslutning');
      await expect(row).not.toContainText('Godkjent');
    }
    const diff = page.locator('li[data-version="2"]').getByTestId('version-diff');
    await expect(diff.getByRole('row', { name: /^Pris/ }).locator('td')).toHaveText(['1 150 kr', '1 195 kr']);
    await expectNoAxeViolations(page);

    // Flesberg's director sees what changed since version 1.
    await logOut(page);
    await page.goto('/godkjenninger');
    await logIn(page, 'direktor.flesberg');
    await expect(page.getByRole('heading', { level: 1, name: 'Godkjenninger' })).toBeVisible();
    expect(await waitingInMenu(page)).toBeGreaterThanOrEqual(1);
    const item = page.getByRole('article', { name: agreementTitle });
    await expect(item).toContainText('Versjon 2 · Til godkjenning for Flesberg (kjøper)');
    await expect(item).toContainText(
      'Dette er en ny versjon: godkjenninger av tidligere versjoner gjelder ikke lenger.',
    );
    await expect(item).toContainText(`1${NBSP}195${NBSP}kr (timepris)`);
    const inboxDiff = item.getByTestId('inbox-diff');
    await expect(inboxDiff.locator('caption')).toHaveText('Endringer fra versjon 1 til versjon 2');
    await expect(inboxDiff.locator('tbody tr')).toHaveCount(1);
    const priceRow = inboxDiff.getByRole('row', { name: /^Pris/ });
    await expect(priceRow.locator('th')).toHaveText('Pris');
    await expect(priceRow.locator('td')).toHaveText(['1 150 kr', '1 195 kr']);
    await expectNoAxeViolations(page);
  });
});
