import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';
import type { RegionNetworksQuery } from '@samarbeid/web/graphql';
import {
  apiError,
  buttonNamed,
  DEMO_USERS,
  findButton,
  type Rendered,
  renderWithApollo,
  submitForm,
  tableRows,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { KDU_NETWORK_ID, TEKNISK_ID } from '../../testing/network-fixtures';
import { NetworksPageComponent } from './networks-page.component';

function networks(): RegionNetworksQuery {
  const kdu = { __typename: 'Network', id: KDU_NETWORK_ID, name: 'Kommunedirektørutvalget' };
  return {
    networks: {
      __typename: 'NetworkConnection',
      nodes: [
        { ...kdu, kind: 'STEERING_COMMITTEE', serviceArea: 'CROSS_SECTOR', parent: null, closedOn: null },
        {
          __typename: 'Network',
          id: TEKNISK_ID,
          name: 'Teknisk nettverk',
          kind: 'LEADER_NETWORK',
          serviceArea: 'TECHNICAL',
          parent: kdu,
          closedOn: null,
        },
      ],
    },
  } as RegionNetworksQuery;
}

describe('NetworksPageComponent', () => {
  let fixture: ComponentFixture<NetworksPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, controller, element } = await renderWithApollo(NetworksPageComponent, {
      user: DEMO_USERS.viewer,
      providers: [provideRouter([])],
    }));
  });

  afterEach(() => verifyAndReset(controller));

  const rows = () => tableRows(element);

  it("lists the region's networks with kind, service area and parent, each linking to its page", async () => {
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Laster nettverk …');
    const op = controller.expectOne('RegionNetworks');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen' });
    op.flushData(networks());
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Nettverk');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Nettverk i regionen');
    expect(rows()).toEqual([
      ['Kommunedirektørutvalget', 'Styringsgruppe (KDU)', 'Tverrgående', 'Ingen'],
      ['Teknisk nettverk', 'Ledernettverk', 'Teknisk', 'Kommunedirektørutvalget'],
    ]);
    const links = Array.from(element.querySelectorAll('tbody tr:last-child a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual([`/nettverk/${TEKNISK_ID}`, `/nettverk/${KDU_NETWORK_ID}`]);

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(rows()[1]).toEqual(['Teknisk nettverk', 'Leader network', 'Technical', 'Kommunedirektørutvalget']);
  });

  it("shows the server's message when the networks cannot be fetched", async () => {
    controller
      .expectOne('RegionNetworks')
      .graphqlErrors([apiError('NOT_FOUND', 'Fant ingen region med kortnavnet «x».')]);
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"] h2')?.textContent?.trim()).toBe(
      'Kunne ikke hente nettverkene',
    );
    expect(element.querySelector('[role="alert"] p')?.textContent?.trim()).toBe(
      'Fant ingen region med kortnavnet «x».',
    );
  });
});

describe('NetworksPageComponent for the secretariat', () => {
  afterEach(() => verifyAndReset(rendered.controller));
  let rendered: Rendered<NetworksPageComponent>;

  it('creates a working group under a network and opens it', async () => {
    rendered = await renderWithApollo(NetworksPageComponent, {
      user: DEMO_USERS.secretariat,
      providers: [provideRouter([])],
    });
    const { controller, element } = rendered;
    controller.expectOne('RegionNetworks').flushData(networks());
    await rendered.settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    buttonNamed(element, 'Ny arbeidsgruppe').click();
    await rendered.settle();
    expect(document.activeElement?.id).toBe('network-form-name');
    expect((element.querySelector('#network-form-kind') as HTMLSelectElement).value).toBe('WORKING_GROUP');
    submitForm(element, 'form');
    await rendered.settle();
    controller.expectNone('CreateNetwork');
    expect(
      Array.from(element.querySelectorAll('#network-form-errors li')).map((li) => li.textContent?.trim()),
    ).toEqual([
      'Navn: Skriv et navn.',
      'Tjenesteområde: Velg tjenesteområde.',
      'Sluttdato: En arbeidsgruppe må ha en sluttdato.',
    ]);

    typeInto(element.querySelector('#network-form-name') as HTMLInputElement, 'Arbeidsgruppe vann');
    typeInto(element.querySelector('#network-form-serviceArea') as HTMLSelectElement, 'TECHNICAL');
    typeInto(element.querySelector('#network-form-parentId') as HTMLSelectElement, TEKNISK_ID);
    typeInto(element.querySelector('#network-form-endsOn') as HTMLInputElement, '2027-06-30');
    submitForm(element, 'form');
    await rendered.settle();
    const op = controller.expectOne('CreateNetwork');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        name: 'Arbeidsgruppe vann',
        kind: 'WORKING_GROUP',
        serviceArea: 'TECHNICAL',
        parentId: TEKNISK_ID,
        mandate: null,
        endsOn: '2027-06-30',
      },
    });
    op.flushData({
      createNetwork: {
        __typename: 'Network',
        id: 'new-group',
        name: 'Arbeidsgruppe vann',
        kind: 'WORKING_GROUP',
        serviceArea: 'TECHNICAL',
        mandate: null,
        endsOn: '2027-06-30',
        closedOn: null,
        version: 1,
        parent: { __typename: 'Network', id: TEKNISK_ID },
      },
    });
    await rendered.settle(2);
    expect(navigate).toHaveBeenCalledWith(['/nettverk', 'new-group']);
    controller.match('RegionNetworks').forEach((refetch) => refetch.flushData(networks()));
  });

  it('offers nothing to create to others', async () => {
    rendered = await renderWithApollo(NetworksPageComponent, {
      user: DEMO_USERS.leader,
      providers: [provideRouter([])],
    });
    rendered.controller.expectOne('RegionNetworks').flushData(networks());
    await rendered.settle();
    expect(findButton(rendered.element, 'Nytt nettverk')).toBeUndefined();
  });
});
