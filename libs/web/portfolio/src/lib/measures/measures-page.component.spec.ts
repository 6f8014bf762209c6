import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, type WritableSignal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, NewMeasureNetworksQuery, PortfolioMeasuresQuery } from '@samarbeid/web/graphql';
import {
  apiError,
  configureApolloTesting,
  findButton,
  settle as settleFixture,
  submitForm,
  textAt,
  textsAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  municipalitiesResult,
  participation,
  provideUser,
  TEKNISK_NETWORK_ID as TEKNISK,
  USERS,
} from '../../testing/portfolio-fixtures';
import { MEASURES_PAGE_SIZE, MeasuresPageComponent } from './measures-page.component';

const HR = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a05';

@Component({
  selector: 'sb-measure-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Tiltaket</h1>',
})
class MeasureStubComponent {}

const TEKNISK_SUMMARY = {
  __typename: 'Network',
  id: TEKNISK,
  name: 'Teknisk nettverk',
  kind: 'LEADER_NETWORK',
  serviceArea: 'TECHNICAL',
} as const;

/** Teknisk nettverk (led by Tor Teknisk) and HR-nettverket (led by someone else). */
function newMeasureNetworks(): NewMeasureNetworksQuery {
  type Member = NewMeasureNetworksQuery['networks']['nodes'][number]['members'][number];
  const member = (id: string, email: string): ApiResult<Member> => ({
    __typename: 'NetworkMember',
    id,
    role: 'LEADER',
    email,
  });
  const result: ApiResult<NewMeasureNetworksQuery> = {
    networks: {
      __typename: 'NetworkConnection',
      nodes: [
        {
          __typename: 'Network',
          id: HR,
          name: 'HR-nettverket',
          kind: 'LEADER_NETWORK',
          serviceArea: 'HR',
          members: [member('m-hr', 'hilde.hr@example.no')],
        },
        { ...TEKNISK_SUMMARY, members: [member('m-tek', 'tor.teknisk@example.no')] },
      ],
    },
  };
  return result;
}

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
    participation: participation({ '3303': { state: 'OPTED_OUT', reason: 'Egen avdeling.' } }, `id-${code}`),
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
  let user: WritableSignal<SignedInUser | null>;

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    element = harness.routeNativeElement as HTMLElement;
    await harness.fixture.whenStable();
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    controller
      .expectOne('PortfolioNetworks')
      .flushData({ networks: { __typename: 'NetworkConnection', nodes: [TEKNISK_SUMMARY] } });
    await harness.fixture.whenStable();
  }

  const settle = () => settleFixture(harness.fixture);
  const text = (selector: string) => textAt(element, selector);

  function select(id: string): HTMLSelectElement {
    return element.querySelector(`#${id}`) as HTMLSelectElement;
  }

  beforeEach(() => {
    const viewer = provideUser(USERS.viewer);
    user = viewer.current;
    controller = configureApolloTesting({
      providers: [
        provideRouter([
          { path: 'tiltak', component: MeasuresPageComponent },
          { path: 'tiltak/:code', component: MeasureStubComponent },
        ]),
        viewer.provider,
      ],
    });
  });

  afterEach(() => verifyAndReset(controller));

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
    expect(text('.sb-list-page__shown')).toBe('Viser 2 av 31.');
    expect(text('.sb-list-page__more')).toBe('Vis flere');
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

    typeInto(select('filter-tier'), 'PROJECT');
    await settle();

    expect(TestBed.inject(Router).url).toBe('/tiltak?omrade=TECHNICAL&form=PROJECT');
    const op = controller.expectOne('PortfolioMeasures');
    expect(op.operation.variables['filter']).toEqual({ serviceAreas: ['TECHNICAL'], tiers: ['PROJECT'] });
    op.flushData(page([]));
    await settle();

    (element.querySelector('.sb-list-page__clear button') as HTMLButtonElement).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/tiltak');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
    await settle();
  });

  it('searches when the search form is submitted', async () => {
    await open('/tiltak');
    controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
    await settle();
    typeInto(element.querySelector('#measure-search') as HTMLInputElement, 'kart');
    submitForm(element, 'form[role="search"]');
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

    (element.querySelector('.sb-list-page__more') as HTMLButtonElement).click();
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
    expect(element.querySelector('.sb-list-page__more')).toBeNull();
    expect(text('.sb-list-page__shown')).toBe('Viser 3 av 3.');
    // Keyboard users continue at the first measure that was added.
    expect(document.activeElement?.textContent?.trim()).toBe('Tiltak T3');
  });

  it("shows the server's message when the list cannot be fetched", async () => {
    await open('/tiltak');
    controller
      .expectOne('PortfolioMeasures')
      .graphqlErrors([apiError('NOT_FOUND', 'Fant ingen region med kortnavnet «kongsbergregionen».')]);
    await settle();
    expect(text('[role="alert"] h2')).toBe('Kunne ikke hente tiltakene');
    expect(text('[role="alert"] p')).toBe('Fant ingen region med kortnavnet «kongsbergregionen».');
    expect(text('[role="status"]')).toBe('');
  });

  describe('"Nytt tiltak"', () => {
    const button = (name: string) => findButton(element, name);
    const fill = (field: string, value: string) =>
      typeInto(element.querySelector(`#new-measure-${field}`) as HTMLInputElement, value);
    const submit = () => submitForm(element, 'form[aria-labelledby="new-measure-heading"]');

    async function openForm(): Promise<void> {
      await open('/tiltak');
      controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
      await settle();
      (element.querySelector('#measure-new-open') as HTMLButtonElement).click();
      await settle();
      controller.expectOne('NewMeasureNetworks').flushData(newMeasureNetworks());
      await settle();
    }

    function networkOptions(): string[] {
      return textsAt(element, '#new-measure-networkId option');
    }

    it('is not offered to a viewer', async () => {
      await open('/tiltak');
      controller.expectOne('PortfolioMeasures').flushData(page([node('T7')]));
      await settle();
      expect(button('Nytt tiltak')).toBeUndefined();
      expect(element.querySelector('form[aria-labelledby="new-measure-heading"]')).toBeNull();
    });

    it('offers the secretariat every network', async () => {
      user.set(USERS.secretariat);
      await openForm();
      expect(networkOptions()).toEqual(['Velg …', 'HR-nettverket', 'Teknisk nettverk']);
    });

    it('lets a network leader create a measure in the network they lead, then opens it', async () => {
      user.set(USERS.leader);
      await openForm();
      expect(document.activeElement?.id).toBe('new-measure-code');
      expect(networkOptions()).toEqual(['Velg …', 'Teknisk nettverk']);

      // Nothing filled in: every problem is named, nothing is sent.
      submit();
      await settle();
      controller.expectNone('CreateMeasure');
      expect(document.activeElement?.id).toBe('new-measure-errors');
      expect(textsAt(element, '#new-measure-errors li')).toEqual([
        'Kode: Skriv en kode for tiltaket.',
        'Tittel: Skriv en tittel.',
        'Nettverk: Velg nettverket som eier tiltaket.',
        'Tjenesteområde: Velg tjenesteområde.',
        'Samarbeidsform: Velg samarbeidsform.',
      ]);
      expect(element.querySelector('#new-measure-code')?.getAttribute('aria-describedby')).toBe(
        'new-measure-code-hint new-measure-code-error',
      );

      fill('code', 't9');
      fill('title', 'Felles planregister');
      fill('networkId', TEKNISK);
      await settle();
      // The network's service area is suggested.
      expect((element.querySelector('#new-measure-serviceArea') as HTMLSelectElement).value).toBe(
        'TECHNICAL',
      );
      fill('tier', 'STATUTORY');
      await settle();
      expect(element.querySelector('#new-measure-legalForm')).not.toBeNull();
      fill('tier', 'PROJECT');
      await settle();
      expect(element.querySelector('#new-measure-legalForm')).toBeNull();
      fill('description', 'Ett register for alle planene.');
      submit();
      await settle();

      const op = controller.expectOne('CreateMeasure');
      expect(op.operation.variables).toEqual({
        input: {
          regionSlug: 'kongsbergregionen',
          code: 'T9',
          title: 'Felles planregister',
          networkId: TEKNISK,
          serviceArea: 'TECHNICAL',
          tier: 'PROJECT',
          description: 'Ett register for alle planene.',
        },
      });
      op.flushData({
        createMeasure: { __typename: 'Measure', id: 'id-T9', code: 'T9', title: 'Felles planregister' },
      });
      await settle();
      expect(TestBed.inject(Router).url).toBe('/tiltak/T9');
      // Every cached list of measures was dropped: the table asked for its list again as it closed.
      expect(controller.match('PortfolioMeasures')).toHaveLength(1);
    });

    it("shows the server's refusal (FORBIDDEN) and keeps the form", async () => {
      user.set(USERS.leader);
      await openForm();
      fill('code', 'T9');
      fill('title', 'Felles planregister');
      fill('networkId', TEKNISK);
      fill('tier', 'NETWORK');
      submit();
      await settle();
      controller
        .expectOne('CreateMeasure')
        .graphqlErrors([
          apiError(
            'FORBIDDEN',
            'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
            { messageEn: 'Only the secretariat or the leader of the owning network can change this.' },
          ),
        ]);
      await settle();
      expect(text('#new-measure-refusal h3')).toBe('Tiltaket ble ikke opprettet');
      expect(text('#new-measure-refusal p')).toBe(
        'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
      );
      expect(element.querySelector('#new-measure-refusal [role="alert"]')).not.toBeNull();
      expect(document.activeElement?.id).toBe('new-measure-refusal');
      expect(TestBed.inject(Router).url).toBe('/tiltak');
    });

    it("puts the server's sentences at the fields, in English when the page is in English", async () => {
      user.set(USERS.secretariat);
      TestBed.inject(I18nService).setLanguage('en');
      await openForm();
      fill('code', 'T7');
      fill('title', 'Byggesak');
      fill('networkId', TEKNISK);
      fill('tier', 'NETWORK');
      submit();
      await settle();
      controller.expectOne('CreateMeasure').graphqlErrors([
        apiError('CONFLICT', 'Koden T7 er allerede i bruk i regionen. Velg en annen kode.', {
          messageEn: 'The code T7 is already used in the region. Choose another code.',
        }),
      ]);
      await settle();
      expect(text('#new-measure-code-error')).toBe(
        'The code T7 is already used in the region. Choose another code.',
      );

      fill('title', 'x'.repeat(10));
      submit();
      await settle();
      controller.expectOne('CreateMeasure').graphqlErrors([
        apiError('BAD_USER_INPUT', 'Tittelen må ha 1–300 tegn.', {
          messageEn: 'The title must have 1–300 characters.',
          fields: [
            {
              field: 'title',
              message: 'Tittelen må ha 1–300 tegn.',
              messageEn: 'The title must have 1–300 characters.',
            },
          ],
        }),
      ]);
      await settle();
      expect(text('#new-measure-title-error')).toBe('The title must have 1–300 characters.');
      expect(text('#new-measure-refusal p')).toBe('The title must have 1–300 characters.');
    });

    it('closes with "Avbryt" and gives the focus back to the button', async () => {
      user.set(USERS.secretariat);
      await openForm();
      button('Avbryt')?.click();
      await settle();
      expect(element.querySelector('#new-measure-code')).toBeNull();
      expect(document.activeElement?.id).toBe('measure-new-open');
    });
  });
});
