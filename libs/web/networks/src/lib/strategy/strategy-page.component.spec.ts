import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService, type SignedInUser } from '@samarbeid/web/data-access';
import type {
  ApiResult,
  SaveStrategyInput,
  StrategyDecisionsQuery,
  StrategyMeasuresQuery,
} from '@samarbeid/web/graphql';
import {
  apiError,
  buttonNamed,
  fieldLabelled,
  renderWithApollo,
  settle as settleFixture,
  submitForm,
  tableRows,
  textAt,
  textOf,
  textsAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController, TestOperation } from 'apollo-angular/testing';

import {
  KDU_4_26,
  STRATEGY_ID,
  strategy,
  strategyResult,
  TEKNISK_ID,
  USERS,
} from '../../testing/network-fixtures';
import type { StrategyDetail } from './strategy-draft';
import { StrategyPageComponent } from './strategy-page.component';

/** What the page sent to SaveStrategy. */
function savedInput(op: TestOperation): SaveStrategyInput {
  return op.operation.variables['input'] as SaveStrategyInput;
}

/** The seeded strategy as SaveStrategy answers: its header, with `goals`, at `version`. */
function savedStrategy(
  version: number,
  goals: StrategyDetail['goals'],
  consultationEndsOn: string | null = null,
) {
  const { title, periodFrom, periodTo } = strategy();
  return {
    __typename: 'Strategy',
    id: STRATEGY_ID,
    title,
    periodFrom,
    periodTo,
    consultationEndsOn,
    status: 'DRAFT',
    version,
    goals,
  };
}

function measures(): StrategyMeasuresQuery {
  return {
    measures: {
      __typename: 'MeasureConnection',
      nodes: ['T1', 'T2', 'T5', 'T7', 'T8'].map((code) => ({
        __typename: 'Measure',
        id: `id-${code}`,
        code,
        title: `Tiltak ${code}`,
      })),
    },
  } as StrategyMeasuresQuery;
}

function decisions(): StrategyDecisionsQuery {
  const decision = (id: string, body: string, caseReference: string, title: string) => ({
    __typename: 'Decision',
    id,
    body,
    caseReference,
    decidedOn: '2026-02-12',
    title,
  });
  return {
    decisions: {
      __typename: 'DecisionConnection',
      nodes: [
        decision('d-council', 'MUNICIPAL_COUNCIL', '26/118', 'Deltakelse i geodata'),
        decision(KDU_4_26, 'KDU', 'KDU 4/26', 'Strategi og tjenestekjøp i teknisk nettverk'),
      ],
    },
  } as StrategyDecisionsQuery;
}

describe('StrategyPageComponent', () => {
  let fixture: ComponentFixture<StrategyPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser, detail: StrategyDetail = strategy()): Promise<void> {
    ({ fixture, controller, element } = await renderWithApollo(StrategyPageComponent, {
      user,
      providers: [provideRouter([])],
      inputs: { id: TEKNISK_ID, strategyId: STRATEGY_ID },
    }));
    expect(text('[role="status"]')).toBe('Laster strategien …');
    const op = controller.expectOne('StrategyDetail');
    expect(op.operation.variables).toEqual({ id: STRATEGY_ID });
    op.flushData({ strategy: detail });
    await settle();
  }

  afterEach(() => verifyAndReset(controller));

  const settle = () => settleFixture(fixture, 3);
  const text = (selector: string, within: ParentNode = element) => textAt(within, selector);
  const buttons = (within: ParentNode = element) => textsAt(within, 'button');
  const button = (name: string, within: ParentNode = element) => buttonNamed(within, name);
  const field = (within: ParentNode, label: string) => fieldLabelled(within, label);
  const type = typeInto;

  /** The header's facts as "term: value". */
  function facts(): string[] {
    return Array.from(element.querySelectorAll('dl > div')).map(
      (div) => `${text('dt', div)}: ${text('dd', div)}`,
    );
  }

  function section(id: string): HTMLElement {
    return element.querySelector(`section[aria-labelledby="${id}"]`) as HTMLElement;
  }

  function goals(): HTMLFieldSetElement[] {
    return Array.from(element.querySelectorAll<HTMLFieldSetElement>('fieldset.sb-goal'));
  }

  async function save(): Promise<void> {
    submitForm(element, 'form.sb-strategy-form');
    await settle();
  }

  describe('the header and who may do what', () => {
    it('shows the title, status, period and network', async () => {
      await render(USERS.viewer);
      expect(text('h1')).toBe('Strategi for teknisk nettverk 2026–2029');
      expect(facts()).toEqual(['Status: Utkast', 'Periode: 2026–2029', 'Nettverk: Teknisk nettverk']);
      expect(element.querySelector('a')?.getAttribute('href')).toBe(`/nettverk/${TEKNISK_ID}`);
      expect(text('a')).toBe('Tilbake til Teknisk nettverk');
    });

    it('gives a viewer a read-only page: goals with values in words, every year’s action plan, no controls', async () => {
      await render(USERS.viewer);
      expect(element.querySelector('form')).toBeNull();
      expect(element.querySelectorAll('input, select, textarea')).toHaveLength(0);
      expect(buttons()).toEqual([]);
      expect(element.textContent).toContain('Du kan lese, men ikke endre denne strategien.');
      const rows = tableRows(element);
      expect(rows).toContainEqual([
        'Median behandlingstid byggesak',
        'dager',
        '38,5 (2025)',
        '21 (2029)',
        'Redusere',
      ]);
      // Each item with the newest status report on its measure, linked.
      expect(textsAt(element, 'section[aria-labelledby="plan-heading"] ol li')).toEqual([
        'Prioritet 1 T5 Eiendomsskatt Statusrapport 1. halvår 2026: Levert · Gul · 35 %',
        'Prioritet 2 T7 Byggesakstjenester Ingen statusrapport ennå',
        'Prioritet 3 T2 Tjenestekjøp Ingen statusrapport ennå',
      ]);
      expect(
        element.querySelector('section[aria-labelledby="plan-heading"] ol li a')?.getAttribute('href'),
      ).toBe('/rapportering/period-h1/rapport/report-t5');
      expect(text('section[aria-labelledby="strategy-status-heading"]')).toContain(
        'Lederen av nettverket og sekretariatet sender strategien på høring',
      );
    });

    it('tells a reader when the consultation ends', async () => {
      await render(USERS.viewer, strategy({ status: 'CONSULTATION', consultationEndsOn: '2027-03-01' }));
      expect(text('[data-testid="strategy-consultation-ends"]')).toBe('Høringsfrist: 1. mars 2027');
    });

    it("gives the network's leader the editor and “Send på høring” on a draft", async () => {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
      expect(element.querySelector('form.sb-strategy-form')).not.toBeNull();
      expect(buttons(section('strategy-status-heading'))).toEqual(['Send på høring']);
      expect(buttons()).toContain('Lagre');
      expect(buttons()).toContain('Lagre handlingsplan');
    });

    it('gives a leader of another network nothing to change', async () => {
      await render(USERS.otherLeader);
      expect(element.querySelector('form')).toBeNull();
      expect(buttons()).toEqual([]);
    });

    it('gives the secretariat “Vedta” with the KDU decisions on consultation, and “Arkiver” once adopted', async () => {
      await render(USERS.secretariat, strategy({ status: 'CONSULTATION' }));
      controller.expectOne('StrategyMeasures').flushData(measures());
      controller.expectOne('StrategyDecisions').flushData(decisions());
      await settle();
      const status = section('strategy-status-heading');
      expect(buttons(status)).toEqual(['Vedta']);
      expect(textsAt(status, '#strategy-decision option')).toEqual([
        'Velg vedtak …',
        'KDU 4/26 – Strategi og tjenestekjøp i teknisk nettverk (12. februar 2026)',
      ]);
      TestBed.resetTestingModule();

      await render(
        USERS.secretariat,
        strategy({
          status: 'ADOPTED',
          adoptedBy: {
            __typename: 'Decision',
            id: KDU_4_26,
            caseReference: 'KDU 4/26',
            decidedOn: '2026-02-12',
            title: 'Strategi',
          },
        } as Partial<StrategyDetail>),
      );
      expect(buttons(section('strategy-status-heading'))).toEqual(['Arkiver']);
      expect(element.querySelector('form')).toBeNull();
      expect(facts()).toContain('Vedtatt av: KDU, sak KDU 4/26, 12. februar 2026');
      expect(element.textContent).toContain('Strategien er vedtatt og kan ikke endres.');
    });
  });

  describe('the editor', () => {
    async function renderEditor(): Promise<void> {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
    }

    it('shows the saved values with a decimal comma', async () => {
      await renderEditor();
      expect(goals()).toHaveLength(2);
      expect(text('legend', goals()[1])).toBe('Mål 2');
      expect(field(goals()[1], 'Utgangsverdi').value).toBe('38,5');
      expect(field(goals()[1], 'Utgangsverdi').getAttribute('aria-describedby')).toMatch(/-hint$/);
      expect(field(goals()[1], 'Ønsket retning').value).toBe('DECREASE');
    });

    it('adds a goal with an indicator and saves the whole content with values in the API’s form', async () => {
      await renderEditor();
      button('Legg til mål').click();
      await settle();
      expect(goals()).toHaveLength(3);
      const goal = goals()[2];
      expect(text('legend', goal)).toBe('Mål 3');
      expect(document.activeElement).toBe(field(goal, 'Målet'));
      expect(text('form [role="status"]')).toBe('Mål 3 er lagt til.');
      expect(text('form .sb-unsaved')).toBe('Du har endringer som ikke er lagret.');

      type(field(goal, 'Målet'), 'Færre klagesaker');
      button('Legg til indikator i mål 3').click();
      await settle();
      expect(document.activeElement).toBe(field(goal, 'Indikator'));
      type(field(goal, 'Indikator'), 'Klager på byggesaker');
      type(field(goal, 'Enhet'), 'antall');
      expect(field(goal, 'Utgangsår').value).toBe('2026');
      type(field(goal, 'Utgangsverdi'), '12,5');
      type(field(goal, 'Målverdi'), '6');
      type(field(goal, 'Ønsket retning'), 'DECREASE');
      await save();

      const op = controller.expectOne('SaveStrategy');
      const input = savedInput(op);
      expect(input).toMatchObject({ id: STRATEGY_ID, version: 4, periodFrom: 2026, periodTo: 2029 });
      expect(input.goals[1]?.indicators?.[0]?.baselineValue).toBe('38.5');
      expect(input.goals[2]).toEqual({
        title: 'Færre klagesaker',
        description: '',
        indicators: [
          {
            name: 'Klager på byggesaker',
            unit: 'antall',
            baselineYear: 2026,
            baselineValue: '12.5',
            targetYear: 2029,
            targetValue: '6',
            direction: 'DECREASE',
          },
        ],
      });
      const saved = strategy({ version: 5 });
      const newGoal: ApiResult<StrategyDetail['goals'][number]> = {
        __typename: 'StrategyGoal',
        id: 'goal-3',
        title: 'Færre klagesaker',
        description: '',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'indicator-3',
            name: 'Klager på byggesaker',
            unit: 'antall',
            baselineYear: 2026,
            baselineValue: '12.5',
            targetYear: 2029,
            targetValue: '6',
            direction: 'DECREASE',
          },
        ],
      };
      op.flushData({ saveStrategy: savedStrategy(5, [...saved.goals, newGoal]) });
      await settle();
      expect(text('#strategy-content-feedback [role="status"]')).toBe('Strategien er lagret.');
      expect(document.activeElement?.id).toBe('strategy-content-feedback');
      expect(field(goals()[2], 'Utgangsverdi').value).toBe('12,5');
      expect(element.querySelector('form .sb-unsaved')).toBeNull();

      // The next change is based on the saved version.
      type(field(goals()[0], 'Målet'), 'Robuste fagmiljøer');
      await save();
      const next = controller.expectOne('SaveStrategy');
      expect(savedInput(next).version).toBe(5);
      next.flushData({ saveStrategy: savedStrategy(6, saved.goals) });
      await settle();
    });

    it('sets the consultation end with the date picker and saves it; clearing it sends null', async () => {
      await renderEditor();
      const endsOn = field(element, 'Høringsfrist');
      expect(endsOn.getAttribute('type')).toBe('date');
      expect(endsOn.getAttribute('aria-describedby')).toMatch(/hint/);
      type(endsOn, '2027-03-01');
      await save();
      const op = controller.expectOne('SaveStrategy');
      expect(savedInput(op).consultationEndsOn).toBe('2027-03-01');
      op.flushData({ saveStrategy: savedStrategy(5, strategy().goals, '2027-03-01') });
      await settle();
      expect(field(element, 'Høringsfrist').value).toBe('2027-03-01');
      expect(element.querySelector('form .sb-unsaved')).toBeNull();

      type(field(element, 'Høringsfrist'), '');
      await save();
      const cleared = controller.expectOne('SaveStrategy');
      expect(savedInput(cleared).consultationEndsOn).toBeNull();
      cleared.flushData({ saveStrategy: savedStrategy(6, strategy().goals) });
      await settle();
    });

    it('removes goals and indicators, and moves goals up and down', async () => {
      await renderEditor();
      const titles = () => goals().map((goal) => field(goal, 'Målet').value);
      button('Flytt ned Mål 1').click();
      await settle();
      expect(titles()).toEqual(['Raskere og likere saksbehandling', 'Robuste fagmiljøer i alle kommunene']);
      // At the end the focus moves to the goal's other move button.
      expect(textOf(document.activeElement)).toBe('Flytt opp Mål 2');
      expect(text('form [role="status"]')).toBe('Målet er flyttet ned til plass 2.');
      expect(button('Flytt opp Mål 1').disabled).toBe(true);
      expect(button('Flytt ned Mål 2').disabled).toBe(true);

      button('Flytt opp Mål 2').click();
      await settle();
      expect(titles()).toEqual(['Robuste fagmiljøer i alle kommunene', 'Raskere og likere saksbehandling']);

      button('Fjern indikatoren Indikator 1 i mål 2').click();
      await settle();
      expect(goals()[1].querySelectorAll('fieldset.sb-indicator')).toHaveLength(0);
      expect(textOf(document.activeElement)).toBe('Legg til indikator i mål 2');

      button('Fjern målet Mål 1').click();
      await settle();
      expect(titles()).toEqual(['Raskere og likere saksbehandling']);
      expect(document.activeElement).toBe(field(goals()[0], 'Målet'));
      expect(text('form [role="status"]')).toBe('Mål 1 er fjernet.');

      await save();
      const op = controller.expectOne('SaveStrategy');
      expect(savedInput(op).goals).toEqual([
        { title: 'Raskere og likere saksbehandling', description: '', indicators: [] },
      ]);
      op.flushData({
        saveStrategy: {
          ...strategy({ version: 5 }),
          goals: [{ ...strategy().goals[1], indicators: [] }],
        },
      });
      await settle();
    });

    it('checks the form before sending, with a summary linking to each field', async () => {
      await renderEditor();
      button('Legg til mål').click();
      await settle();
      button('Legg til indikator i mål 3').click();
      await settle();
      type(field(goals()[2], 'Utgangsverdi'), '12,34567');
      type(element.querySelector('#strategy-periodTo') as HTMLInputElement, '2020');
      await save();
      controller.expectNone('SaveStrategy');
      expect(document.activeElement?.id).toBe('strategy-content-errors');
      expect(textsAt(element, '#strategy-content-errors li')).toEqual([
        'Til år: Perioden kan ikke slutte før den begynner.',
        'Mål 3: Målet: Skriv målet.',
        'Indikator 1 i mål 3: Indikator: Skriv hva indikatoren måler.',
        'Indikator 1 i mål 3: Enhet: Skriv enheten, for eksempel «dager» eller «antall».',
        'Indikator 1 i mål 3: Utgangsverdi: Skriv et tall med høyst fire desimaler, for eksempel 38,5.',
        'Indikator 1 i mål 3: Målverdi: Skriv en verdi.',
      ]);
      const value = field(goals()[2], 'Utgangsverdi');
      expect(value.getAttribute('aria-invalid')).toBe('true');
      expect(value.getAttribute('aria-describedby')).toBe(
        `${value.id.replace(/-baselineValue$/, '-hint')} ${value.id}-error`,
      );
    });

    it("puts the server's field messages at the fields, in English when the page is in English", async () => {
      await renderEditor();
      TestBed.inject(I18nService).setLanguage('en');
      await settle();
      // The form follows the language: values are written with a point in English.
      expect(field(goals()[1], 'Baseline value').value).toBe('38.5');
      await save();
      controller.expectOne('SaveStrategy').graphqlErrors([
        apiError(
          'BAD_USER_INPUT',
          'Verdien må være et tall med høyst fire desimaler, skrevet med punktum (f.eks. 12.5).',
          {
            messageEn:
              'The value must be a number with at most four decimals, written with a point (e.g. 12.5).',
            fields: [
              {
                field: 'goals.1.indicators.0.targetValue',
                message:
                  'Verdien må være et tall med høyst fire desimaler, skrevet med punktum (f.eks. 12.5).',
                messageEn:
                  'The value must be a number with at most four decimals, written with a point (e.g. 12.5).',
              },
            ],
          },
        ),
      ]);
      await settle();
      const target = field(goals()[1], 'Target value');
      expect(target.getAttribute('aria-invalid')).toBe('true');
      expect(text(`#${target.id}-error`)).toBe(
        'The value must be a number with at most four decimals, written with a point (e.g. 12.5).',
      );
      expect(text('#strategy-content-feedback [role="alert"] h3')).toBe('The strategy was not saved');
    });

    it('on CONFLICT says someone else changed it and starts over from the reloaded strategy', async () => {
      await renderEditor();
      type(field(goals()[0], 'Målet'), 'Min endring');
      await save();
      controller
        .expectOne('SaveStrategy')
        .graphqlErrors([apiError('CONFLICT', 'Strategien er endret av noen andre siden du åpnet den.')]);
      await settle();
      expect(text('#strategy-content-feedback [role="alert"] h3')).toBe('Noen andre har endret strategien');
      button('Last inn på nytt').click();
      await settle();
      const reload = controller.expectOne('StrategyDetail');
      reload.flushData(strategyResult({ version: 9, title: 'Endret av en annen' }));
      await settle();
      expect(text('h1')).toBe('Endret av en annen');
      expect(field(goals()[0], 'Målet').value).toBe('Robuste fagmiljøer i alle kommunene');
      expect(text('#strategy-content-feedback [role="status"]')).toContain('lastet inn på nytt');

      await save();
      const op = controller.expectOne('SaveStrategy');
      expect(op.operation.variables['input']).toMatchObject({ version: 9, title: 'Endret av en annen' });
      op.flushData({ saveStrategy: { ...strategy({ version: 10, title: 'Endret av en annen' }) } });
      await settle();
    });
  });

  describe('the action plan', () => {
    it("starts next year's plan from this year's unfinished measures, and shows it", async () => {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
      const plan = section('plan-heading');
      expect(text('#plan-carry-over-hint', plan)).toBe(
        'Tar med tiltakene fra 2026 som ikke er fullført eller avvist, i samme rekkefølge. Du kan endre planen etterpå.',
      );
      button('Start handlingsplan 2027 fra 2026', plan).click();
      await settle();
      const op = controller.expectOne('CarryOverActionPlan');
      expect(op.operation.variables['input']).toEqual({
        strategyId: STRATEGY_ID,
        version: 4,
        fromYear: 2026,
      });
      const carried = (code: string, title: string, priority: number) => ({
        __typename: 'ActionPlanItem',
        year: 2027,
        priority,
        measure: { __typename: 'Measure', id: `id-${code}`, code, title },
        latestReport: null,
      });
      op.flushData({
        carryOverActionPlan: {
          __typename: 'Strategy',
          id: STRATEGY_ID,
          version: 5,
          actionPlan: [
            ...strategy().actionPlan,
            carried('T5', 'Eiendomsskatt', 1),
            carried('T2', 'Tjenestekjøp', 2),
          ],
        },
      });
      await settle();
      expect(text('#plan-feedback [role="status"]', plan)).toBe(
        'Handlingsplanen for 2027 er startet med 2 uferdige tiltak fra 2026.',
      );
      expect((plan.querySelector('#plan-year') as HTMLSelectElement).value).toBe('2027');
      expect(textsAt(plan, 'ol li strong')).toEqual(['T5', 'T2']);
      // 2027 has a plan now: 2028 can start from it in turn.
      expect(text('#plan-carry-over', plan)).toBe('Start handlingsplan 2028 fra 2027');
    });

    it('sets the plan for a chosen year: add, reorder, remove, save', async () => {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
      const plan = section('plan-heading');
      const year = plan.querySelector('#plan-year') as HTMLSelectElement;
      expect(Array.from(year.options).map((o) => o.value)).toEqual(['2026', '2027', '2028', '2029']);
      expect(text('ol', plan)).toContain('T5');

      type(year, '2027');
      await settle();
      expect(text('h3', plan)).toBe('Handlingsplan 2027');
      expect(plan.textContent).toContain('Ingen tiltak er prioritert dette året.');

      const measure = plan.querySelector('#plan-measure') as HTMLSelectElement;
      button('Legg til i handlingsplanen', plan).click();
      await settle();
      expect(measure.getAttribute('aria-invalid')).toBe('true');
      expect(text('#plan-measure-error', plan)).toBe('Velg tiltaket du vil legge til.');

      for (const code of ['T1', 'T8', 'T2']) {
        type(measure, code);
        button('Legg til i handlingsplanen', plan).click();
        await settle();
      }
      expect(Array.from(measure.options).map((o) => o.value)).toEqual(['', 'T5', 'T7']);
      const codes = () => Array.from(plan.querySelectorAll('ol li strong')).map((s) => s.textContent);
      expect(codes()).toEqual(['T1', 'T8', 'T2']);
      button('Flytt opp T8', plan).click();
      await settle();
      expect(codes()).toEqual(['T8', 'T1', 'T2']);
      expect(text('[role="status"].ds-sr-only', plan)).toBe('T8 har nå prioritet 1.');
      button('Fjern T2', plan).click();
      await settle();
      expect(codes()).toEqual(['T8', 'T1']);

      button('Lagre handlingsplan', plan).click();
      await settle();
      const op = controller.expectOne('SetActionPlan');
      expect(op.operation.variables['input']).toEqual({
        strategyId: STRATEGY_ID,
        version: 4,
        year: 2027,
        items: [
          { measureCode: 'T8', priority: 1 },
          { measureCode: 'T1', priority: 2 },
        ],
      });
      const item = (code: string, priority: number) => ({
        __typename: 'ActionPlanItem',
        year: 2027,
        priority,
        measure: { __typename: 'Measure', id: `id-${code}`, code, title: `Tiltak ${code}` },
        latestReport: null,
      });
      op.flushData({
        setActionPlan: {
          __typename: 'Strategy',
          id: STRATEGY_ID,
          version: 5,
          actionPlan: [...strategy().actionPlan, item('T8', 1), item('T1', 2)],
        },
      });
      await settle();
      expect(text('#plan-feedback [role="status"]', plan)).toBe('Handlingsplanen for 2027 er lagret.');
      expect(codes()).toEqual(['T8', 'T1']);

      // The next step is based on the new version.
      button('Send på høring').click();
      await settle();
      const submit = controller.expectOne('SubmitStrategy');
      expect(submit.operation.variables['input']).toEqual({ id: STRATEGY_ID, version: 5 });
      submit.flushData({
        submitStrategy: {
          __typename: 'Strategy',
          id: STRATEGY_ID,
          status: 'CONSULTATION',
          version: 6,
          adoptedBy: null,
        },
      });
      await settle();
      expect(text('#strategy-status')).toBe('På høring');
      expect(text('#strategy-status-feedback [role="status"]')).toBe('Strategien har nå status På høring.');
    });
  });

  describe('status steps', () => {
    it('asks for unsaved changes to be saved before a step', async () => {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
      type(field(goals()[0], 'Målet'), 'Ulagret endring');
      await settle();
      button('Send på høring').click();
      await settle();
      controller.expectNone('SubmitStrategy');
      expect(text('#strategy-status-feedback [role="alert"] p')).toBe(
        'Du har endringer som ikke er lagret. Lagre dem før du endrer status.',
      );
    });

    it('adopts with the chosen KDU decision: the page shows Vedtatt and the decision, read only', async () => {
      await render(USERS.secretariat, strategy({ status: 'CONSULTATION', version: 7 }));
      controller.expectOne('StrategyMeasures').flushData(measures());
      controller.expectOne('StrategyDecisions').flushData(decisions());
      await settle();
      button('Vedta').click();
      await settle();
      controller.expectNone('AdoptStrategy');
      expect(text('#strategy-decision-error')).toBe('Velg KDU-vedtaket som vedtok strategien.');
      expect(document.activeElement?.id).toBe('strategy-decision');

      type(element.querySelector('#strategy-decision') as HTMLSelectElement, KDU_4_26);
      button('Vedta').click();
      await settle();
      const op = controller.expectOne('AdoptStrategy');
      expect(op.operation.variables['input']).toEqual({ id: STRATEGY_ID, version: 7, decisionId: KDU_4_26 });
      op.flushData({
        adoptStrategy: {
          __typename: 'Strategy',
          id: STRATEGY_ID,
          status: 'ADOPTED',
          version: 8,
          adoptedBy: {
            __typename: 'Decision',
            id: KDU_4_26,
            caseReference: 'KDU 4/26',
            decidedOn: '2026-02-12',
            title: 'Strategi og tjenestekjøp i teknisk nettverk',
          },
        },
      });
      await settle();
      expect(text('#strategy-status')).toBe('Vedtatt');
      expect(facts()).toContain('Vedtatt av: KDU, sak KDU 4/26, 12. februar 2026');
      expect(element.querySelector('form')).toBeNull();
      expect(buttons(section('strategy-status-heading'))).toEqual(['Arkiver']);
      expect(document.activeElement?.id).toBe('strategy-status-feedback');
    });

    it("shows the server's refusal of a step", async () => {
      await render(USERS.leader);
      controller.expectOne('StrategyMeasures').flushData(measures());
      await settle();
      button('Send på høring').click();
      await settle();
      controller
        .expectOne('SubmitStrategy')
        .graphqlErrors([
          apiError(
            'FORBIDDEN',
            'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
          ),
        ]);
      await settle();
      expect(text('#strategy-status-feedback [role="alert"] p')).toBe(
        'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
      );
      expect(text('#strategy-status')).toBe('Utkast');
    });
  });

  it('explains a strategy that does not exist', async () => {
    ({ fixture, controller, element } = await renderWithApollo(StrategyPageComponent, {
      user: USERS.viewer,
      providers: [provideRouter([])],
      inputs: { strategyId: STRATEGY_ID },
    }));
    controller.expectOne('StrategyDetail').graphqlErrors([apiError('NOT_FOUND', 'Fant ikke strategien.')]);
    await settle();
    expect(text('h1')).toBe('Fant ikke strategien');
    expect(text('[role="alert"]')).toBe('Strategien finnes ikke.');
  });
});
