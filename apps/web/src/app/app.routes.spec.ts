import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { createCache, I18nTitleStrategy } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { KEYCLOAK_EVENT_SIGNAL, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { APP_ROUTES } from './app.routes';

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

  it('redirects the start page to /kommuner, titled "Kommuner – Samarbeid"', async () => {
    keycloak.authenticated = true;
    const harness = await RouterTestingHarness.create('/');
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
