import { provideTranslations } from '@samarbeid/web/data-access';
import { economicsEn, economicsNb } from '@samarbeid/web/data-access/dictionaries';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import {
  measureDetailResult,
  municipalitiesResult,
  participation,
  provideUser,
  T7_ID,
  USERS,
} from '../../testing/portfolio-fixtures';
import { MeasureDetailPageComponent } from './measure-detail-page.component';

describe('MeasureDetailPageComponent', () => {
  let fixture: ComponentFixture<MeasureDetailPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  function setUp(user: SignedInUser): void {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, MeasureDetailPageComponent],
      providers: [
        provideTranslations({ nb: economicsNb, en: economicsEn }),
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user).provider,
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  }

  async function render(code = 'T7', result = measureDetailResult(), fane?: string): Promise<void> {
    fixture = TestBed.createComponent(MeasureDetailPageComponent);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('code', code);
    if (fane) fixture.componentRef.setInput('fane', fane);
    await fixture.whenStable();
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    const op = controller.expectOne('MeasureDetail');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', code: code.toUpperCase() });
    op.flushData(result);
    await fixture.whenStable();
  }

  function tabs(): HTMLButtonElement[] {
    return Array.from(element.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  }

  function selectedTab(): string | undefined {
    return tabs()
      .find((tab) => tab.getAttribute('aria-selected') === 'true')
      ?.textContent?.trim();
  }

  function visiblePanel(): HTMLElement {
    const panels = Array.from(element.querySelectorAll<HTMLElement>('[role="tabpanel"]')).filter(
      (p) => !p.hidden,
    );
    expect(panels).toHaveLength(1);
    return panels[0];
  }

  async function press(key: string, on: HTMLElement): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    on.dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  beforeEach(() => localStorage.clear());

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  describe('tabs (WAI-ARIA tabs pattern)', () => {
    beforeEach(() => setUp(USERS.viewer));

    it('has a labelled tab list with one tab per panel, the overview selected and the only tab stop', async () => {
      await render('t7');
      expect(element.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'T7 Byggesakstjenester',
      );
      expect(element.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Om tiltaket');
      expect(tabs().map((tab) => tab.textContent?.trim())).toEqual([
        'Oversikt',
        'Status',
        'Deltakere',
        'Økonomi',
        'Gevinstplan',
        'Avhengigheter',
        'Vedtak',
        'Historikk',
      ]);
      expect(selectedTab()).toBe('Oversikt');
      expect(tabs().map((tab) => tab.getAttribute('tabindex'))).toEqual([
        '0',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
      ]);
      for (const tab of tabs()) {
        const panel = element.querySelector(`#${tab.getAttribute('aria-controls')}`);
        expect(panel?.getAttribute('role')).toBe('tabpanel');
        expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
      }
      expect(visiblePanel().id).toBe('measure-panel-oversikt');
      expect(visiblePanel().getAttribute('tabindex')).toBe('0');
    });

    it('moves with the arrow keys (wrapping), Home and End; the focused tab is selected', async () => {
      await render();
      const [overview] = tabs();
      overview.focus();

      const right = await press('ArrowRight', overview);
      expect(right.defaultPrevented).toBe(true);
      expect(selectedTab()).toBe('Status');
      expect(document.activeElement).toBe(tabs()[1]);
      expect(tabs()[1].getAttribute('tabindex')).toBe('0');
      expect(overview.getAttribute('tabindex')).toBe('-1');
      expect(visiblePanel().id).toBe('measure-panel-status');

      await press('ArrowLeft', tabs()[1]);
      expect(selectedTab()).toBe('Oversikt');
      await press('ArrowLeft', tabs()[0]);
      expect(selectedTab()).toBe('Historikk');
      expect(document.activeElement).toBe(tabs()[7]);
      await press('ArrowRight', tabs()[7]);
      expect(selectedTab()).toBe('Oversikt');
      await press('End', tabs()[0]);
      expect(selectedTab()).toBe('Historikk');
      await press('Home', tabs()[7]);
      expect(selectedTab()).toBe('Oversikt');
      expect(document.activeElement).toBe(tabs()[0]);

      const other = await press('a', tabs()[0]);
      expect(other.defaultPrevented).toBe(false);
      expect(selectedTab()).toBe('Oversikt');
    });

    it('selects a tab by click and keeps it in the address as ?fane=', async () => {
      await render();
      tabs()[2].click();
      await fixture.whenStable();
      expect(selectedTab()).toBe('Deltakere');
      expect(TestBed.inject(Router).url).toBe('/?fane=deltakere');
      expect(visiblePanel().querySelector('h2')?.textContent?.trim()).toBe('Deltakende kommuner');
      tabs()[0].click();
      await fixture.whenStable();
      expect(TestBed.inject(Router).url).toBe('/');
    });

    it('fetches the economics and the benefits plan only once their tab is opened, and keeps them after', async () => {
      await render();
      controller.expectNone('MeasureEconomics');
      controller.expectNone('BenefitPlan');
      expect(element.querySelector('#measure-panel-okonomi sb-measure-economics')).toBeNull();

      tabs()[3].click();
      await fixture.whenStable();
      expect(selectedTab()).toBe('Økonomi');
      expect(TestBed.inject(Router).url).toBe('/?fane=okonomi');
      expect(controller.expectOne('MeasureEconomics').operation.variables).toEqual({ measureId: T7_ID });
      expect(visiblePanel().querySelector('sb-measure-economics')).not.toBeNull();

      tabs()[4].click();
      await fixture.whenStable();
      expect(selectedTab()).toBe('Gevinstplan');
      expect(controller.expectOne('BenefitPlan').operation.variables).toEqual({ measureId: T7_ID });
      expect(element.querySelector('#measure-panel-okonomi sb-measure-economics')).not.toBeNull();
    });

    it('opens at the tab in the address', async () => {
      await render('T7', measureDetailResult(), 'historikk');
      expect(selectedTab()).toBe('Historikk');
      expect(visiblePanel().textContent).toContain('T7 Byggesakstjenester: opprettet');
    });

    it('explains a code the region does not have', async () => {
      fixture = TestBed.createComponent(MeasureDetailPageComponent);
      element = fixture.nativeElement as HTMLElement;
      fixture.componentRef.setInput('code', 'X1');
      await fixture.whenStable();
      controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
      controller
        .expectOne('MeasureDetail')
        .graphqlErrors([
          { message: 'Fant ikke tiltaket. Det kan være slettet.', extensions: { code: 'NOT_FOUND' } },
        ]);
      await fixture.whenStable();
      expect(element.querySelector('h1')?.textContent?.trim()).toBe('Fant ikke tiltaket');
      expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
        'Regionen har ikke noe tiltak med koden X1.',
      );
      expect(element.querySelector('[role="tablist"]')).toBeNull();
    });
  });

  describe('what the user may change', () => {
    function controls(): string[] {
      return Array.from(element.querySelectorAll('[role="tabpanel"] button')).map(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      );
    }

    it('gives the secretariat every control', async () => {
      setUp(USERS.secretariat);
      await render('T7', measureDetailResult({ viewerCanEdit: true }));
      expect(element.textContent).not.toContain('Du kan lese, men ikke endre dette tiltaket.');
      expect(controls()).toEqual(
        expect.arrayContaining([
          'Rediger tiltaket',
          'Flytt til Vedtatt',
          'Flytt til Avvist',
          'Flytt til Satt på vent',
          'Meld kommunen inn (Kongsberg)',
          'Meld kommunen ut (Flesberg)',
          'Fjern T2',
          'Legg til avhengighet',
        ]),
      );
    });

    it("gives whoever the API lets change the measure (viewerCanEdit) the measure's controls, but not other municipalities' participation", async () => {
      setUp(USERS.leader);
      await render('T7', measureDetailResult({ viewerCanEdit: true }));
      expect(element.textContent).not.toContain('Du kan lese, men ikke endre dette tiltaket.');
      expect(controls()).toContain('Rediger tiltaket');
      expect(controls()).toContain('Flytt til Vedtatt');
      expect(controls()).toContain('Legg til avhengighet');
      expect(controls().some((c) => c.startsWith('Meld kommunen'))).toBe(false);
    });

    it('gives a leader nothing to change on a measure the API says they may not change', async () => {
      setUp(USERS.leader);
      await render('T7', measureDetailResult({ viewerCanEdit: false }));
      expect(controls()).toEqual([]);
      expect(element.textContent).toContain('Du kan lese, men ikke endre dette tiltaket.');
    });

    it("gives a director only their own municipality's participation", async () => {
      setUp(USERS.directorFlesberg);
      await render();
      expect(controls()).toEqual(['Meld kommunen ut (Flesberg)']);
    });

    it('starts afresh on another measure: no half-done edit is carried over', async () => {
      setUp(USERS.secretariat);
      await render('T7', measureDetailResult({ viewerCanEdit: true }));
      (element.querySelector('#measure-edit-start') as HTMLButtonElement).click();
      await fixture.whenStable();
      expect(element.querySelector('form')).not.toBeNull();

      fixture.componentRef.setInput('code', 'T2');
      await fixture.whenStable();
      controller.expectOne('MeasureDetail').flushData(
        measureDetailResult({
          id: 'id-T2',
          code: 'T2',
          title: 'Tjenestekjøp',
          dependencies: [],
          viewerCanEdit: true,
          participation: participation({}, 'id-T2'),
        }),
      );
      await fixture.whenStable();
      expect(element.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('T2 Tjenestekjøp');
      expect(element.querySelector('#measure-panel-oversikt form')).toBeNull();
      expect(element.querySelector('#measure-edit-start')).not.toBeNull();
    });

    it('gives a viewer nothing to change', async () => {
      setUp(USERS.viewer);
      await render();
      expect(controls()).toEqual([]);
      expect(element.textContent).toContain('Du kan lese, men ikke endre dette tiltaket.');
      expect(element.textContent).toContain('Neste mulige status: vedtatt, avvist, satt på vent.');
    });
  });
});
