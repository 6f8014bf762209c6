import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type Routes, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MeasureTabContext, type MeasureTabRouteData, type SignedInUser } from '@samarbeid/web/data-access';
import { apiError, configureApolloTesting, textAt, textsAt, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  measureDetailResult,
  municipalitiesResult,
  participation,
  TEKNISK_NETWORK_ID,
  USERS,
} from '../../testing/portfolio-fixtures';
import { MeasureDetailPageComponent, measureTabs } from './measure-detail-page.component';

/** A tab another feature would plug in: says which measure the page handed it, and can ask for a reload. */
@Component({
  selector: 'sb-plugged-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>Fanen for {{ context.measure()?.code }} ({{ context.measure()?.networkId }})</p>
    <button type="button" (click)="reload()">Last inn tiltaket</button>`,
})
class PluggedTabComponent {
  protected readonly context = inject(MeasureTabContext);
  protected reload(): void {
    void this.context.reload();
  }
}

/** Whether the economics tab lets the user leave (a tab with unsaved changes the user keeps does not). */
let mayLeaveEconomics = true;

/** As the app plugs in the economics feature's tabs. */
const PLUGGED_TABS: Routes = [
  {
    path: 'okonomi',
    data: { measureTab: { label: 'measureTab.economics', after: 'deltakere' } } satisfies MeasureTabRouteData,
    component: PluggedTabComponent,
    canDeactivate: [() => mayLeaveEconomics],
  },
  {
    path: 'gevinster',
    data: { measureTab: { label: 'measureTab.benefits', after: 'okonomi' } } satisfies MeasureTabRouteData,
    component: PluggedTabComponent,
  },
];

describe('measureTabs', () => {
  it("places each plugged-in tab after the one it names (or last), in the order given; the page's own keep theirs", () => {
    const tab = (path: string, after?: string) => ({
      path,
      data: { measureTab: { label: 'measureTab.economics', after } } satisfies MeasureTabRouteData,
    });
    expect(
      measureTabs([tab('a', 'status'), tab('b', 'a'), tab('z', 'nowhere'), { path: 'plain' }]).map(
        (t) => t.id,
      ),
    ).toEqual(['oversikt', 'status', 'a', 'b', 'deltakere', 'avhengigheter', 'vedtak', 'historikk', 'z']);
  });
});

describe('MeasureDetailPageComponent', () => {
  let harness: RouterTestingHarness;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  function setUp(user: SignedInUser): void {
    controller = configureApolloTesting({
      user,
      providers: [
        provideRouter(
          [{ path: 'tiltak/:code', component: MeasureDetailPageComponent, children: PLUGGED_TABS }],
          withComponentInputBinding(),
        ),
      ],
    });
  }

  async function stable(): Promise<void> {
    await harness.fixture.whenStable();
  }

  async function render(code = 'T7', result = measureDetailResult(), query = ''): Promise<void> {
    harness = await RouterTestingHarness.create(`/tiltak/${code}${query}`);
    element = harness.routeNativeElement as HTMLElement;
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    const op = controller.expectOne('MeasureDetail');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', code: code.toUpperCase() });
    op.flushData(result);
    await stable();
    await stable();
  }

  function url(): string {
    return TestBed.inject(Router).url;
  }

  function tabs(): HTMLButtonElement[] {
    return Array.from(element.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  }

  function tab(name: string): HTMLButtonElement {
    const found = tabs().find((t) => t.textContent?.trim() === name);
    if (!found) throw new Error(`No tab "${name}"`);
    return found;
  }

  function selectedTab(): string | undefined {
    return tabs()
      .find((t) => t.getAttribute('aria-selected') === 'true')
      ?.textContent?.trim();
  }

  function visiblePanel(): HTMLElement {
    const panels = Array.from(element.querySelectorAll<HTMLElement>('[role="tabpanel"]')).filter(
      (p) => !p.hidden,
    );
    expect(panels).toHaveLength(1);
    return panels[0];
  }

  async function click(name: string): Promise<void> {
    tab(name).click();
    await stable();
    await stable();
  }

  async function press(key: string, on: HTMLElement): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    on.dispatchEvent(event);
    await stable();
    return event;
  }

  afterEach(() => {
    mayLeaveEconomics = true;
    // An editor's list of co-operating networks asks for its choices (measure-cooperating-networks.component.spec.ts).
    controller.match('CooperatingNetworkOptions');
    verifyAndReset(controller);
  });

  describe('tabs (WAI-ARIA tabs pattern)', () => {
    beforeEach(() => setUp(USERS.viewer));

    it('has a labelled tab list with the plugged-in tabs in place, the overview selected and the only tab stop', async () => {
      await render('t7');
      expect(textAt(element, 'h1')).toBe('T7 Byggesakstjenester');
      expect(element.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Om tiltaket');
      expect(tabs().map((t) => t.textContent?.trim())).toEqual([
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
      expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual([
        '0',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
      ]);
      for (const t of tabs()) {
        const panel = element.querySelector(`#${t.getAttribute('aria-controls')}`);
        expect(panel?.getAttribute('role')).toBe('tabpanel');
        if (!['Økonomi', 'Gevinstplan'].includes(t.textContent?.trim() ?? '')) {
          expect(panel?.getAttribute('aria-labelledby')).toBe(t.id);
        }
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

    it("selects one of the page's own tabs by click and keeps it in the address as ?fane=", async () => {
      await render();
      await click('Deltakere');
      expect(selectedTab()).toBe('Deltakere');
      expect(url()).toBe('/tiltak/T7?fane=deltakere');
      expect(visiblePanel().querySelector('h2')?.textContent?.trim()).toBe('Deltakende kommuner');
      await click('Oversikt');
      expect(url()).toBe('/tiltak/T7');
    });

    it("shows a plugged-in tab's child route in the outlet, at its own address, with the measure", async () => {
      await render();
      expect(element.querySelector('sb-plugged-tab')).toBeNull();

      await click('Økonomi');
      expect(selectedTab()).toBe('Økonomi');
      expect(url()).toBe('/tiltak/T7/okonomi');
      expect(visiblePanel().id).toBe('measure-panel-routed');
      expect(visiblePanel().getAttribute('aria-labelledby')).toBe('measure-tab-okonomi');
      expect(visiblePanel().textContent).toContain(`Fanen for T7 (${TEKNISK_NETWORK_ID})`);

      await click('Gevinstplan');
      expect(url()).toBe('/tiltak/T7/gevinster');
      expect(visiblePanel().getAttribute('aria-labelledby')).toBe('measure-tab-gevinster');
      expect(element.querySelectorAll('sb-plugged-tab')).toHaveLength(1);

      await click('Status');
      expect(url()).toBe('/tiltak/T7?fane=status');
      expect(visiblePanel().id).toBe('measure-panel-status');
      expect(element.querySelector('sb-plugged-tab')).toBeNull();
    });

    it('keeps a plugged-in tab selected when it may not be left yet (the user keeps unsaved changes)', async () => {
      await render('T7', measureDetailResult(), '/okonomi');
      mayLeaveEconomics = false;
      await click('Status');
      expect(url()).toBe('/tiltak/T7/okonomi');
      expect(selectedTab()).toBe('Økonomi');
      expect(visiblePanel().id).toBe('measure-panel-routed');
      expect(visiblePanel().textContent).toContain('Fanen for T7');
    });

    it('lets a plugged-in tab fetch the measure again (its history has a new entry)', async () => {
      await render('T7', measureDetailResult(), '/okonomi');
      expect(selectedTab()).toBe('Økonomi');
      (visiblePanel().querySelector('button') as HTMLButtonElement).click();
      await stable();
      const op = controller.expectOne('MeasureDetail');
      expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', code: 'T7' });
      op.flushData(measureDetailResult());
      await stable();
      expect(visiblePanel().textContent).toContain('Fanen for T7');
    });

    it('opens at the tab in the address', async () => {
      await render('T7', measureDetailResult(), '?fane=historikk');
      expect(selectedTab()).toBe('Historikk');
      expect(visiblePanel().textContent).toContain('T7 Byggesakstjenester: opprettet');
    });

    it('leads the old address of a plugged-in tab (?fane=okonomi) to its route', async () => {
      await render('T7', measureDetailResult(), '?fane=gevinster');
      expect(url()).toBe('/tiltak/T7/gevinster');
      expect(selectedTab()).toBe('Gevinstplan');
      expect(visiblePanel().textContent).toContain('Fanen for T7');
    });

    it('explains a code the region does not have', async () => {
      harness = await RouterTestingHarness.create('/tiltak/X1');
      element = harness.routeNativeElement as HTMLElement;
      controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
      controller
        .expectOne('MeasureDetail')
        .graphqlErrors([apiError('NOT_FOUND', 'Fant ikke tiltaket. Det kan være slettet.')]);
      await stable();
      expect(element.querySelector('h1')?.textContent?.trim()).toBe('Fant ikke tiltaket');
      expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
        'Regionen har ikke noe tiltak med koden X1.',
      );
      expect(element.querySelector('[role="tablist"]')).toBeNull();
    });
  });

  describe('what the user may change', () => {
    const controls = () => textsAt(element, '[role="tabpanel"] button');

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
      await stable();
      expect(element.querySelector('form')).not.toBeNull();

      await harness.navigateByUrl('/tiltak/T2');
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
      await stable();
      expect(textAt(element, 'h1')).toBe('T2 Tjenestekjøp');
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
