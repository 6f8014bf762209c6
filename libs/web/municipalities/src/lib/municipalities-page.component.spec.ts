import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { WritableSignal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService, type SignedInUser } from '@samarbeid/web/data-access';
import type { RegionMunicipalitiesQuery } from '@samarbeid/web/graphql';
import { apiError, DEMO_USERS, provideUser, renderWithApollo, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { DEFAULT_REGION_SLUG, MunicipalitiesPageComponent } from './municipalities-page.component';
import { IMPORT_POLL_MS } from './ssb-import.component';

/** Kongsbergregionen's seven municipalities (demo populations for 1 January 2025). */
const MUNICIPALITIES: [number: string, name: string, population: number][] = [
  ['3303', 'Kongsberg', 28848],
  ['4005', 'Notodden', 13266],
  ['4026', 'Tinn', 5533],
  ['3334', 'Flesberg', 2781],
  ['3338', 'Nore og Uvdal', 2486],
  ['4024', 'Hjartdal', 1630],
  ['3336', 'Rollag', 1395],
];

const { viewer: VIEWER, secretariat: SECRETARIAT } = DEMO_USERS;

function regionResult(year = 2025, counts: Readonly<Record<string, number>> = {}): RegionMunicipalitiesQuery {
  const region = {
    __typename: 'Region',
    id: 'r1',
    slug: 'kongsbergregionen',
    name: 'Kongsbergregionen',
    municipalities: {
      __typename: 'MunicipalityConnection',
      totalCount: 7,
      nodes: MUNICIPALITIES.map(([number, name, count]) => ({
        __typename: 'Municipality',
        number,
        name,
        population: { __typename: 'Population', year, count: counts[number] ?? count },
      })),
    },
  };
  return { region };
}

const NBSP = '\u00a0';

describe('MunicipalitiesPageComponent', () => {
  let fixture: ComponentFixture<MunicipalitiesPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let user: WritableSignal<SignedInUser | null>;

  beforeEach(async () => {
    const signedIn = provideUser(VIEWER);
    user = signedIn.current;
    ({ fixture, controller, element } = await renderWithApollo(MunicipalitiesPageComponent, {
      providers: [provideRouter([]), signedIn.provider],
    }));
  });

  afterEach(() => verifyAndReset(controller));

  function text(selector: string): string {
    return (
      element
        .querySelector(selector)
        ?.textContent?.replace(/[ \t\r\n]+/g, ' ')
        .trim() ?? ''
    );
  }

  it('shows a loading state while the query runs', () => {
    const op = controller.expectOne('RegionMunicipalities');
    expect(op.operation.variables).toEqual({ slug: DEFAULT_REGION_SLUG });
    expect(element.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(text('[role="status"]')).toBe('Laster kommuner …');
    expect(element.querySelector('table')).toBeNull();
    op.flushData(regionResult());
  });

  it('renders the seven municipalities with populations in Norwegian number format', async () => {
    controller.expectOne('RegionMunicipalities').flushData(regionResult());
    await fixture.whenStable();

    expect(text('h1')).toBe('Kongsbergregionen');
    expect(element.querySelector('[aria-busy="false"]')).not.toBeNull();
    // The loading text is gone; the live region now says how many there are.
    expect(text('[role="status"]')).toBe('7 kommuner');
    expect(text('table caption')).toBe('Kommuner i Kongsbergregionen');
    const headers = Array.from(element.querySelectorAll('thead th[scope="col"]')).map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Kommunenr.', 'Kommune', 'Innbyggere 1.1.2025']);

    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(['3303', 'Kongsberg', `28${NBSP}848`]);
    expect(rows[1]).toEqual(['4005', 'Notodden', `13${NBSP}266`]);
    expect(rows[6]).toEqual(['3336', 'Rollag', `1${NBSP}395`]);
    expect(element.querySelectorAll('table tr')).toHaveLength(8);
    expect(element.querySelector('tbody td:last-child')?.classList).toContain('sb-numeric');
  });

  it('sorts by a column from its header, and says how it is sorted', async () => {
    controller.expectOne('RegionMunicipalities').flushData(regionResult());
    await fixture.whenStable();
    // Number, name, population.
    const header = (column: number) => element.querySelectorAll<HTMLElement>('thead th')[column];
    const names = () => Array.from(element.querySelectorAll('tbody th')).map((th) => th.textContent?.trim());

    const population = header(2);
    expect(population.getAttribute('aria-sort')).toBe('none');
    (population.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(population.getAttribute('aria-sort')).toBe('ascending');
    expect(names()[0]).toBe('Rollag');
    expect(names().at(-1)).toBe('Kongsberg');

    header(1).querySelector('button')?.click();
    await fixture.whenStable();
    expect(population.getAttribute('aria-sort')).toBe('none');
    expect(header(1).getAttribute('aria-sort')).toBe('ascending');
    expect(names()[0]).toBe('Flesberg');
  });

  it("links each municipality's name to its economics page", async () => {
    controller.expectOne('RegionMunicipalities').flushData(regionResult());
    await fixture.whenStable();

    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('tbody th[scope="row"] a'));
    expect(links).toHaveLength(7);
    expect(links[0].textContent?.trim()).toBe('Kongsberg');
    expect(links[0].getAttribute('href')).toBe('/okonomi/kommuner/3303');
    expect(links[3].textContent?.trim()).toBe('Flesberg');
    expect(links[3].getAttribute('href')).toBe('/okonomi/kommuner/3334');
    expect(text('.sb-list-page__count + p')).toBe(
      'Velg en kommune for å se hvilke tiltak den deltar i, hva den betaler og hva den skal hente.',
    );
  });

  it('follows the language switch', async () => {
    controller.expectOne('RegionMunicipalities').flushData(regionResult());
    await fixture.whenStable();
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();

    expect(text('table caption')).toBe('Municipalities in Kongsbergregionen');
    expect(text('thead th:last-child')).toBe('Population 1 Jan 2025');
    expect(text('[role="status"]')).toBe('7 municipalities');
    // Numbers stay in Norwegian format.
    expect(text('tbody tr:first-child td:last-child')).toBe(`28${NBSP}848`);
  });

  it("shows the server's error message in an alert", async () => {
    controller
      .expectOne('RegionMunicipalities')
      .graphqlErrors([apiError('NOT_FOUND', 'Fant ingen region «kongsbergregionen».')]);
    await fixture.whenStable();

    const alert = element.querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(alert?.textContent).toContain('Kunne ikke hente kommunene');
    expect(alert?.textContent).toContain('Fant ingen region «kongsbergregionen».');
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('[aria-busy="false"]')).not.toBeNull();
  });

  it("shows the server's English message in English", async () => {
    TestBed.inject(I18nService).setLanguage('en');
    controller.expectOne('RegionMunicipalities').graphqlErrors([
      apiError('FORBIDDEN', 'Du har ikke tilgang til denne regionen.', {
        messageEn: 'You have no access to this region.',
      }),
    ]);
    await fixture.whenStable();
    expect(text('[role="alert"] h2')).toBe('Could not load the municipalities');
    expect(text('[role="alert"] p')).toBe('You have no access to this region.');
  });

  it('explains a network failure in the current language', async () => {
    controller.expectOne('RegionMunicipalities').networkError(new TypeError('Failed to fetch'));
    await fixture.whenStable();
    expect(text('[role="alert"] p')).toBe('Fikk ikke kontakt med tjenesten. Prøv igjen om litt.');
  });

  it('queries the region given by the route', async () => {
    controller.expectOne('RegionMunicipalities').flushData(regionResult());
    fixture.componentRef.setInput('region', 'hallingdal');
    await fixture.whenStable();
    const op = controller.expectOne('RegionMunicipalities');
    expect(op.operation.variables).toEqual({ slug: 'hallingdal' });
    op.graphqlErrors([apiError('NOT_FOUND', 'Fant ingen region «hallingdal».')]);
  });

  describe('import from SSB', () => {
    afterEach(() => {
      jest.useRealTimers();
      // The secretariat's memberships section asks for its own data (region-memberships.component.spec.ts).
      controller.match('RegionMemberships');
    });

    it('is offered to the secretariat only', async () => {
      controller.expectOne('RegionMunicipalities').flushData(regionResult());
      await fixture.whenStable();
      expect(element.querySelector('sb-ssb-import')).toBeNull();
      user.set(SECRETARIAT);
      await fixture.whenStable();
      expect(element.querySelector('sb-ssb-import button')?.textContent?.trim()).toBe(
        'Hent kommuner og folketall fra SSB',
      );
    });

    it("fetches the table again when the import has succeeded: the header's year follows the figures", async () => {
      user.set(SECRETARIAT);
      controller.expectOne('RegionMunicipalities').flushData(regionResult());
      await fixture.whenStable();
      expect(text('thead th:last-child')).toBe('Innbyggere 1.1.2025');

      jest.useFakeTimers();
      const pass = async (ms = 0) => {
        await jest.advanceTimersByTimeAsync(ms);
        fixture.detectChanges();
      };
      (element.querySelector('sb-ssb-import button') as HTMLButtonElement).click();
      await pass();
      const job = { __typename: 'ImportJob', id: 'job-1', message: '…', messageEn: '…' };
      controller
        .expectOne('StartSsbImport')
        .flushData({ startSsbImport: { ...job, status: 'RUNNING', progress: 0 } });
      await pass(IMPORT_POLL_MS);
      controller.expectOne('ImportJob').flushData({
        importJob: {
          ...job,
          status: 'SUCCEEDED',
          progress: 100,
          message: 'Ferdig: folketall for 7 kommuner (2026).',
        },
      });
      await pass();

      const op = controller.expectOne('RegionMunicipalities');
      expect(op.operation.variables).toEqual({ slug: DEFAULT_REGION_SLUG });
      op.flushData(regionResult(2026, { '3303': 29012, '3334': 2790 }));
      await pass();
      expect(text('thead th:last-child')).toBe('Innbyggere 1.1.2026');
      expect(text('tbody tr:first-child td:last-child')).toBe(`29${NBSP}012`);
      expect(text('sb-ssb-import [role="status"]')).toBe('Ferdig: folketall for 7 kommuner (2026).');
    });
  });
});
