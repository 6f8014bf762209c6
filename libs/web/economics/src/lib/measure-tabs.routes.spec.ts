import { afterEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MeasureTabContext, type MeasureTabMeasure, type SignedInUser } from '@samarbeid/web/data-access';
import { configureApolloTesting, T7_ID, TEKNISK_NETWORK_ID } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  benefitPlan,
  CONSULTANTS_ID,
  measureEconomics,
  STRATEGY_GOALS,
  USERS,
} from '../testing/measure-fixtures';
import { MEASURE_BENEFITS_ROUTES, MEASURE_ECONOMICS_ROUTES } from './measure-tabs.routes';

const T7: MeasureTabMeasure = {
  id: T7_ID,
  code: 'T7',
  title: 'Byggesakstjenester',
  networkId: TEKNISK_NETWORK_ID,
  viewerCanEdit: false,
};

const QUESTION = 'Du har endringer som ikke er lagret. Vil du forlate dem?';

describe('the measure tabs (child routes of the measure page)', () => {
  const measure = signal<MeasureTabMeasure | undefined>(T7);

  function setUp(user: SignedInUser = USERS.viewer): ApolloTestingController {
    return configureApolloTesting({
      user,
      providers: [
        provideRouter([
          { path: 'okonomi', children: MEASURE_ECONOMICS_ROUTES },
          { path: 'gevinster', children: MEASURE_BENEFITS_ROUTES },
        ]),
        { provide: MeasureTabContext, useValue: { measure, reload: () => Promise.resolve() } },
      ],
    });
  }

  afterEach(() => {
    measure.set(T7);
    TestBed.resetTestingModule();
    document.body.innerHTML = '';
  });

  /** Lets the navigation, the guard and the dialog move on. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  function type(control: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string): void {
    if (!control) throw new Error('No such field');
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }

  const dialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');
  const dialogButton = (name: string) =>
    Array.from(dialog()?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === name);

  const STAY = 'Fortsett å redigere';
  const LEAVE = 'Forlat endringene';

  /** Goes to `url`: the dialog must ask about the unsaved changes, and gets `answer`. True if the tab was left. */
  async function navigateAnswering(url: string, answer: typeof STAY | typeof LEAVE): Promise<boolean> {
    const navigation = TestBed.inject(Router).navigateByUrl(url);
    await settle();
    expect(dialog()?.querySelector('h2')?.textContent?.trim()).toBe(QUESTION);
    dialogButton(answer)?.click();
    return navigation;
  }

  function beforeUnload(): Event {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  }

  it.each([
    ['the economics', '/okonomi', 'MeasureEconomics', 'Laster økonomien …'],
    ['the benefit plan', '/gevinster', 'BenefitPlan', 'Laster gevinstplanen …'],
  ])('shows %s of the measure the page hands over', async (_, url, operation, loading) => {
    const controller = setUp();
    const harness = await RouterTestingHarness.create(url);
    expect(controller.expectOne(operation).operation.variables).toEqual({ measureId: T7_ID });
    expect(harness.routeNativeElement?.textContent).toContain(loading);
    controller.verify();
  });

  it('shows nothing while the page has no measure', async () => {
    measure.set(undefined);
    const controller = setUp();
    const harness = await RouterTestingHarness.create('/okonomi');
    expect(harness.routeNativeElement?.textContent?.trim()).toBe('');
    controller.expectNone('MeasureEconomics');
    controller.verify();
  });

  describe('with unsaved changes', () => {
    async function openEconomics() {
      const controller = setUp(USERS.secretariat);
      const harness = await RouterTestingHarness.create('/okonomi');
      controller.expectOne('MeasureEconomics').flushData({ measureEconomics: measureEconomics() });
      await settle();
      const element = harness.routeNativeElement as HTMLElement;
      return { controller, router: TestBed.inject(Router), element };
    }

    it('lets the user switch tab at once when nothing is unsaved', async () => {
      const { router } = await openEconomics();
      await expect(router.navigateByUrl('/gevinster')).resolves.toBe(true);
      expect(dialog()).toBeNull();
    });

    it('asks before a half-typed cost is lost; staying keeps it, leaving drops it', async () => {
      const { router, element } = await openEconomics();
      const cost = element.querySelector<HTMLInputElement>('#economics-cost-2026-ONE_OFF');
      type(cost, '1 250 000');
      await settle();

      await expect(navigateAnswering('/gevinster', STAY)).resolves.toBe(false);
      expect(router.url).toBe('/okonomi');
      expect(cost?.isConnected).toBe(true);
      expect(cost?.value).toBe('1 250 000');

      await expect(navigateAnswering('/gevinster', LEAVE)).resolves.toBe(true);
      expect(router.url).toBe('/gevinster');
      expect(cost?.isConnected).toBe(false);
    });

    it('does not count an amount written another way as a change', async () => {
      const { router, element } = await openEconomics();
      type(element.querySelector<HTMLInputElement>('#economics-cost-2026-ONE_OFF'), '300 000,00');
      await settle();
      await expect(router.navigateByUrl('/gevinster')).resolves.toBe(true);
      expect(dialog()).toBeNull();
    });

    it('asks about a distribution key that is changed but not saved', async () => {
      const { element } = await openEconomics();
      const population = element.querySelector<HTMLInputElement>('#economics-key-kind-POPULATION');
      if (!population) throw new Error('No population key');
      population.checked = true;
      population.dispatchEvent(new Event('change'));
      await settle();

      await expect(navigateAnswering('/gevinster', STAY)).resolves.toBe(false);
    });

    it('has the browser ask before the page is closed while something is unsaved', async () => {
      const { element } = await openEconomics();
      expect(beforeUnload().defaultPrevented).toBe(false);
      const cost = element.querySelector<HTMLInputElement>('#economics-cost-2027-RUNNING');
      type(cost, '120 000');
      await settle();
      expect(beforeUnload().defaultPrevented).toBe(true);
      type(cost, '100000');
      await settle();
      expect(beforeUnload().defaultPrevented).toBe(false);
    });

    it('asks before a benefit being written, or planned values being changed, are lost', async () => {
      const controller = setUp(USERS.secretariat);
      const harness = await RouterTestingHarness.create('/gevinster');
      controller
        .expectOne('BenefitPlan')
        .flushData({ benefitPlan: benefitPlan({ viewerCanEdit: true, viewerCanRecordFor: [] }) });
      await settle();
      const element = harness.routeNativeElement as HTMLElement;
      const button = (name: string) =>
        Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

      button('Ny gevinst')?.click();
      await settle();
      controller.expectOne('BenefitGoals').flushData(STRATEGY_GOALS);
      await settle();
      // An empty new benefit is nothing to lose.
      expect(beforeUnload().defaultPrevented).toBe(false);
      type(element.querySelector<HTMLInputElement>('#benefit-new-title'), 'Spart innleie');
      await settle();
      await expect(navigateAnswering('/okonomi', STAY)).resolves.toBe(false);

      // Cancelling the form drops what was written; the planned values are another editor.
      button('Avbryt')?.click();
      await settle();
      button('Endre planlagte verdier (Færre innleide konsulenter)')?.click();
      await settle();
      expect(beforeUnload().defaultPrevented).toBe(false);
      type(element.querySelector<HTMLInputElement>(`#plan-${CONSULTANTS_ID}-2026-region`), '600 000');
      await settle();
      expect(beforeUnload().defaultPrevented).toBe(true);
    });

    it('asks before an actual value typed in the benefit plan is lost', async () => {
      const controller = setUp(USERS.directorFlesberg);
      const harness = await RouterTestingHarness.create('/gevinster');
      controller.expectOne('BenefitPlan').flushData({ benefitPlan: benefitPlan() });
      await settle();
      type(
        harness.routeNativeElement?.querySelector<HTMLTextAreaElement>('#record-actual-comment'),
        'Regnskap per november',
      );
      await settle();
      expect(beforeUnload().defaultPrevented).toBe(true);

      await expect(navigateAnswering('/okonomi', LEAVE)).resolves.toBe(true);
      await settle();
      controller.expectOne('MeasureEconomics');
      // The tab is gone, and with it its say about leaving the page.
      expect(beforeUnload().defaultPrevented).toBe(false);
    });
  });
});
