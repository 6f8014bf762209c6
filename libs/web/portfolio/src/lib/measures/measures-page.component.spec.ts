import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { createCache, type PortfolioMeasuresQuery } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { municipalitiesResult, participation, provideUser, USERS } from '../../testing/portfolio-fixtures';
import { MEASURES_PAGE_SIZE, MeasuresPageComponent } from './measures-page.component';

const TEKNISK = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01';

type MeasureNode = PortfolioMeasuresQuery['measures']['nodes'][number];

function node(code: string, overrides: Partial<MeasureNode> = {}): MeasureNode {
  return {
    __typename: 'Measure',
    id: `id-${code}`,
    code,
    title: `Tiltak ${code}`,
    serviceArea: 'TECHNICAL',
    tier: 'SERVICE_PURCHASE',
    status: 'UNDER_ASSESSMENT',
    mobilisation: 'YELLOW',
    version: 1,
    network: { __typename: 'Network', id: TEKNISK, name: 'Teknisk nettverk' },
    participation: participation({ '3303': { state: 'OPTED_OUT', reason: 'Egen avdeling.' } }),
    ...overrides,
  } as MeasureNode;
}

function page(nodes: MeasureNode[], totalCount = nodes.length, endCursor: string | null = null) {
  return {
    measures: {
      __typename: 'MeasureConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes,
    },
  } as PortfolioMeasuresQuery;
}

describe('MeasuresPageComponent', () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    element = harness.routeNativeElement as HTMLElement;
    await harness.fixture.whenStable();
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    controller.expectOne('PortfolioNetworks').flushData({
      networks: {
        __typename: 'NetworkConnection',
        nodes: [
          {
            __typename: 'Network',
            id: TEKNISK,
            name: 'Teknisk nettverk',
            kind: 'LEADER_NETWORK',
            serviceArea: 'TECHNICAL',
          },
        ],
      },
    });
    await harness.fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  function text(selector: string): string {
    return element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function select(id: string): HTMLSelectElement {
    return element.querySelector(`#${id}`) as HTMLSelectElement;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([{ path: 'tiltak', component: MeasuresPageComponent }]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(USERS.viewer).provider,
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  it('sends the filters in the address as query variables and shows them in the form', async () => {
    await open(
      `/tiltak?omrade=TECHNICAL&status=UNDER_ASSESSMENT&kommune=3334&mobilisering=YELLOW&sok=bygg&nettverk=${TEKNISK}`,
    );
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      first: MEASURES_PAGE_SIZE,
      filter: {
        search: 'bygg',
        serviceAreas: ['TECHNICAL'],
        statuses: ['UNDER_ASSESSMENT'],
        networkIds: [TEKNISK],
        participatingMunicipality: '3334',
        mobilisation: ['YELLOW'],
      },
    });
    op.flushData(page([node('T7')]));
    await settle();
    expect(select('filter-service-area').value).toBe('TECHNICAL');
    expect(select('filter-status').value).toBe('UNDER_ASSESSMENT');
    expect(select('filter-municipality').value).toBe('3334');
    expect(select('filter-network').value).toBe(TEKNISK);
    expect(select('filter-mobilisation').value).toBe('YELLOW');
    expect((element.querySelector('#measure-search') as HTMLInputElement).value).toBe('bygg');
    expect(element.querySelector('form[role="search"]')?.getAttribute('aria-label')).toBe('Filtrer tiltak');
  });

  it('announces the number of measures politely and lists them with text for every value', async () => {
    await open('/tiltak');
    const status = element.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe('Laster tiltak …');
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables['filter']).toEqual({});
    op.flushData(page([node('T7'), node('T8', { mobilisation: null, status: 'PROPOSED' })], 31, 'c2'));
    await settle();

    expect(status?.textContent?.trim()).toBe('31 tiltak');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['T7', 'Tiltak T7', 'Teknisk nettverk', 'Teknisk', 'Tjenestekjøp', 'Under utredning', 'Gul', '6 av 7'],
      [
        'T8',
        'Tiltak T8',
        'Teknisk nettverk',
        'Teknisk',
        'Tjenestekjøp',
        'Foreslått',
        'Ikke vurdert',
        '6 av 7',
      ],
    ]);
    // The colour is a tag with its colour word, never the colour alone.
    const tag = element.querySelector('tbody tr .ds-tag');
    expect(tag?.getAttribute('data-color')).toBe('warning');
    expect(tag?.textContent?.trim()).toBe('Gul');
    expect(element.querySelector('tbody a')?.getAttribute('href')).toBe('/tiltak/T7');
    expect(text('.sb-shown')).toBe('Viser 2 av 31.');
    expect(text('.sb-more')).toBe('Vis flere');
  });

  it('says so when no measure matches the filters', async () => {
    await open('/tiltak?omrade=HR&status=COMPLETED');
    controller.expectOne('PortfolioMeasures').flushData(page([]));
    await settle();
    expect(text('[role="status"]')).toBe('Ingen tiltak passer filtrene.');
    expect(element.querySelector('table')).toBeNull();
  });

  it('puts a changed filter in the address and queries with it', async () => {
    await open('/tiltak?omrade=TECHNICAL');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
    await settle();

    const tier = select('filter-tier');
    tier.value = 'PROJECT';
    tier.dispatchEvent(new Event('change'));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/tiltak?omrade=TECHNICAL&form=PROJECT');
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables['filter']).toEqual({ serviceAreas: ['TECHNICAL'], tiers: ['PROJECT'] });
    op.flushData(page([]));
    await settle();

    (element.querySelector('.sb-filters__clear button') as HTMLButtonElement).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/tiltak');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
    await settle();
  });

  it('searches when the search form is submitted', async () => {
    await open('/tiltak');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
    await settle();
    const input = element.querySelector('#measure-search') as HTMLInputElement;
    input.value = 'kart';
    input.dispatchEvent(new Event('input'));
    (element.querySelector('form[role="search"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/tiltak?sok=kart');
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables['filter']).toEqual({ search: 'kart' });
    op.flushData(page([]));
    await settle();
  });

  it('"Vis flere" fetches the next page after the last cursor and appends it', async () => {
    await open('/tiltak');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T1'), node('T2')], 3, 'cursor-2'));
    await settle();

    (element.querySelector('.sb-more') as HTMLButtonElement).click();
    await settle();
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables).toMatchObject({ after: 'cursor-2', first: MEASURES_PAGE_SIZE });
    op.flushData(page([node('T3')], 3, null));
    await settle();

    expect(Array.from(element.querySelectorAll('tbody th')).map((th) => th.textContent?.trim())).toEqual([
      'T1',
      'T2',
      'T3',
    ]);
    expect(element.querySelector('.sb-more')).toBeNull();
    expect(text('.sb-shown')).toBe('Viser 3 av 3.');
    // Keyboard users continue at the first measure that was added.
    expect(document.activeElement?.textContent?.trim()).toBe('Tiltak T3');
  });

  it("shows the server's message when the list cannot be fetched", async () => {
    await open('/tiltak');
    controller.expectOne('PortfolioMeasures').graphqlErrors([
      {
        message: 'Fant ingen region med kortnavnet «kongsbergregionen».',
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
    await settle();
    expect(text('[role="alert"] h2')).toBe('Kunne ikke hente tiltakene');
    expect(text('[role="alert"] p')).toBe('Fant ingen region med kortnavnet «kongsbergregionen».');
    expect(text('[role="status"]')).toBe('');
  });
});
