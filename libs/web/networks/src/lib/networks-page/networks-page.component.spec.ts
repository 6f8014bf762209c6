import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';
import type { RegionNetworksQuery } from '@samarbeid/web/graphql';
import { apiError, renderWithApollo, tableRows, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { KDU_NETWORK_ID, TEKNISK_ID } from '../../testing/network-fixtures';
import { NetworksPageComponent } from './networks-page.component';

function networks(): RegionNetworksQuery {
  const kdu = { __typename: 'Network', id: KDU_NETWORK_ID, name: 'Kommunedirektørutvalget' };
  return {
    networks: {
      __typename: 'NetworkConnection',
      nodes: [
        { ...kdu, kind: 'STEERING_COMMITTEE', serviceArea: 'CROSS_SECTOR', parent: null },
        {
          __typename: 'Network',
          id: TEKNISK_ID,
          name: 'Teknisk nettverk',
          kind: 'LEADER_NETWORK',
          serviceArea: 'TECHNICAL',
          parent: kdu,
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
