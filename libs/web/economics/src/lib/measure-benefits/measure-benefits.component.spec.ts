import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { BenefitPlanQuery } from '@samarbeid/web/graphql';
import { buttonNamed, T7_ID, textOf, typeInto, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  benefitPlan,
  CASE_TIME_ID,
  consultants,
  CONSULTANTS_ID,
  STRATEGY_GOALS,
  TEKNISK_NETWORK_ID,
  USERS,
} from '../../testing/measure-fixtures';
import { type RenderedTab, renderMeasureTab } from '../../testing/measure-tab';
import type { BenefitPlan } from './benefit-view';
import { MeasureBenefitsComponent } from './measure-benefits.component';

describe('MeasureBenefitsComponent', () => {
  let tab: RenderedTab<MeasureBenefitsComponent> | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let reload: RenderedTab<MeasureBenefitsComponent>['reload'];

  async function render(
    data: BenefitPlan = benefitPlan(),
    user: SignedInUser = USERS.directorFlesberg,
  ): Promise<void> {
    tab = await renderMeasureTab(
      MeasureBenefitsComponent,
      'BenefitPlan',
      { benefitPlan: data } satisfies BenefitPlanQuery,
      {
        user,
        inputs: { networkId: TEKNISK_NETWORK_ID, measureName: 'T7 Byggesakstjenester' },
      },
    );
    ({ controller, element, reload } = tab);
  }

  afterEach(() => verifyAndReset(tab?.controller));

  const settle = () => tab?.settle() ?? Promise.resolve();
  const text = (node: Element | null | undefined) => textOf(node);
  const rows = (selector: string) =>
    Array.from(element.querySelectorAll(`${selector} tr`), (tr) =>
      Array.from(tr.querySelectorAll('th, td'), textOf),
    );

  function article(id: string): HTMLElement {
    const found = element.querySelector<HTMLElement>(`[data-benefit="${id}"]`);
    if (!found) throw new Error(`No benefit ${id}`);
    return found;
  }

  function byLabel<T extends HTMLElement>(label: string, within: ParentNode = element): T {
    const found = Array.from(within.querySelectorAll('label')).find(
      (l) => l.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
    const control = found && element.querySelector<T>(`#${found.htmlFor}`);
    if (!control) throw new Error(`No control labelled ${label}`);
    return control;
  }

  const set = typeInto;
  const button = (name: string, within: ParentNode = element) => buttonNamed(within, name);

  describe('reading the plan', () => {
    it('sums up planned against realised per year with the status in words as well as colour', async () => {
      await render();
      expect(rows('[data-testid="benefit-summary"]')).toEqual([
        ['År', 'Planlagt', 'Realisert', 'Realisert av planlagt', 'Status'],
        ['2026', '500 000 kr', '450 000 kr', '90,0 %', 'Grønn – i rute'],
        ['2027', '800 000 kr', '600 000 kr', '75,0 %', 'Gul – noe etter'],
      ]);
      const status = element.querySelector('[data-testid="benefit-summary"] tr[data-year="2027"] .ds-tag');
      expect(status?.getAttribute('data-color')).toBe('warning');
      expect(text(element.querySelector('[data-testid="benefit-summary"] caption'))).toBe(
        'Økonomiske gevinster per år, planlagt og realisert',
      );
      const chart = element.querySelector('sb-benefit-chart [role="img"]');
      expect(chart?.querySelector('.sb-chart__canvas')).not.toBeNull();
      expect(
        text(document.getElementById(chart?.getAttribute('aria-labelledby') ?? '')).replace(/\u00a0/g, ' '),
      ).toBe(
        'Stolpediagram over planlagt og realisert gevinst per år: 2026: planlagt 500 000 kr, realisert 450 000 kr; 2027: planlagt 800 000 kr, realisert 600 000 kr.',
      );
      expect(rows('sb-benefit-chart table')).toEqual([
        ['År', 'Planlagt', 'Realisert'],
        ['2026', '500 000 kr', '450 000 kr'],
        ['2027', '800 000 kr', '600 000 kr'],
      ]);
      expect(text(element)).toContain(
        'Status: grønn når minst 90 % av det planlagte er realisert, gul fra 70 %, ellers rød.',
      );
    });

    it('shows each benefit with its unit, baseline, owner, benefit map, years and the log of actual values', async () => {
      await render();
      const first = article(CONSULTANTS_ID);
      expect(text(first.querySelector('h3'))).toBe('Færre innleide konsulenter');
      expect(Array.from(first.querySelectorAll('.sb-benefit-map li')).map((li) => text(li))).toEqual([
        'Tiltak: T7 Byggesakstjenester',
        'Endring: Felles saksbehandling',
        'Gevinst: Færre innleide konsulenter',
        'Strategimål: Raskere byggesaker',
      ]);
      expect(first.querySelector('.sb-benefit-map')?.getAttribute('aria-label')).toBe('Gevinstkart');
      expect(
        Array.from(first.querySelectorAll('dl > div')).map((d) => [
          text(d.querySelector('dt')),
          text(d.querySelector('dd')),
        ]),
      ).toEqual([
        ['Type gevinst', 'Effektiviseringsgevinst'],
        ['Måles i', 'Kroner'],
        ['Nullpunkt', '1 200 000 kr, målt 31. desember 2025'],
        ['Gevinsteier', 'Kommunalsjef teknisk'],
      ]);
      expect(rows(`[data-benefit="${CONSULTANTS_ID}"] [data-testid="benefit-years"]`).slice(1)).toEqual([
        ['2026', '500 000 kr', '450 000 kr', '90,0 %', 'Grønn – i rute'],
        ['2027', '800 000 kr', '400 000 kr', '50,0 %', 'Rød – klart etter'],
      ]);
      expect(rows(`[data-benefit="${CONSULTANTS_ID}"] [data-testid="benefit-actuals"]`)).toEqual([
        ['Registrert', 'År', 'Kommune', 'Verdi', 'Kommentar', 'Registrert av'],
        ['1. juli 2027 kl. 10:00', '2027', 'Notodden', '400 000 kr', 'Halvår', 'Tor Teknisk'],
        ['15. januar 2027 kl. 09:00', '2026', 'Flesberg', '450 000 kr', '', 'Ukjent'],
      ]);

      const second = article(CASE_TIME_ID);
      expect(text(second.querySelector('.sb-benefit-map li:last-child'))).toBe('Strategimål: ikke knyttet');
      expect(text(second.querySelector('dl'))).toContain('Kvalitativ: Saksbehandlingstid (dager)');
      expect(rows(`[data-benefit="${CASE_TIME_ID}"] [data-testid="benefit-years"]`)[1]).toEqual([
        '2026',
        '58,5 dager',
        'Ikke registrert',
        '',
        'Ikke målt ennå',
      ]);
      expect(text(second)).toContain('Planlagt per kommune');
      const notodden = second.querySelector('tr[data-municipality="4005"]');
      expect(Array.from(notodden?.querySelectorAll('th, td') ?? []).map((cell) => text(cell))).toEqual([
        'Notodden',
        '28,5 dager',
      ]);
      expect(text(second.querySelector('tr[data-municipality="3336"] td'))).toBe('–');
      expect(text(second)).toContain('Ingen faktiske verdier er registrert ennå.');
    });

    it('gives a reader without rights no forms at all', async () => {
      await render(benefitPlan({ viewerCanRecordFor: [] }), USERS.viewer);
      expect(element.querySelector('[data-testid="record-actual"]')).toBeNull();
      // Only the template download: nothing that changes the plan.
      expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
        'Last ned mal (Excel)',
      ]);
      expect(element.querySelector('[data-testid="benefit-import"]')).toBeNull();
    });
  });

  describe('recording an actual value', () => {
    it('offers only the municipalities the user may record for, and the years of the period', async () => {
      await render(benefitPlan({ viewerCanRecordFor: ['3334', '4005'] }));
      const form = element.querySelector('[data-testid="record-actual"]') as HTMLFormElement;
      expect(form.getAttribute('aria-labelledby')).toBe('record-actual-heading');
      expect(text(element.querySelector('#record-actual-heading'))).toBe('Registrer faktisk verdi');
      const municipalities = byLabel<HTMLSelectElement>('Kommune', form);
      expect(Array.from(municipalities.options).map((o) => [o.value, o.text.trim()])).toEqual([
        ['3334', 'Flesberg'],
        ['4005', 'Notodden'],
      ]);
      expect(Array.from(byLabel<HTMLSelectElement>('År', form).options).map((o) => o.value)).toEqual([
        '2026',
        '2027',
      ]);
      expect(
        Array.from(byLabel<HTMLSelectElement>('Gevinst', form).options).map((o) => o.text.trim()),
      ).toEqual(['Færre innleide konsulenter', 'Kortere saksbehandlingstid']);
    });

    it('records the value for the chosen benefit, municipality and year, then fetches the plan again', async () => {
      await render();
      const form = element.querySelector('[data-testid="record-actual"]') as HTMLFormElement;
      expect(
        Array.from(byLabel<HTMLSelectElement>('Kommune', form).options).map((o) => o.text.trim()),
      ).toEqual(['Flesberg']);
      set(byLabel('År', form), '2027');
      set(byLabel('Verdi (kroner)', form), '125 000');
      set(byLabel('Kommentar', form), ' Første kvartal ');
      form.dispatchEvent(new Event('submit'));
      await settle();

      const op = controller.expectOne('RecordBenefitActual');
      expect(op.operation.variables).toEqual({
        input: {
          benefitId: CONSULTANTS_ID,
          municipalityNumber: '3334',
          year: 2027,
          value: '125000',
          comment: 'Første kvartal',
        },
      });
      op.flushData({ recordBenefitActual: consultants() });
      await settle();
      expect(text(form.querySelector('[role="status"]'))).toBe(
        'Registrert: 125 000 kr for «Færre innleide konsulenter» i Flesberg 2027.',
      );
      expect(byLabel<HTMLInputElement>('Verdi (kroner)', form).value).toBe('');
      controller.expectOne('BenefitPlan').flushData({ benefitPlan: benefitPlan() });
      await settle();
      expect(reload).toHaveBeenCalledTimes(1);
    });

    it('asks for a number before sending, and shows a refusal as a sentence', async () => {
      await render();
      const form = element.querySelector('[data-testid="record-actual"]') as HTMLFormElement;
      set(byLabel('Gevinst', form), CASE_TIME_ID);
      await settle();
      const value = byLabel<HTMLInputElement>('Verdi (dager)', form);
      set(value, 'raskt');
      form.dispatchEvent(new Event('submit'));
      await settle();
      controller.expectNone('RecordBenefitActual');
      expect(value.getAttribute('aria-invalid')).toBe('true');
      expect(text(form.querySelector('#record-actual-value-error'))).toBe(
        'Skriv et tall, f.eks. 250 000 eller 1,5.',
      );

      set(value, '31,5');
      form.dispatchEvent(new Event('submit'));
      await settle();
      const op = controller.expectOne('RecordBenefitActual');
      expect(op.operation.variables['input']).toMatchObject({
        benefitId: CASE_TIME_ID,
        value: '31.5',
        comment: null,
      });
      op.graphqlErrors([
        {
          message: 'Året 2031 er utenfor tiltakets periode (2026–2027).',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
      await settle();
      expect(text(form.querySelector('[role="alert"]'))).toBe(
        'Året 2031 er utenfor tiltakets periode (2026–2027).',
      );
    });
  });

  describe('changing the plan', () => {
    it('adds a benefit with its unit, baseline, owner and goal', async () => {
      await render(benefitPlan({ viewerCanEdit: true, viewerCanRecordFor: [] }), USERS.secretariat);
      button('Ny gevinst').click();
      await settle();
      controller.expectOne('BenefitGoals').flushData(STRATEGY_GOALS);
      await settle();
      const form = element.querySelector('sb-benefit-form form') as HTMLFormElement;
      expect(text(form.querySelector('h3'))).toBe('Ny gevinst');
      expect(document.activeElement).toBe(byLabel('Gevinst', form));

      form.dispatchEvent(new Event('submit'));
      await settle();
      controller.expectNone('CreateBenefit');
      expect(Array.from(form.querySelectorAll('.ds-error-summary li')).map((li) => text(li))).toEqual([
        'Gevinst: Skriv hva gevinsten er.',
        'Gevinsteier: Skriv hvem som eier gevinsten.',
      ]);

      set(byLabel('Gevinst', form), 'Spart innleie');
      const fte = form.querySelector<HTMLInputElement>(
        'input[type="radio"][value="FTE"]',
      ) as HTMLInputElement;
      fte.checked = true;
      fte.dispatchEvent(new Event('change'));
      await settle();
      set(byLabel('Kostnad per årsverk (kr)', form), '780 000');
      set(byLabel('Nullpunkt (årsverk)', form), '2,5');
      set(byLabel('Nullpunktet er målt', form), '2026-01-01');
      set(byLabel('Gevinsteier', form), 'Kommunalsjef');
      set(byLabel('Endring', form), 'Felles vakt');
      set(byLabel('Strategimål', form), 'goal-1');
      form.dispatchEvent(new Event('submit'));
      await settle();

      const op = controller.expectOne('CreateBenefit');
      expect(op.operation.variables).toEqual({
        input: {
          measureId: T7_ID,
          title: 'Spart innleie',
          type: 'EFFICIENCY',
          unitKind: 'FTE',
          fteCostNok: '780000',
          indicator: null,
          unit: null,
          baselineValue: '2.5',
          baselineDate: '2026-01-01',
          owner: 'Kommunalsjef',
          change: 'Felles vakt',
          goalId: 'goal-1',
        },
      });
      op.flushData({
        createBenefit: consultants({
          id: 'new-benefit',
          title: 'Spart innleie',
          plan: [],
          years: [],
          actuals: [],
        }),
      });
      await settle();
      expect(text(element.querySelector('#benefits-feedback [role="status"]'))).toBe(
        'Gevinsten «Spart innleie» er lagt til.',
      );
      expect(element.querySelector('sb-benefit-form')).toBeNull();
      controller.expectOne('BenefitPlan').flushData({ benefitPlan: benefitPlan({ viewerCanEdit: true }) });
      await settle();
    });

    it('replaces the planned values per municipality with the version read', async () => {
      await render(benefitPlan({ viewerCanEdit: true, viewerCanRecordFor: [] }), USERS.secretariat);
      button('Endre planlagte verdier (Færre innleide konsulenter)').click();
      await settle();
      const editor = element.querySelector('sb-benefit-plan-editor form') as HTMLFormElement;
      expect(byLabel<HTMLInputElement>('Planlagt 2026 (kroner)', editor).value).toBe('500000');

      const perMunicipality = byLabel<HTMLInputElement>('Planlegg per kommune', editor);
      perMunicipality.checked = true;
      perMunicipality.dispatchEvent(new Event('change'));
      await settle();
      set(byLabel('Planlagt 2026, Flesberg (kroner)', editor), '100 000');
      set(byLabel('Planlagt 2027, Notodden (kroner)', editor), '250 000,50');
      await settle();
      editor.dispatchEvent(new Event('submit'));
      await settle();

      const op = controller.expectOne('SetBenefitPlan');
      expect(op.operation.variables).toEqual({
        input: {
          benefitId: CONSULTANTS_ID,
          expectedVersion: 2,
          values: [
            { year: 2026, municipalityNumber: '3334', planned: '100000' },
            { year: 2027, municipalityNumber: '4005', planned: '250000.50' },
          ],
        },
      });
      op.graphqlErrors([
        {
          message: 'Gevinsten er endret av noen andre siden du hentet den.',
          extensions: { code: 'CONFLICT' },
        },
      ]);
      await settle();
      const alert = editor.querySelector('[role="alert"]');
      expect(text(alert)).toContain('Gevinsten er endret av noen andre siden du hentet den.');
      button('Hent det som er lagret nå', editor).click();
      await settle();
      controller.expectOne('BenefitPlan').flushData({ benefitPlan: benefitPlan({ viewerCanEdit: true }) });
      await settle();
    });

    it('deletes a benefit without actual values after asking', async () => {
      await render(benefitPlan({ viewerCanEdit: true, viewerCanRecordFor: [] }), USERS.secretariat);
      expect(() => button('Slett gevinsten (Færre innleide konsulenter)')).toThrow();
      const open = button('Slett gevinsten (Kortere saksbehandlingstid)');
      expect(open.getAttribute('aria-haspopup')).toBe('dialog');
      open.focus();
      open.click();
      await settle();
      const dialog = element.querySelector('#benefit-delete dialog') as HTMLDialogElement;
      expect(dialog.open).toBe(true);
      expect(text(dialog.querySelector('h2'))).toBe('Vil du slette gevinsten «Kortere saksbehandlingstid»?');
      expect(text(dialog)).toContain('Dette kan ikke angres.');

      // Cancelling keeps the benefit and gives the focus back.
      button('Avbryt', dialog).click();
      await settle();
      expect(dialog.open).toBe(false);
      expect(document.activeElement).toBe(open);
      controller.expectNone('DeleteBenefit');

      open.click();
      await settle();
      expect(text(button('Ja, slett gevinsten', dialog))).toBe('Ja, slett gevinsten');
      dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
      await settle();
      const op = controller.expectOne('DeleteBenefit');
      expect(op.operation.variables).toEqual({ id: CASE_TIME_ID });
      op.flushData({ deleteBenefit: true });
      await settle();
      expect(text(element.querySelector('#benefits-feedback'))).toBe(
        'Gevinsten «Kortere saksbehandlingstid» er slettet.',
      );
      controller
        .expectOne('BenefitPlan')
        .flushData({ benefitPlan: benefitPlan({ viewerCanEdit: true, benefits: [consultants()] }) });
      await settle();
      expect(element.querySelector(`[data-benefit="${CASE_TIME_ID}"]`)).toBeNull();
    });
  });
});
