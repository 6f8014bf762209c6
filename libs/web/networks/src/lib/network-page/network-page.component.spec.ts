import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, withComponentInputBinding } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, NetworkMunicipalitiesQuery } from '@samarbeid/web/graphql';
import {
  apiError,
  findButton,
  municipalityConnection,
  type OpenedPage,
  openWithApollo,
  submitForm,
  tableCaptioned,
  tableRows,
  textAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import {
  networkAdminResult,
  networkResult,
  STRATEGY_ID,
  TEKNISK_ID,
  USERS,
} from '../../testing/network-fixtures';
import { selfEvaluationResult } from '../../testing/self-evaluation-fixtures';
import { NetworkPageComponent } from './network-page.component';
import { newStrategyInput, suggestedStrategy, validateNewStrategy } from './new-strategy-form';

@Component({
  selector: 'sb-strategy-stub',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Strategien</h1>',
})
class StrategyStubComponent {}

function municipalities(): NetworkMunicipalitiesQuery {
  const result: ApiResult<NetworkMunicipalitiesQuery> = {
    region: {
      __typename: 'Region',
      id: 'r1',
      slug: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      municipalities: municipalityConnection([
        ['3303', 'Kongsberg'],
        ['4005', 'Notodden'],
      ]),
    },
  };
  return result;
}

describe('NetworkPageComponent', () => {
  let controller: ApolloTestingController;
  let page: OpenedPage;
  let element: HTMLElement;

  async function open(user: SignedInUser): Promise<void> {
    page = await openWithApollo(
      [
        { path: 'nettverk/:id', component: NetworkPageComponent },
        { path: 'nettverk/:id/strategi/:strategyId', component: StrategyStubComponent },
      ],
      `/nettverk/${TEKNISK_ID}`,
      { user, routerFeatures: [withComponentInputBinding()] },
    );
    ({ controller, element } = page);
    await settle();
    const op = controller.expectOne('NetworkDetail');
    expect(op.operation.variables).toEqual({ id: TEKNISK_ID });
    op.flushData(networkResult());
    controller.expectOne('NetworkMunicipalities').flushData(municipalities());
    await settle();
    // The self-evaluation section asks for its own data (its spec is network-self-evaluation.component.spec.ts).
    controller.expectOne('NetworkSelfEvaluation').flushData(selfEvaluationResult());
    // So do the mandate and the secretariat's tools (network-admin.component.spec.ts).
    controller.expectOne('NetworkAdmin').flushData(networkAdminResult());
    await settle();
  }

  afterEach(() => verifyAndReset(controller));

  const settle = () => page.settle(3);
  const table = (caption: string) => tableRows(tableCaptioned(element, caption));
  const button = (name: string) => findButton(element, name);
  const fill = (field: string, value: string) =>
    typeInto(element.querySelector(`#new-strategy-${field}`) as HTMLInputElement, value);

  it('shows the network, its strategies with their status and its members by municipality', async () => {
    await open(USERS.viewer);
    expect(textAt(element, 'h1')).toBe('Teknisk nettverk');
    expect(table('Nettverkets strategier, nyeste periode først')).toEqual([
      ['Strategi for teknisk nettverk 2026–2029', '2026–2029', 'Utkast'],
    ]);
    expect(element.querySelector('tbody th a')?.getAttribute('href')).toBe(
      `/nettverk/${TEKNISK_ID}/strategi/${STRATEGY_ID}`,
    );
    expect(table('Nettverkets medlemmer')).toEqual([
      ['Tor Teknisk', 'Notodden', 'Leder', 'tor.teknisk@example.no'],
      ['Kari Nordby', 'Kongsberg', 'Medlem', '–'],
    ]);
    expect(button('Ny strategi')).toBeUndefined();
  });

  it('offers "Ny strategi" to the leader of the network and to the secretariat only', async () => {
    await open(USERS.otherLeader);
    expect(button('Ny strategi')).toBeUndefined();
    TestBed.resetTestingModule();
    await open(USERS.secretariat);
    expect(button('Ny strategi')).toBeDefined();
  });

  it("creates a draft strategy for the leader's network and opens it in the editor", async () => {
    await open(USERS.leader);
    button('Ny strategi')?.click();
    await settle();
    expect(document.activeElement?.id).toBe('new-strategy-title');
    const next = new Date().getFullYear() + 1;
    expect((element.querySelector('#new-strategy-periodFrom') as HTMLInputElement).value).toBe(String(next));

    fill('periodTo', String(next - 1));
    submitForm(element);
    await settle();
    controller.expectNone('CreateStrategy');
    expect(
      Array.from(element.querySelectorAll('#new-strategy-errors li')).map((li) => li.textContent?.trim()),
    ).toEqual(['Tittel: Skriv en tittel.', 'Til år: Perioden kan ikke slutte før den begynner.']);

    fill('title', 'Strategi for teknisk nettverk 2030–2033');
    fill('periodFrom', '2030');
    fill('periodTo', '2033');
    submitForm(element);
    await settle();
    const op = controller.expectOne('CreateStrategy');
    expect(op.operation.variables).toEqual({
      input: {
        networkId: TEKNISK_ID,
        title: 'Strategi for teknisk nettverk 2030–2033',
        periodFrom: 2030,
        periodTo: 2033,
      },
    });
    op.flushData({
      createStrategy: {
        __typename: 'Strategy',
        id: 'new-strategy',
        title: 'Strategi for teknisk nettverk 2030–2033',
        periodFrom: 2030,
        periodTo: 2033,
        status: 'DRAFT',
        version: 1,
      },
    });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/nettverk/${TEKNISK_ID}/strategi/new-strategy`);
    // The network's list of strategies was dropped from the cache; the page asked for it again as it closed.
    expect(controller.match('NetworkDetail')).toHaveLength(1);
  });

  it("shows the server's refusal", async () => {
    await open(USERS.leader);
    button('Ny strategi')?.click();
    await settle();
    fill('title', 'Ny strategi');
    submitForm(element);
    await settle();
    controller
      .expectOne('CreateStrategy')
      .graphqlErrors([
        apiError(
          'FORBIDDEN',
          'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
        ),
      ]);
    await settle();
    expect(element.querySelector('#new-strategy-refusal p')?.textContent?.trim()).toBe(
      'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
    );
    expect(document.activeElement?.id).toBe('new-strategy-refusal');
  });
});

describe('the new-strategy form', () => {
  it('suggests the next four years and checks title and period', () => {
    expect(suggestedStrategy(new Date(2026, 5, 1))).toEqual({
      title: '',
      periodFrom: '2027',
      periodTo: '2030',
    });
    expect(validateNewStrategy({ title: 'x', periodFrom: '1999', periodTo: '20300' })).toEqual({
      periodFrom: 'strategyForm.error.year',
      periodTo: 'strategyForm.error.year',
    });
    expect(newStrategyInput('n1', { title: ' S ', periodFrom: '2026', periodTo: ' 2029 ' })).toEqual({
      networkId: 'n1',
      title: 'S',
      periodFrom: 2026,
      periodTo: 2029,
    });
  });
});
