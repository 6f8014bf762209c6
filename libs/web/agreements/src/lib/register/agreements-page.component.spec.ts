import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { AgreementsRegisterQuery } from '@samarbeid/web/graphql';
import { tableRows } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { AGREEMENT_ID, partyOptionsResult, USERS } from '../shared/testing/agreement-fixtures';
import { closePage, type OpenedPage, openPage } from '../shared/testing/agreements-testing';
import { AGREEMENTS_PAGE_SIZE, AgreementsPageComponent } from './agreements-page.component';

type Node = AgreementsRegisterQuery['agreements']['nodes'][number];

function node(id: string, extra: Partial<Node> = {}): Node {
  return {
    __typename: 'Agreement',
    id,
    title: 'Kjøp av byggesaksbehandling',
    legalForm: 'SERVICE_PURCHASE',
    status: 'SUBMITTED',
    currentVersionNumber: 2,
    activeVersionNumber: 1,
    measure: { __typename: 'AgreementMeasure', id: 'm7', code: 'T7', title: 'Byggesakstjenester' },
    currentVersion: {
      __typename: 'AgreementVersion',
      id: `${id}-v2`,
      endDate: '2029-12-31',
      parties: [
        {
          __typename: 'AgreementParty',
          municipalityNumber: '3303',
          municipalityName: 'Kongsberg',
          role: 'SELLER',
        },
        {
          __typename: 'AgreementParty',
          municipalityNumber: '3334',
          municipalityName: 'Flesberg',
          role: 'BUYER',
        },
      ],
    },
    activeVersion: { __typename: 'AgreementVersion', id: `${id}-v1`, endDate: '2028-12-31' },
    ...extra,
  } as Node;
}

function page(nodes: Node[], totalCount: number, endCursor: string | null = null): AgreementsRegisterQuery {
  return {
    agreements: {
      __typename: 'AgreementConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes,
    },
  } as AgreementsRegisterQuery;
}

describe('AgreementsPageComponent', () => {
  let opened: OpenedPage | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function open(user: SignedInUser, url: string): Promise<void> {
    opened = await openPage(url, [{ path: 'avtaler', component: AgreementsPageComponent }], { user });
    ({ controller, element } = opened);
    controller.expectOne('AgreementPartyOptions').flushData(partyOptionsResult());
  }

  const settle = () => opened?.settle() ?? Promise.resolve();
  const rows = () => tableRows(element).map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));

  afterEach(() => closePage(opened));

  it('asks for the agreements with the filter in the address and keeps the choices in the selects', async () => {
    await open(USERS.viewer, '/avtaler?avtaleform=SERVICE_PURCHASE&status=SUBMITTED&kommune=3334');
    const op = controller.expectOne('AgreementsRegister');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      filter: { legalForms: ['SERVICE_PURCHASE'], statuses: ['SUBMITTED'], municipalityNumber: '3334' },
      first: AGREEMENTS_PAGE_SIZE,
    });
    op.flushData(page([node(AGREEMENT_ID)], 1));
    await settle();

    expect((element.querySelector('#agreements-filter-legalForm') as HTMLSelectElement).value).toBe(
      'SERVICE_PURCHASE',
    );
    expect((element.querySelector('#agreements-filter-status') as HTMLSelectElement).value).toBe('SUBMITTED');
    expect((element.querySelector('#agreements-filter-municipality') as HTMLSelectElement).value).toBe(
      '3334',
    );
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 avtale');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Avtaler');
    expect(Array.from(element.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Tittel',
      'Avtaleform',
      'Status',
      'Parter',
      'Tiltak',
      'Sluttdato',
      'Gjeldende versjon',
    ]);
    expect(rows()).toEqual([
      [
        'Kjøp av byggesaksbehandling',
        'Tjenestekjøpsavtale',
        'Til godkjenning',
        'Kongsberg (selger)Flesberg (kjøper)',
        'T7 Byggesakstjenester',
        '31. desember 2028',
        '2 (versjon 1 gjelder)',
      ],
    ]);
    expect(Array.from(element.querySelectorAll('tbody li')).map((li) => li.textContent?.trim())).toEqual([
      'Kongsberg (selger)',
      'Flesberg (kjøper)',
    ]);
    expect(element.querySelector('tbody a')?.getAttribute('href')).toBe(`/avtaler/${AGREEMENT_ID}`);
    // Only the secretariat and network leaders start agreements.
    expect(element.querySelector('a[href="/avtaler/ny"]')).toBeNull();
  });

  it('puts a changed filter in the address and asks again; "Nullstill filtrene" clears it', async () => {
    await open(USERS.secretariat, '/avtaler');
    const first = controller.expectOne('AgreementsRegister');
    expect(first.operation.variables['filter']).toEqual({});
    first.flushData(page([], 0));
    await settle();
    expect(element.textContent).toContain('Det er ikke registrert noen avtaler ennå.');
    expect(element.querySelector('a[href="/avtaler/ny"]')?.textContent?.trim()).toBe('Ny avtale');

    const select = element.querySelector('#agreements-filter-legalForm') as HTMLSelectElement;
    select.value = 'INTERMUNICIPAL_COMPANY';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/avtaler?avtaleform=INTERMUNICIPAL_COMPANY');
    const second = controller.expectOne('AgreementsRegister');
    expect(second.operation.variables['filter']).toEqual({ legalForms: ['INTERMUNICIPAL_COMPANY'] });
    second.flushData(page([], 0));
    await settle();
    expect(element.textContent).toContain('Ingen avtaler passer filtrene.');

    const clear = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Nullstill filtrene',
    );
    clear?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/avtaler');
    const third = controller.expectOne('AgreementsRegister');
    expect(third.operation.variables['filter']).toEqual({});
    third.flushData(page([], 0));
  });

  it('offers "Ny avtale" to a network leader', async () => {
    await open(USERS.leader, '/avtaler');
    controller.expectOne('AgreementsRegister').flushData(page([], 0));
    await settle();
    expect(element.querySelector('a[href="/avtaler/ny"]')).not.toBeNull();
  });

  it('"Vis flere" fetches the next page after the cursor and adds it to the list', async () => {
    await open(USERS.viewer, '/avtaler');
    controller.expectOne('AgreementsRegister').flushData(page([node('a1')], 2, 'cursor-1'));
    await settle();
    const more = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Vis flere',
    );
    expect(more).toBeDefined();
    more?.click();
    await settle();
    const next = controller.expectOne(
      (op) => op.operationName === 'AgreementsRegister' && !!op.variables['after'],
    );
    expect(next.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      filter: {},
      first: AGREEMENTS_PAGE_SIZE,
      after: 'cursor-1',
    });
    next.flushData(
      page(
        [node('a2', { title: 'Vertskommune barnevern', legalForm: 'HOST_MUNICIPALITY_ADMINISTRATIVE' })],
        2,
      ),
    );
    await settle();
    expect(rows().map((row) => row[0])).toEqual(['Kjøp av byggesaksbehandling', 'Vertskommune barnevern']);
    expect(document.activeElement?.textContent?.trim()).toBe('Vertskommune barnevern');
    expect(
      Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.trim() === 'Vis flere'),
    ).toBe(false);
  });
});
