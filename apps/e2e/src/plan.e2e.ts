import { expect, test } from '@playwright/test';

import { Api, GraphQLRequestError, REGION, uniqueTag } from './api';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  logIn,
  PHONE,
  waitForPageSettled,
} from './support';

interface PlanBars {
  plan: { bars: { id: string; code: string; startDate: string | null; endDate: string | null }[] };
}

const dayBefore = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};
const daysAfter = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

// The implementation plan: the technical network's leader moves T5 to start the day before T2 (which it depends on
// having started) and sees the conflict; the secretariat freezes a baseline, moves T5 ten days later and sees the
// slip in "what moved". T5's dates are put back afterwards, so the journey holds in any order of the suite.
test.describe('gjennomføringsplan / implementation plan', () => {
  test('a leader moves a measure into a conflict; the secretariat freezes a baseline and sees the slip', async ({
    browser,
  }) => {
    const secretariatApi = await Api.as('sekretariat');
    const before = await secretariatApi.request<PlanBars>(
      'query($regionSlug: String!) { plan(regionSlug: $regionSlug) { bars { id code startDate endDate } } }',
      { regionSlug: REGION },
    );
    const t2 = before.plan.bars.find((bar) => bar.code === 'T2');
    const t5 = before.plan.bars.find((bar) => bar.code === 'T5');
    if (!t2?.startDate || !t5) throw new Error('the demo plan has T2 with a start and T5');
    const early = dayBefore(t2.startDate);
    const later = daysAfter(early, 10);
    const baseline = `E2E-grunnlinje ${uniqueTag()}`;

    const leaderContext = await browser.newContext({ viewport: DESKTOP });
    const secretariatContext = await browser.newContext({ viewport: DESKTOP });
    try {
      const leader = await leaderContext.newPage();
      await leader.goto('/plan');
      await logIn(leader, 'leder.teknisk');
      await expect(leader.getByRole('heading', { level: 1, name: 'Gjennomføringsplan' })).toBeVisible();
      await expect(leader.getByRole('img', { name: /Gantt-diagram/ })).toBeVisible();
      await expect(
        leader
          .getByRole('navigation', { name: 'Hovedmeny' })
          .getByRole('link', { name: 'Gjennomføringsplan' }),
      ).toHaveAttribute('aria-current', 'page');
      await waitForPageSettled(leader);
      await expectNoAxeViolations(leader);

      // The keyboard's way: the table row's button opens the editor, the date fields take the new start.
      await leader.getByRole('button', { name: 'Planlegg T5', exact: true }).click();
      const editor = leader.getByRole('region', { name: /^Planlegg T5 / });
      await expect(editor.getByRole('heading', { name: /^Planlegg T5 / })).toBeFocused();
      await editor.getByLabel('Startdato').fill(early);
      await editor.getByRole('button', { name: 'Lagre datoene' }).click();
      await expect(editor.getByText('Planen for T5 er lagret.')).toBeVisible();
      await expect(leader.getByTestId('plan-conflicts')).toContainText('T5 starter 1 dager før T2 starter');
      const row = leader
        .getByRole('row')
        .filter({ has: leader.getByRole('rowheader', { name: 'T5', exact: true }) });
      await expect(row).toContainText('Bryter avhengighet');
      await waitForPageSettled(leader);
      await expectNoAxeViolations(leader);

      const secretariat = await secretariatContext.newPage();
      await secretariat.goto('/plan');
      await logIn(secretariat, 'sekretariat');
      await expect(secretariat.getByRole('heading', { level: 1, name: 'Gjennomføringsplan' })).toBeVisible();
      const freeze = secretariat.getByRole('form', { name: 'Frys planen som grunnlinje' });
      await freeze.getByLabel('Navn på grunnlinjen').fill(baseline);
      await freeze.getByRole('button', { name: 'Frys planen som grunnlinje' }).click();
      await expect(freeze.getByText(`Planen er frosset som «${baseline}».`)).toBeVisible();

      await secretariat.getByLabel('Sammenlign med grunnlinje').selectOption({ label: baseline });
      await expect(secretariat.getByText('Ingenting er flyttet siden grunnlinjen.')).toBeVisible();
      await secretariat.getByRole('button', { name: 'Planlegg T5', exact: true }).click();
      const secretariatEditor = secretariat.getByRole('region', { name: /^Planlegg T5 / });
      await secretariatEditor.getByLabel('Startdato').fill(later);
      await secretariatEditor.getByRole('button', { name: 'Lagre datoene' }).click();
      await expect(secretariatEditor.getByText('Planen for T5 er lagret.')).toBeVisible();
      const moved = secretariat.getByTestId('plan-moved');
      await expect(moved.getByRole('row').filter({ hasText: 'T5' })).toContainText('10 dager senere');
      await waitForPageSettled(secretariat);
      await expectNoAxeViolations(secretariat);

      await secretariat.setViewportSize(PHONE);
      await secretariat.reload();
      await expect(secretariat.getByRole('heading', { level: 1, name: 'Gjennomføringsplan' })).toBeVisible();
      await waitForPageSettled(secretariat);
      await expectNoHorizontalScroll(secretariat);
      await expectNoAxeViolations(secretariat);
    } finally {
      await leaderContext.close();
      await secretariatContext.close();
      await secretariatApi.request(
        'mutation($input: MoveMeasureInput!) { moveMeasure(input: $input) { version } }',
        { input: { measureId: t5.id, startDate: t5.startDate, endDate: t5.endDate } },
      );
    }
  });
});

// How long the plan of a 531-measure region takes to draw (the "under 1 s"): 500 measures more, then /plan
// opened and timed until the table's first 50 rows and the chart's canvas are there. Heavy for the shared suite's data, so
// it runs only when asked: `E2E_PLAN_531=1 npm run e2e -- plan.e2e`.
test.describe('gjennomføringsplan med 531 tiltak / the plan at the size of a big region', () => {
  test.skip(!process.env['E2E_PLAN_531'], 'set E2E_PLAN_531=1 to run');
  test.setTimeout(600_000);

  test('draws the plan of 531 measures', async ({ browser }) => {
    const api = await Api.as('sekretariat');
    const { plan } = await api.request<{ plan: { totalCount: number; networks: { id: string }[] } }>(
      'query($regionSlug: String!) { plan(regionSlug: $regionSlug) { totalCount networks { id } } }',
      { regionSlug: REGION },
    );
    for (let n = plan.totalCount + 1; n <= 531; n++) {
      const start = `${2026 + (n % 4)}-${String(1 + (n % 12)).padStart(2, '0')}-01`;
      const create = () =>
        api.request('mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }', {
          input: {
            regionSlug: REGION,
            code: `X${n}`,
            title: `Plantiltak ${n}`,
            networkId: plan.networks[n % plan.networks.length]?.id,
            serviceArea: 'TECHNICAL',
            tier: 'PROJECT',
            startDate: start,
            endDate: `${2027 + (n % 4)}-12-31`,
          },
        });
      // The API allows 300 requests a minute per user: wait and go on when it says so.
      for (;;) {
        try {
          await create();
          break;
        } catch (error) {
          if (!(error instanceof GraphQLRequestError) || error.code !== 'RATE_LIMITED') throw error;
          await new Promise((resolve) => setTimeout(resolve, 5000));
        }
      }
    }
    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.goto('/kommuner');
      // Another user than the one who made the measures (the rate limit is per user).
      await logIn(page, 'politiker');
      await waitForPageSettled(page);
      const times: string[] = [];
      for (let i = 0; i < 3; i++) {
        const begun = Date.now();
        await page.goto('/plan');
        await expect(page.getByRole('heading', { level: 1, name: 'Gjennomføringsplan' })).toBeVisible();
        const shell = Date.now() - begun;
        await expect(page.locator('sb-data-table tbody tr').nth(49)).toBeAttached({ timeout: 30_000 });
        const table = Date.now() - begun;
        await expect(page.locator('.sb-gantt__canvas canvas')).toBeVisible({ timeout: 30_000 });
        times.push(`page ${shell} ms, table ${table} ms, chart ${Date.now() - begun} ms`);
      }
      // The table shows 50 rows at a time; the rest on request, the focus on the first new one.
      await page.getByRole('button', { name: /^Vis 100 til \(50 av 5\d\d vises\)$/ }).click();
      await expect(page.locator('sb-data-table tbody tr')).toHaveCount(150);
      await expect(page.locator('#plan-row-50')).toBeFocused();
      await expectNoAxeViolations(page);
      console.log(`plan of 531 measures, from navigation: ${times.join('; ')}`);
    } finally {
      await context.close();
    }
  });
});
