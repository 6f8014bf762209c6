import { expect, test } from '@playwright/test';

import { Api, uniqueTag } from './api';
import { createKduDecision, createStrategy } from './data';
import { expectNoAxeViolations, logIn } from './support';

// The leader of "Teknisk nettverk" adds a goal with an indicator to a draft strategy of the network (the journey's
// own, with two goals like the seeded one), writing a value the Norwegian way ("12,5"), sets the 2027 action plan
// and sends the strategy for consultation with its last day a month ahead; the secretariat finds that day among the
// coming deadlines on its home page, follows it to the strategy and adopts it with a KDU decision of the journey's own.
test.describe('nettverksstrategi / network strategy', () => {
  test('the leader edits and submits the strategy, the secretariat adopts it with a KDU decision', async ({
    page,
  }) => {
    const tag = uniqueTag();
    const strategy = await createStrategy(await Api.as('leder.teknisk'), {
      network: 'Teknisk nettverk',
      title: `Strategi for teknisk nettverk 2026–2029 ${tag}`,
      periodFrom: 2026,
      periodTo: 2029,
      goals: [
        {
          title: 'Robuste fagmiljøer i alle kommunene',
          description: 'Ingen kommune skal stå uten kompetanse på byggesak, geodata eller eiendomsskatt.',
          indicators: [
            {
              name: 'Kommuner med tilgang til byggesakskompetanse',
              unit: 'antall',
              baselineYear: 2025,
              baselineValue: '4',
              targetYear: 2029,
              targetValue: '7',
              direction: 'INCREASE',
            },
          ],
        },
        {
          title: 'Raskere og likere saksbehandling',
          description: 'Innbyggerne får samme kvalitet og behandlingstid uansett kommune.',
          indicators: [
            {
              name: 'Median behandlingstid byggesak',
              unit: 'dager',
              baselineYear: 2025,
              baselineValue: '38.5',
              targetYear: 2029,
              targetValue: '21',
              direction: 'DECREASE',
            },
          ],
        },
      ],
    });
    const decision = await createKduDecision(await Api.as('sekretariat'), {
      caseReference: `KDU 5/26 ${tag}`,
      title: `Strategi for teknisk nettverk ${tag}`,
      text: 'KDU vedtar strategien for teknisk nettverk 2026–2029.',
      decidedOn: '2026-02-12',
    });

    await page.goto('/nettverk');
    await logIn(page, 'leder.teknisk');

    await expect(page).toHaveTitle('Nettverk – Samarbeid');
    await expect(page.getByRole('heading', { level: 1, name: 'Nettverk' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link', { name: 'Nettverk' })).toHaveAttribute('aria-current', 'page');
    const networks = page.getByRole('table', { name: 'Nettverk i regionen' });
    const teknisk = networks
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Teknisk nettverk' }) });
    await expect(teknisk).toContainText('Ledernettverk');
    await expectNoAxeViolations(page);

    await teknisk.getByRole('link', { name: 'Teknisk nettverk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teknisk nettverk' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Nettverkets medlemmer' })).toContainText('Tor Teknisk');
    await expect(page.getByRole('button', { name: 'Ny strategi' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: strategy.title }).click();
    await expect(page).toHaveTitle('Strategi – Samarbeid');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strategy.title);
    const status = page.locator('#strategy-status');
    await expect(status).toHaveText('Utkast');
    await expect(page.getByRole('group', { name: 'Mål 2' }).getByLabel('Utgangsverdi')).toHaveValue('38,5');
    await expectNoAxeViolations(page);

    // A third goal with one indicator; the baseline is written with a decimal comma.
    await page.getByRole('button', { name: 'Legg til mål' }).click();
    const goal = page.getByRole('group', { name: 'Mål 3' });
    await expect(goal.getByLabel('Målet')).toBeFocused();
    await goal.getByLabel('Målet').fill('Færre klagesaker på byggesak');
    await goal.getByRole('button', { name: 'Legg til indikator i mål 3' }).click();
    const indicator = goal.getByRole('group', { name: 'Indikator 1' });
    await expect(indicator.getByLabel('Indikator', { exact: true })).toBeFocused();
    await indicator.getByLabel('Indikator', { exact: true }).fill('Klager på byggesaker');
    await indicator.getByLabel('Enhet').fill('prosent');
    await indicator.getByLabel('Utgangsverdi').fill('12,5x');
    await indicator.getByLabel('Målverdi').fill('6');
    await indicator.getByLabel('Ønsket retning').selectOption({ label: 'Redusere' });
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    // "12,5x" is not a number: the form says so and sends nothing.
    await expect(indicator.getByLabel('Utgangsverdi')).toHaveAttribute('aria-invalid', 'true');
    await expect(indicator.getByLabel('Utgangsverdi')).toHaveAccessibleDescription(
      /Skriv et tall med høyst fire desimaler, for eksempel 38,5\./,
    );
    await expectNoAxeViolations(page);

    await indicator.getByLabel('Utgangsverdi').fill('12,5');
    // The consultation's last day, a month ahead (inside the overview's twelve months).
    const consultationEnds = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Høringsfrist').fill(consultationEnds);
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Strategien er lagret.' })).toBeVisible();
    await expect(indicator.getByLabel('Utgangsverdi')).toHaveValue('12,5');

    // Saved for real: after a reload the value is still written the Norwegian way.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Mål 3' }).getByLabel('Målet')).toHaveValue(
      'Færre klagesaker på byggesak',
    );
    await expect(page.getByRole('group', { name: 'Mål 3' }).getByLabel('Utgangsverdi')).toHaveValue('12,5');

    // The 2027 action plan: T8 and T1, with T1 first.
    const plan = page.getByRole('region', { name: 'Handlingsplan' });
    await plan.getByLabel('År').selectOption('2027');
    await expect(plan.getByRole('heading', { name: 'Handlingsplan 2027' })).toBeVisible();
    await expect(plan).toContainText('Ingen tiltak er prioritert dette året.');
    await plan.getByLabel('Tiltak', { exact: true }).selectOption('T8');
    await plan.getByRole('button', { name: 'Legg til i handlingsplanen' }).click();
    await plan.getByLabel('Tiltak', { exact: true }).selectOption('T1');
    await plan.getByRole('button', { name: 'Legg til i handlingsplanen' }).click();
    await plan.getByRole('button', { name: 'Flytt opp T1' }).click();
    const items = plan.getByRole('list', { name: 'Handlingsplan 2027' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Prioritet 1 T1');
    await expect(items.nth(1)).toContainText('Prioritet 2 T8');
    await expectNoAxeViolations(page);
    await plan.getByRole('button', { name: 'Lagre handlingsplan' }).click();
    await expect(plan.getByRole('status').filter({ hasText: 'lagret' })).toHaveText(
      'Handlingsplanen for 2027 er lagret.',
    );

    await page.getByRole('button', { name: 'Send på høring' }).click();
    await expect(status).toHaveText('På høring');
    await expect(page.getByRole('status').filter({ hasText: 'Strategien har nå status' })).toHaveText(
      'Strategien har nå status På høring.',
    );
    // Only the secretariat adopts.
    await expect(page.getByRole('button', { name: 'Vedta' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const strategyUrl = page.url();

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await page.goto('/');
    await logIn(page, 'sekretariat');
    const deadline = page
      .getByRole('table', { name: 'Frister for avtaler, rapporter og strategihøringer' })
      .getByRole('row')
      .filter({ hasText: strategy.title });
    await expect(deadline).toContainText('Høringen av strategien slutter');
    await expectNoAxeViolations(page);
    await deadline.getByRole('link', { name: `${strategy.title} (Teknisk nettverk)` }).click();
    await expect(page).toHaveURL(strategyUrl);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strategy.title);
    await expect(page.getByLabel('Høringsfrist')).toHaveValue(consultationEnds);
    await expect(status).toHaveText('På høring');
    await expect(page.getByRole('group', { name: 'Mål 3' }).getByLabel('Utgangsverdi')).toHaveValue('12,5');
    // A decision must be chosen.
    await page.getByRole('button', { name: 'Vedta' }).click();
    const choice = page.getByLabel('KDU-vedtaket som vedtar strategien');
    await expect(choice).toHaveAttribute('aria-invalid', 'true');
    await expect(choice).toBeFocused();
    await expectNoAxeViolations(page);

    await choice.selectOption({ label: `${decision.caseReference} – ${decision.title} (12. februar 2026)` });
    await page.getByRole('button', { name: 'Vedta' }).click();
    await expect(status).toHaveText('Vedtatt');
    await expect(page.getByText(`KDU, sak ${decision.caseReference}, 12. februar 2026`)).toBeVisible();
    await expect(page.getByText('Strategien er vedtatt og kan ikke endres.', { exact: false })).toBeVisible();
    // Read only now: the goals and the action plans are shown, not edited.
    await expect(page.getByRole('button', { name: 'Lagre', exact: true })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Indikatorer for mål 3' })).toContainText('12,5 (2026)');
    await expect(plan.getByRole('list', { name: 'Handlingsplan 2027' })).toContainText('T1');
    await expect(page.getByRole('button', { name: 'Arkiver' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
