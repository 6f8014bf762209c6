import { provideRouter } from '@angular/router';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { CostSharePreviewQuery, MeasureEconomicsQuery } from '@samarbeid/web/graphql';
import { T7_ID, textOf, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  costShare,
  measureCost,
  measureEconomics,
  SAVED_SHARES,
  shareTable,
  USERS,
} from '../../testing/measure-fixtures';
import { type RenderedTab, renderMeasureTab } from '../../testing/measure-tab';
import type { MeasureEconomics } from './economics-form';
import { MeasureEconomicsComponent, signedKroner } from './measure-economics.component';

describe('MeasureEconomicsComponent', () => {
  let tab: RenderedTab<MeasureEconomicsComponent> | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let reload: RenderedTab<MeasureEconomicsComponent>['reload'];

  async function render(
    data: MeasureEconomics = measureEconomics(),
    user: SignedInUser = USERS.secretariat,
  ): Promise<void> {
    tab = await renderMeasureTab(
      MeasureEconomicsComponent,
      'MeasureEconomics',
      { measureEconomics: data } satisfies MeasureEconomicsQuery,
      { user, providers: [provideRouter([])] },
    );
    ({ controller, element, reload } = tab);
  }

  afterEach(() => verifyAndReset(tab?.controller));

  async function settle(ms = 0): Promise<void> {
    await tab?.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await tab?.fixture.whenStable();
  }

  /** Past the preview's debounce. */
  const afterDebounce = () => settle(300);

  const text = (node: Element | null | undefined) => textOf(node);

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function byLabel<T extends HTMLElement>(text: string): T {
    const label = Array.from(element.querySelectorAll('label')).find(
      (l) => l.textContent?.replace(/\s+/g, ' ').trim() === text,
    );
    const control = label && element.querySelector<T>(`#${label.htmlFor}`);
    if (!control) throw new Error(`No control labelled ${text}`);
    return control;
  }

  function check(input: HTMLInputElement, checked = true): void {
    input.checked = checked;
    input.dispatchEvent(new Event('change'));
  }

  function costRows(): string[][] {
    return Array.from(element.querySelectorAll('[data-testid="cost-table"] tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map(
        (cell) => cell.querySelector<HTMLInputElement>('input')?.value ?? text(cell),
      ),
    );
  }

  function shareRow(number: string): HTMLTableRowElement {
    const row = element.querySelector<HTMLTableRowElement>(
      `[data-testid="share-table"] tr[data-municipality="${number}"]`,
    );
    if (!row) throw new Error(`No share row ${number}`);
    return row;
  }

  describe('costs', () => {
    it('shows a row per year of the period with labelled inputs in Norwegian format, and the sums', async () => {
      await render();
      expect(element.querySelector('h2')?.textContent?.trim()).toBe('Kostnader per år');
      expect(costRows()).toEqual([
        ['År', 'Engangskostnad (pukkel)', 'Løpende kostnad', 'Sum'],
        ['2026', '300000', '100000', '400 000 kr'],
        ['2027', '', '100000', '100 000 kr'],
        ['Sum', '300 000 kr', '200 000 kr', '500 000 kr'],
      ]);
      const input = byLabel<HTMLInputElement>('Engangskostnad 2026');
      expect(input.getAttribute('inputmode')).toBe('decimal');
      expect(input.type).toBe('text');
      expect(byLabel('Løpende kostnad 2027')).toBeTruthy();

      type(input, '1 250 000');
      await settle();
      expect(costRows()[1]).toEqual(['2026', '1 250 000', '100000', '1 350 000 kr']);
      expect(costRows()[3][3]).toBe('1 450 000 kr');
    });

    it('saves the amounts as decimal strings with the version read, keeping notes, and says it is saved', async () => {
      await render();
      type(byLabel('Engangskostnad 2026'), '1 250 000');
      type(byLabel('Engangskostnad 2027'), '99 500,50');
      type(byLabel('Løpende kostnad 2026'), '');
      await settle();
      element
        .querySelector<HTMLFormElement>('[data-testid="cost-table"]')
        ?.closest('form')
        ?.dispatchEvent(new Event('submit'));
      await settle();

      const op = controller.expectOne('SetMeasureCosts');
      expect(op.operation.variables).toEqual({
        input: {
          measureId: T7_ID,
          expectedVersion: 4,
          costs: [
            { year: 2026, kind: 'ONE_OFF', amount: '1250000' },
            { year: 2027, kind: 'ONE_OFF', amount: '99500.50' },
            { year: 2027, kind: 'RUNNING', amount: '100000', note: 'Lisens' },
          ],
        },
      });
      op.flushData({
        setMeasureCosts: measureEconomics({
          version: 5,
          costs: [
            measureCost(2026, 'ONE_OFF', '1250000'),
            measureCost(2027, 'ONE_OFF', '99500.50'),
            measureCost(2027, 'RUNNING', '100000', 'Lisens'),
          ],
        }),
      });
      await settle();
      const status = element.querySelector('#economics-costs-feedback [role="status"]');
      expect(text(status)).toContain('Lagret');
      expect(document.activeElement?.id).toBe('economics-costs-feedback');
      expect(costRows()[1]).toEqual(['2026', '1250000', '', '1 250 000 kr']);
      expect(reload).toHaveBeenCalledTimes(1);
    });

    it('sends nothing while an amount is not a number, and says so at the input', async () => {
      await render();
      const input = byLabel<HTMLInputElement>('Løpende kostnad 2027');
      type(input, 'mye');
      element
        .querySelector('[data-testid="cost-table"]')
        ?.closest('form')
        ?.dispatchEvent(new Event('submit'));
      await settle();
      controller.expectNone('SetMeasureCosts');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(`economics-costs-hint ${input.id}-error`);
      expect(text(element.querySelector(`#${input.id}-error`))).toBe(
        'Skriv et beløp i kroner, f.eks. 250 000.',
      );
      const summary = element.querySelector('#economics-costs-errors');
      expect(document.activeElement).toBe(summary);
      expect(text(summary?.querySelector('li'))).toBe(
        'Løpende kostnad 2027: Skriv et beløp i kroner, f.eks. 250 000.',
      );
    });

    it("shows the API's sentence when it refuses (a stale version), with a way to load what is saved", async () => {
      await render();
      element
        .querySelector('[data-testid="cost-table"]')
        ?.closest('form')
        ?.dispatchEvent(new Event('submit'));
      await settle();
      controller.expectOne('SetMeasureCosts').graphqlErrors([
        {
          message:
            'Kostnadsplanen er endret av noen andre siden du hentet den. Last inn på nytt og prøv igjen.',
          extensions: { code: 'CONFLICT' },
        },
      ]);
      await settle();
      const alert = element.querySelector('#economics-costs-feedback [role="alert"]');
      expect(text(alert)).toContain('Kostnadsplanen er endret av noen andre siden du hentet den.');
      expect(text(alert)).toContain('Hent det som er lagret nå');
      expect(reload).not.toHaveBeenCalled();
    });

    it('shows a viewer the amounts without inputs or save buttons', async () => {
      await render(measureEconomics({ viewerCanEdit: false }), USERS.viewer);
      expect(costRows()[1]).toEqual(['2026', '300 000 kr', '100 000 kr', '400 000 kr']);
      expect(element.querySelector('[data-testid="cost-table"] input')).toBeNull();
      const buttons = Array.from(element.querySelectorAll('button')).map((b) => text(b));
      expect(buttons).not.toContain('Lagre kostnadene');
      expect(buttons).not.toContain('Lagre nøkkel');
      expect(text(element)).toContain('Du kan prøve en annen nøkkel og se virkningen, men ikke lagre den.');
    });

    it('asks for a period before yearly costs can be entered', async () => {
      await render(measureEconomics({ firstYear: null, lastYear: null, costs: [] }));
      expect(element.querySelector('[data-testid="cost-table"]')).toBeNull();
      expect(text(element)).toContain(
        'Tiltaket trenger en periode før du kan legge inn kostnader per år. Sett start- og sluttdato på fanen Oversikt.',
      );
    });
  });

  describe('shares and the distribution key', () => {
    it('shows the saved shares per year with each explanation, and a chart of the totals', async () => {
      await render();
      const tableElement = element.querySelector('[data-testid="share-table"]');
      expect(text(tableElement?.querySelector('caption'))).toBe(
        'Kommunenes andeler av kostnadene i T7, per år',
      );
      expect(
        Array.from(tableElement?.querySelectorAll('tbody tr') ?? []).map((tr) =>
          tr.getAttribute('data-municipality'),
        ),
      ).toEqual(['3334', '4005', '3336']);
      const flesberg = shareRow('3334');
      expect(text(flesberg.querySelector('th'))).toBe('Flesberg');
      expect(text(flesberg.querySelector('[data-year="2026"] .sb-share__amount'))).toBe('133 334 kr');
      expect(text(flesberg.querySelector('[data-year="2026"] [data-part="explanation"]'))).toBe(
        '1/3 × 133334 kr',
      );
      expect(text(flesberg.querySelector('[data-year="2026"] summary'))).toBe('Utregning for Flesberg 2026');
      expect(text(flesberg.querySelector('td:last-child'))).toBe('166 668 kr');
      const chart = element.querySelector('sb-share-chart [role="img"]');
      expect(chart?.querySelector('.sb-chart__canvas')).not.toBeNull();
      expect(
        text(document.getElementById(chart?.getAttribute('aria-labelledby') ?? '')).replace(/\u00a0/g, ' '),
      ).toBe(
        'Stolpediagram over andelene for alle årene: Flesberg 166 668 kr, Notodden 166 666 kr, Rollag 166 666 kr.',
      );
      expect(
        Array.from(element.querySelectorAll('sb-share-chart table tbody tr')).map((tr) =>
          Array.from(tr.children).map((cell) => text(cell).replace(/\u00a0/g, ' ')),
        ),
      ).toEqual([
        ['Flesberg', '166 668 kr'],
        ['Notodden', '166 666 kr'],
        ['Rollag', '166 666 kr'],
      ]);
      // Nothing is asked for while the key and the what-if are as saved.
      await afterDebounce();
      controller.expectNone('CostSharePreview');
    });

    it('asks for a preview with the key being tried, once typing pauses, and shows it', async () => {
      await render();
      check(byLabel('Etter folketall'));
      await settle();
      controller.expectNone('CostSharePreview');
      expect(byLabel<HTMLSelectElement>('Folketall per 1. januar').value).toBe('2025');
      await afterDebounce();

      const op = controller.expectOne('CostSharePreview');
      expect(op.operation.variables).toEqual({
        measureId: T7_ID,
        key: { kind: 'POPULATION', populationYear: 2025, populationSource: null },
      });
      op.flushData({
        costSharePreview: shareTable([
          {
            year: 2026,
            total: '400000',
            shares: [
              costShare('3334', '90000', {
                explanation: 'innbyggere 2 700 av 12 000 × 400 000 kr = 90 000 kr',
              }),
              costShare('3336', '50000'),
              costShare('4005', '260000'),
            ],
          },
        ]),
      } satisfies CostSharePreviewQuery);
      await settle();
      expect(text(shareRow('3334').querySelector('.sb-share__amount'))).toBe('90 000 kr');
      expect(text(shareRow('3334').querySelector('[data-part="explanation"]'))).toBe(
        'innbyggere 2 700 av 12 000 × 400 000 kr = 90 000 kr',
      );
      expect(text(element.querySelector('#economics-preview-status'))).toBe(
        'Tabellen viser andelene med nøkkelen du ikke har lagret ennå.',
      );

      // An agreed population goes with the key, with its reason.
      type(byLabel('Avtalt folketall, Flesberg'), '2 500');
      type(byLabel('Begrunnelse for avtalt folketall, Flesberg'), 'Asylmottak');
      await afterDebounce();
      expect(controller.expectOne('CostSharePreview').operation.variables['key']).toEqual({
        kind: 'POPULATION',
        populationYear: 2025,
        populationSource: null,
        entries: [{ municipalityNumber: '3334', populationOverride: 2500, adjustmentNote: 'Asylmottak' }],
      });
    });

    it("shows a preview's refusal as a sentence instead of the table", async () => {
      await render();
      check(byLabel('Etter bruk'));
      await afterDebounce();
      const op = controller.expectOne('CostSharePreview');
      expect(op.operation.variables['key']).toEqual({ kind: 'USAGE' });
      op.flushData({
        costSharePreview: {
          ...shareTable([]),
          error: 'Ingen bruk er registrert, så kostnaden kan ikke fordeles etter bruk.',
          errorEn: 'No usage is recorded, so the cost cannot be split by usage.',
        },
      });
      await settle();
      expect(element.querySelector('[data-testid="share-table"]')).toBeNull();
      expect(text(element.querySelector('#economics-share-error[role="alert"]'))).toBe(
        'Ingen bruk er registrert, så kostnaden kan ikke fordeles etter bruk.',
      );
    });

    it('keeps a running sum of agreed percentages and saves the key with the version read', async () => {
      await render();
      check(byLabel('Avtalte prosentandeler'));
      await settle();
      type(byLabel('Prosentandel, Flesberg'), '50');
      type(byLabel('Prosentandel, Rollag'), '12,5');
      await settle();
      expect(text(element.querySelector('#economics-key-percent-sum'))).toBe(
        '62,5 % (må bli nøyaktig 100 %)',
      );
      type(byLabel('Prosentandel, Notodden'), '37,5');
      await settle();
      expect(text(element.querySelector('#economics-key-percent-sum'))).toBe('100 %');
      await afterDebounce();
      controller.expectOne('CostSharePreview').flushData({ costSharePreview: SAVED_SHARES });
      await settle();

      const save = Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Lagre nøkkel');
      save?.closest('form')?.dispatchEvent(new Event('submit'));
      await settle();
      const op = controller.expectOne('SetCostKey');
      expect(op.operation.variables).toEqual({
        input: {
          measureId: T7_ID,
          expectedVersion: 4,
          key: {
            kind: 'MANUAL',
            entries: [
              { municipalityNumber: '3334', percent: '50' },
              { municipalityNumber: '4005', percent: '37.5' },
              { municipalityNumber: '3336', percent: '12.5' },
            ],
          },
        },
      });
      op.graphqlErrors([
        {
          message: 'Prosentandelene må summere til nøyaktig 100 (nå 99).',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
      await settle();
      expect(text(element.querySelector('#economics-key-feedback [role="alert"]'))).toContain(
        'Prosentandelene må summere til nøyaktig 100 (nå 99).',
      );
    });
    it('lists what is wrong with the key when it cannot be saved, and moves the focus there', async () => {
      await render();
      check(byLabel('Avtalte prosentandeler'));
      await settle();
      const rollag = byLabel<HTMLInputElement>('Prosentandel, Rollag');
      type(rollag, 'mye');
      await afterDebounce();
      controller.expectNone('CostSharePreview');
      expect(text(element.querySelector('#economics-preview-status'))).toBe(
        'Rett opp feltene i nøkkelen for å se andelene.',
      );

      const save = Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Lagre nøkkel');
      save?.closest('form')?.dispatchEvent(new Event('submit'));
      await settle();
      controller.expectNone('SetCostKey');
      const summary = element.querySelector('#economics-key-errors');
      expect(document.activeElement).toBe(summary);
      expect(Array.from(summary?.querySelectorAll('li') ?? []).map((li) => text(li))).toEqual([
        'Prosentandel, Rollag: Skriv en prosentandel, f.eks. 20 eller 12,5.',
      ]);
      expect(rollag.getAttribute('aria-invalid')).toBe('true');
      summary?.querySelector<HTMLAnchorElement>('a')?.click();
      expect(document.activeElement).toBe(rollag);
    });
  });

  describe('what if', () => {
    it('leaves the ticked participants out, shows each change and a rounding paradox in words, and saves nothing', async () => {
      await render();
      const legend = element.querySelector('.sb-what-if legend');
      expect(text(legend)).toBe('Hva om … ikke deltar?');
      check(byLabel('Flesberg'));
      await afterDebounce();

      const op = controller.expectOne('CostSharePreview');
      expect(op.operation.variables).toEqual({ measureId: T7_ID, excludeMunicipalityNumbers: ['3334'] });
      const paradox =
        'Den eksakte andelen øker fra 33 333,33 til 50 000,00 kr, men avrundet til hele kroner blir den 1 kr lavere.';
      op.flushData({
        costSharePreview: shareTable(
          [
            {
              year: 2026,
              total: '400000',
              shares: [
                costShare('3336', '200000', { change: '66667' }),
                costShare('4005', '200000', { change: '66667' }),
              ],
            },
            {
              year: 2027,
              total: '100000',
              shares: [
                costShare('3336', '50000', { change: '16667' }),
                costShare('4005', '33332', {
                  change: '-1',
                  roundingParadox: true,
                  paradoxExplanation: paradox,
                  paradoxExplanationEn: 'The exact share rises …',
                }),
              ],
            },
          ],
          ['3334'],
        ),
      });
      await settle();

      expect(element.querySelector('[data-testid="share-table"] tr[data-municipality="3334"]')).toBeNull();
      expect(text(element.querySelector('[data-testid="share-table"] caption'))).toBe(
        'Andeler per år hvis Flesberg ikke deltar',
      );
      expect(text(shareRow('3336').querySelector('[data-year="2026"] [data-part="change"]'))).toBe(
        'Endring: +66 667 kr',
      );
      const notodden = shareRow('4005').querySelector('[data-year="2027"]');
      expect(text(notodden?.querySelector('[data-part="change"]'))).toBe('Endring: −1 kr');
      expect(text(notodden?.querySelector('[data-part="paradox"]'))).toBe(`Avrundingsparadoks: ${paradox}`);
      const total = shareRow('4005').querySelector('td:last-child');
      expect(text(total?.querySelector('.sb-share__amount'))).toBe('233 332 kr');
      expect(text(total?.querySelector('.sb-share__change'))).toBe('Endring: +66 666 kr');
      expect(text(element)).toContain('Ingenting er lagret.');

      // Unticking goes back to the saved shares without asking again.
      check(byLabel('Flesberg'), false);
      await afterDebounce();
      controller.expectNone('CostSharePreview');
      expect(text(shareRow('3334').querySelector('td:last-child'))).toBe('166 668 kr');
      controller.expectNone('SetCostKey');
      controller.expectNone('SetMeasureCosts');
    });
  });

  describe('agreements', () => {
    it("shows what the service-purchase agreements cost each buyer, split by the agreement's terms", async () => {
      const buyerShare = (municipalityNumber: string, municipalityName: string, amount: string) => ({
        municipalityNumber,
        municipalityName,
        amount,
        explanation: `Avtalen «Byggesak»: 1 380 000 kr per år × 12/12 måneder (${municipalityName})`,
        explanationEn: 'Agreement',
      });
      await render(
        measureEconomics({
          agreementCosts: [
            {
              agreementId: 'a-1',
              agreementTitle: 'Byggesak',
              year: 2026,
              months: 12,
              total: '1380000',
              shares: [buyerShare('3334', 'Flesberg', '805000'), buyerShare('3336', 'Rollag', '575000')],
            },
          ],
        }),
      );
      const section = element.querySelector('[data-testid="agreement-costs"]') as HTMLElement;
      expect(section.querySelector('caption')?.textContent?.trim()).toBe('Byggesak');
      const rows = Array.from(section.querySelectorAll('tbody tr')).map((row) =>
        row.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
      );
      expect(rows[0]).toContain('Flesberg 805\u00a0000\u00a0kr');
      expect(rows[1]).toContain('Rollag 575\u00a0000\u00a0kr');
      expect(section.querySelector('tfoot')?.textContent).toContain('1\u00a0380\u00a0000\u00a0kr');
    });

    it('shows no agreement section when no agreement is in force', async () => {
      await render(measureEconomics());
      expect(element.querySelector('[data-testid="agreement-costs"]')).toBeNull();
    });
  });
});

describe('signedKroner', () => {
  it('signs a change in kroner or øre, and shows whole kroner without ",00"', () => {
    expect(signedKroner('1234')).toBe('+1\u00a0234\u00a0kr');
    expect(signedKroner('-56')).toBe('\u221256\u00a0kr');
    expect(signedKroner('0.02')).toBe('+0,02\u00a0kr');
    expect(signedKroner('-0.01')).toBe('\u22120,01\u00a0kr');
    expect(signedKroner('0.00')).toBe('0\u00a0kr');
    expect(signedKroner('0')).toBe('0\u00a0kr');
  });
});
