import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { createCache, I18nTitleStrategy } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { KEYCLOAK_EVENT_SIGNAL, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { APP_ROUTES } from './app.routes';

/** T7 as the measure page's query returns it (just enough for the page). */
const T7 = {
  __typename: 'Measure',
  id: 'f6a1c0de-0000-4000-8000-000000000007',
  code: 'T7',
  title: 'Byggesakstjenester',
  description: 'Standardisering og tjenestekjøp for avlastning.',
  serviceArea: 'TECHNICAL',
  tier: 'SERVICE_PURCHASE',
  legalForm: null,
  status: 'UNDER_ASSESSMENT',
  mobilisation: null,
  politicalAnchoring: 'NOT_NEEDED',
  startDate: null,
  endDate: null,
  progress: null,
  progressPercent: null,
  version: 3,
  viewerCanEdit: false,
  network: { __typename: 'Network', id: '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01', name: 'Teknisk nettverk' },
  parent: null,
  subMeasures: [],
  participation: [],
  dependencies: [],
  dependents: [],
  decisions: [],
  history: [],
  cooperatingNetworks: [],
  gateOverrides: [],
  readiness: { __typename: 'MeasureReadiness', ready: true, blocking: [], gates: [], checklist: [] },
  steering: {
    __typename: 'MeasureSteering',
    anchoringDecidedOn: null,
    anchoringBody: null,
    anchoringCaseReference: null,
    noEconomicEffectReason: null,
    unionConsultationNeeded: false,
    unionConsultationDate: null,
    unionConsultationOutcome: null,
    currentSituation: '',
    causes: '',
    desiredSituation: '',
    mandate: '',
    responsibleMemberId: null,
    responsibleName: null,
    implementationGroup: '',
    timeAndResourceFrame: '',
    preconditions: '',
    reportingRequirements: '',
    politicalDecisionNeeded: false,
    politicalDecisionCase: null,
    cooperatingNetworkIds: [],
  },
};

describe('APP_ROUTES', () => {
  const keycloak = {
    authenticated: true,
    tokenParsed: { name: 'Kari Nordmann', realm_access: { roles: ['viewer'] } },
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    keycloak.login.mockClear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter(APP_ROUTES, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: I18nTitleStrategy },
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: signal({ type: KeycloakEventType.Ready }) },
      ],
    });
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('opens the overview at the start page, titled "Oversikt – Samarbeid"', async () => {
    keycloak.authenticated = true;
    const harness = await RouterTestingHarness.create('/');
    expect(TestBed.inject(Title).getTitle()).toBe('Oversikt – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Oversikt');
  });

  it('keeps the municipalities at /kommuner, titled "Kommuner – Samarbeid"', async () => {
    keycloak.authenticated = true;
    const harness = await RouterTestingHarness.create('/kommuner');
    expect(TestBed.inject(Title).getTitle()).toBe('Kommuner – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Kommuner');
    TestBed.inject(ApolloTestingController).expectOne('RegionMunicipalities');
  });

  it('lazy-loads the portfolio pages with their titles', async () => {
    keycloak.authenticated = true;
    const controller = TestBed.inject(ApolloTestingController);
    const harness = await RouterTestingHarness.create('/tiltak');
    expect(TestBed.inject(Title).getTitle()).toBe('Tiltak – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Tiltak');

    await harness.navigateByUrl('/tiltak/T7');
    expect(TestBed.inject(Title).getTitle()).toBe('Tiltak T7 – Samarbeid');

    await harness.navigateByUrl('/deltakelse');
    expect(TestBed.inject(Title).getTitle()).toBe('Deltakelse – Samarbeid');
    await harness.navigateByUrl('/vedtak');
    expect(TestBed.inject(Title).getTitle()).toBe('Vedtak – Samarbeid');
    await harness.navigateByUrl('/nettverk');
    expect(TestBed.inject(Title).getTitle()).toBe('Nettverk – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Nettverk');
    await harness.navigateByUrl('/nettverk/7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01');
    expect(TestBed.inject(Title).getTitle()).toBe('Nettverk – Samarbeid');
    await harness.navigateByUrl(
      '/nettverk/7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01/strategi/5d7e0c1a-7a3b-4c2d-9e8f-0a1b2c3d4e5f',
    );
    expect(TestBed.inject(Title).getTitle()).toBe('Strategi – Samarbeid');
    await harness.navigateByUrl('/okonomi');
    expect(TestBed.inject(Title).getTitle()).toBe('Økonomi – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Økonomi');
    await harness.navigateByUrl('/okonomi/kommuner/3334');
    expect(TestBed.inject(Title).getTitle()).toBe('Økonomi for kommune 3334 – Samarbeid');
    await harness.navigateByUrl('/historikk');
    expect(TestBed.inject(Title).getTitle()).toBe('Historikk – Samarbeid');
    expect(harness.routeNativeElement?.textContent).toContain('bare tilgjengelig for sekretariatet');
    controller.match(() => true);
  });

  it("lazy-loads the approvals, notifications and a municipality's agreements with their titles", async () => {
    keycloak.authenticated = true;
    const controller = TestBed.inject(ApolloTestingController);
    const harness = await RouterTestingHarness.create('/godkjenninger');
    expect(TestBed.inject(Title).getTitle()).toBe('Godkjenninger – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Godkjenninger');
    // A viewer is told the page is for municipal directors; nothing is fetched for them.
    expect(harness.routeNativeElement?.textContent).toContain('Godkjenningene er for kommunedirektører');
    controller.expectNone('InboxApprovalRequests');

    await harness.navigateByUrl('/varsler');
    expect(TestBed.inject(Title).getTitle()).toBe('Varsler – Samarbeid');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Varsler');
    controller.expectOne('NotificationsList');

    await harness.navigateByUrl('/avtaler/kommuner/3334');
    expect(TestBed.inject(Title).getTitle()).toBe('Avtaler for kommune 3334 – Samarbeid');
    expect(controller.expectOne('MunicipalityAgreementsOverview').operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      municipalityNumber: '3334',
      withinMonths: 6,
    });
    controller.match(() => true);
  });

  it("plugs the economics feature's tabs into the measure page as lazy child routes; ?fane=okonomi leads there", async () => {
    keycloak.authenticated = true;
    const controller = TestBed.inject(ApolloTestingController);
    const router = TestBed.inject(Router);
    const harness = await RouterTestingHarness.create('/tiltak/T7?fane=okonomi');
    controller.match('PortfolioMunicipalities');
    controller.expectOne('MeasureDetail').flushData({ measure: T7 });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/tiltak/T7/okonomi');
    expect(TestBed.inject(Title).getTitle()).toBe('Tiltak T7 – Samarbeid');
    const page = harness.routeNativeElement as HTMLElement;
    const tabs = () => Array.from(page.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    expect(tabs().map((tab) => tab.textContent?.trim())).toEqual([
      'Oversikt',
      'Status',
      'Deltakere',
      'Økonomi',
      'Gevinstplan',
      'Indikatorer',
      'Avhengigheter',
      'Vedtak',
      'Historikk',
    ]);
    expect(page.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim()).toBe('Økonomi');
    expect(page.querySelector('#measure-panel-routed sb-measure-economics-tab')?.textContent).toContain(
      'Laster økonomien …',
    );
    expect(controller.expectOne('MeasureEconomics').operation.variables).toEqual({ measureId: T7.id });

    tabs()[4].click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/tiltak/T7/gevinster');
    expect(page.querySelector('#measure-panel-routed sb-measure-benefits-tab')).not.toBeNull();
    expect(controller.expectOne('BenefitPlan').operation.variables).toEqual({ measureId: T7.id });
    controller.match(() => true);
    // Loads (and compiles) two features.
  }, 30_000);

  it('shows a not-found page for unknown paths', async () => {
    keycloak.authenticated = true;
    const harness = await RouterTestingHarness.create('/finnes-ikke');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Fant ikke siden');
    expect(TestBed.inject(Title).getTitle()).toBe('Fant ikke siden – Samarbeid');
  });

  it('guards every page: an anonymous visitor is sent to the login page', async () => {
    keycloak.authenticated = false;
    await RouterTestingHarness.create('/finnes-ikke');
    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: `${location.origin}/finnes-ikke` });
  });
});
