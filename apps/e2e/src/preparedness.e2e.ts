import { expect, type Locator, type Page, test } from '@playwright/test';

import { Api, MUNICIPALITY, REGION, uniqueTag } from './api';
import { countIn, expectNoAxeViolations, logIn } from './support';

// The secretariat registers an exercise Flesberg held with Rollag, in a past year in which neither held an exercise
// of its own (found through the API, so that the journey can run again against the same database), adds a follow-up
// action for Rollag whose deadline has passed, moves its deadline and links it to measure T7, and sees the yearly
// check change: both now green for their own exercise, Rollag with one more overdue action. Rollag's director finds
// the action under "Min oppfølging", finishes it, and sees Rollag's overdue count go back down; on the crisis teams'
// page no one's contact details are shown to them. Nothing seeded is changed, and no other journey reads that year.
// A second journey registers a routine of its own (due at once) and records its last review by changing it.

/** A button "Endre" for one row, however the browser joins its visible word and its hidden ": title". */
const changeButton = (title: string) => ({
  name: new RegExp(`^Endre\\s*: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });
const local = (page: Page) => page.getByRole('navigation', { name: 'Beredskap' });

interface CheckRow {
  municipalityNumber: string;
  ownExercise: string;
}

/** The latest past year in which none of `numbers` held (or planned) an exercise of its own. */
async function yearWithoutOwnExercises(api: Api, numbers: readonly string[]): Promise<number> {
  const thisYear = new Date().getFullYear();
  for (let year = thisYear - 1; year >= 2000; year--) {
    const data = await api.request<{ preparednessYearlyCheck: { municipalities: CheckRow[] } }>(
      `query E2eYearlyCheck($region: String!, $year: Int!) {
         preparednessYearlyCheck(regionSlug: $region, year: $year) { municipalities { municipalityNumber ownExercise } }
       }`,
      { region: REGION, year },
    );
    const rows = data.preparednessYearlyCheck.municipalities.filter((row) =>
      numbers.includes(row.municipalityNumber),
    );
    if (rows.every((row) => row.ownExercise === 'NONE')) return year;
  }
  throw new Error('No year left without exercises for these municipalities');
}

/** The yearly check's row of a municipality. */
function checkRow(page: Page, year: number, municipality: string): Locator {
  return page
    .getByRole('table', { name: `Årlig kontroll for Kongsbergregionen ${year}` })
    .getByRole('row', { name: new RegExp(`^${municipality}`) });
}

async function overdueIn(row: Locator): Promise<number> {
  return countIn(row.locator('td').nth(2));
}

test.describe('beredskap / preparedness', () => {
  test('an exercise with two municipalities and a follow-up action changes the yearly check, for the secretariat and for the director', async ({
    page,
    browser,
  }) => {
    const tag = uniqueTag();
    const year = await yearWithoutOwnExercises(await Api.as('sekretariat'), [
      MUNICIPALITY.Flesberg,
      MUNICIPALITY.Rollag,
    ]);
    const title = `Skred over fylkesveien ${tag}`;
    const actionTitle = `Oppdatere varslingslisten ${tag}`;

    // The yearly check before: neither has an exercise of its own that year.
    await page.goto(`/beredskap?region=${REGION}&ar=${year}`);
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 1, name: 'Beredskap – årlig kontroll' })).toBeVisible();
    await expect(page).toHaveTitle('Beredskap – årlig kontroll – Samarbeid');
    const flesberg = checkRow(page, year, 'Flesberg');
    const rollag = checkRow(page, year, 'Rollag');
    await expect(flesberg.locator('td').first()).toHaveText('Ikke gjennomført');
    await expect(rollag.locator('td').first()).toHaveText('Ikke gjennomført');
    await expect(rollag.locator('td').last()).toHaveText('Rød');
    const overdueBefore = await overdueIn(rollag);
    await expectNoAxeViolations(page);

    // Register the exercise: Flesberg's own, with Rollag taking part.
    await local(page).getByRole('link', { name: 'Øvelser' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Øvelser' })).toBeVisible();
    await page.getByRole('button', { name: 'Registrer en øvelse' }).click();
    const form = page.getByRole('form', { name: 'Registrer en øvelse' });
    await expect(form.getByLabel('Tittel')).toBeFocused();
    await form.getByRole('button', { name: 'Registrer øvelsen' }).click();
    await expect(form.getByText('Rett opp dette før du går videre:')).toBeVisible();
    await expect(form.getByLabel('Tittel')).toHaveAccessibleDescription('Skriv en tittel.');
    await expectNoAxeViolations(page);

    await form.getByLabel('Tittel').fill(title);
    await form.getByLabel('Omfang').selectOption({ label: 'Kommunens egen øvelse' });
    await form.getByLabel('Kommunen som holder øvelsen').selectOption({ label: 'Flesberg' });
    await form.getByLabel('Dato').fill(`${year}-05-20`);
    await form.getByLabel('Type øvelse').selectOption({ label: 'Funksjonsøvelse' });
    await form.getByRole('group', { name: 'Deltakende kommuner' }).getByLabel('Rollag').check();
    await form
      .getByLabel('Scenario')
      .fill('Et skred stenger fylkesveien mellom Flesberg og Rollag i to døgn.');
    await form.getByRole('group', { name: 'Eksterne aktører' }).getByLabel('Politiet').check();
    await form.getByLabel('Hva fungerte', { exact: true }).fill('Samarbeidet mellom kommunene om pårørende.');
    await form.getByLabel('Hva fungerte ikke').fill('Varslingslisten hadde gamle telefonnumre.');
    await form.getByLabel('Læringspunkter').fill('Varslingslisten må gjennomgås hvert kvartal.');
    await form.getByRole('button', { name: 'Registrer øvelsen' }).click();

    await expect(page).toHaveURL(/\/beredskap\/ovelser\/[0-9a-f-]{36}\?/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Øvelsen er registrert.' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Flesberg, Rollag' })).toBeVisible();
    await expect(page.getByText('Varslingslisten må gjennomgås hvert kvartal.')).toBeVisible();

    // A follow-up action for Rollag, owned by Rollag's director, with a deadline that has passed.
    await page.getByRole('button', { name: 'Legg til et oppfølgingstiltak' }).click();
    const actionForm = page.getByRole('form', { name: 'Nytt oppfølgingstiltak' });
    await actionForm.getByLabel('Tiltak', { exact: true }).fill(actionTitle);
    await actionForm.getByLabel('Kommune').selectOption({ label: 'Rollag' });
    await actionForm.getByLabel('Ansvarlig').selectOption({ label: 'Ingrid Bakken (Rollag)' });
    await actionForm.getByLabel('Frist').fill(`${year}-06-30`);
    await actionForm.getByRole('button', { name: 'Registrer tiltaket' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er registrert' })).toHaveText(
      `Oppfølgingstiltaket «${actionTitle}» er registrert.`,
    );
    const actionRow = page
      .getByRole('table', { name: `Oppfølgingstiltak etter «${title}»` })
      .getByRole('row', { name: new RegExp(actionTitle) });
    await expect(actionRow).toContainText('Ingrid Bakken');
    await expect(actionRow).toContainText('Forfalt');
    await expectNoAxeViolations(page);

    // The secretariat moves the deadline (still passed) and links the action to the measure it belongs to.
    await actionRow.getByRole('button', changeButton(actionTitle)).click();
    const editForm = page.getByRole('form', { name: `Endre «${actionTitle}»` });
    await expect(editForm.getByLabel('Tiltak', { exact: true })).toBeFocused();
    await expect(editForm.getByLabel('Frist')).toHaveValue(`${year}-06-30`);
    await editForm.getByLabel('Frist').fill(`${year}-08-31`);
    await editForm.getByLabel('Knyttet til tiltak').selectOption({ label: 'T7 Byggesakstjenester' });
    await expectNoAxeViolations(page);
    await editForm.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(editForm).toHaveCount(0);
    await expect(actionRow).toContainText(`31. august ${year}`);
    await expect(actionRow.getByRole('link', { name: 'T7 Byggesakstjenester' })).toHaveAttribute(
      'href',
      '/tiltak/T7',
    );
    await expect(actionRow).toContainText('Forfalt');
    await expect(actionRow.getByRole('button', changeButton(actionTitle))).toBeFocused();
    await expectNoAxeViolations(page);

    // The yearly check has changed.
    await local(page).getByRole('link', { name: 'Årlig kontroll' }).click();
    await page.getByLabel('År', { exact: true }).selectOption(String(year));
    await expect(flesberg.locator('td').first()).toHaveText('Gjennomført');
    await expect(rollag.locator('td').first()).toHaveText('Gjennomført');
    await expect.poll(() => overdueIn(rollag)).toBe(overdueBefore + 1);
    await expect(rollag.locator('td').last()).toHaveText('Rød');
    await expectNoAxeViolations(page);

    // Rollag's director: the action is in "Min oppfølging", flagged; they finish it.
    const director = await browser.newPage();
    try {
      await director.goto('/beredskap/oppfolging');
      await logIn(director, 'direktor.rollag');
      await expect(director.getByRole('heading', { level: 1, name: 'Min oppfølging' })).toBeVisible();
      await expect(menu(director).getByRole('link', { name: 'Beredskap' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const mine = director.getByRole('table', { name: 'Mine åpne oppfølgingstiltak' });
      const row = mine.getByRole('row', { name: new RegExp(actionTitle) });
      await expect(row).toContainText('Forfalt');
      await expect(row).toContainText('Rollag (Kongsbergregionen)');
      await expectNoAxeViolations(director);

      await row.getByLabel(`Status for «${actionTitle}»`).selectOption({ label: 'Fullført' });
      await expect(director.getByRole('status').filter({ hasText: 'er satt til' }).first()).toHaveText(
        `«${actionTitle}» er satt til Fullført.`,
      );
      await expect(mine.getByRole('row', { name: new RegExp(actionTitle) })).toHaveCount(0);

      // The director's yearly check: Rollag's overdue count is back where it was.
      await local(director).getByRole('link', { name: 'Årlig kontroll' }).click();
      await director.getByLabel('År', { exact: true }).selectOption(String(year));
      const rollagForDirector = checkRow(director, year, 'Rollag');
      await expect(rollagForDirector.locator('td').first()).toHaveText('Gjennomført');
      await expect.poll(() => overdueIn(rollagForDirector)).toBe(overdueBefore);
      await expectNoAxeViolations(director);

      // The crisis teams: Rollag's director is on none, so no one's phone or e-mail is shown.
      await local(director).getByRole('link', { name: 'Kriseteam' }).click();
      const regional = director.getByRole('table', { name: 'Regionalt kriseteam – Kongsbergregionen' });
      await expect(regional.getByRole('row', { name: /Marte Moen/ })).toContainText('Skjult');
      await expect(regional).not.toContainText('@example.no');
      await expect(
        director.getByText('Kontaktinformasjonen vises bare for teamets medlemmer og sekretariatet.').first(),
      ).toBeVisible();
      await expectNoAxeViolations(director);
    } finally {
      await director.close();
    }
  });

  test('the secretariat registers a routine, sees it due, and records its last review by changing it', async ({
    page,
  }) => {
    const tag = uniqueTag();
    await page.goto(`/beredskap?region=${REGION}`);
    await logIn(page, 'sekretariat');
    await expect(page.getByRole('heading', { level: 2, name: 'Rutiner' })).toBeVisible();

    // A routine of Rollag's, never reviewed (so due at once).
    const routineTitle = `Rutine for strømbrudd ${tag}`;
    await page.getByRole('button', { name: 'Registrer en rutine' }).click();
    const routineForm = page.getByRole('form', { name: 'Ny rutine' });
    await expect(routineForm.getByLabel('Rutine', { exact: true })).toBeFocused();
    await routineForm.getByLabel('Rutine', { exact: true }).fill(routineTitle);
    await routineForm.getByLabel('Gjelder').selectOption({ label: 'Rollag' });
    await routineForm.getByLabel('Ansvarlig').selectOption({ label: 'Annen person (skriv navnet)' });
    await routineForm.getByLabel('Navnet på den ansvarlige').fill('Kari Lien');
    await routineForm.getByLabel('Gjennomgås hver (måneder)').fill('6');
    await expectNoAxeViolations(page);
    await routineForm.getByRole('button', { name: 'Registrer rutinen' }).click();
    await expect(page.getByText(`Rutinen «${routineTitle}» er registrert.`)).toBeVisible();
    const routineRow = page.getByRole('row', { name: new RegExp(routineTitle) });
    await expect(routineRow).toContainText('Kari Lien');
    await expect(routineRow).toContainText('Skal gjennomgås');

    await routineRow.getByRole('button', changeButton(routineTitle)).click();
    const editRoutine = page.getByRole('form', { name: `Endre «${routineTitle}»` });
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
    await editRoutine.getByLabel('Sist gjennomgått').fill(today);
    await editRoutine.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(page.getByText(`Endringene i «${routineTitle}» er lagret.`)).toBeVisible();
    await expect(routineRow).not.toContainText('Skal gjennomgås');
    await expectNoAxeViolations(page);
  });
});
