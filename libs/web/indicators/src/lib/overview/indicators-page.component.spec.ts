import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import {
  DEMO_USERS,
  findButton,
  renderWithApollo,
  tableCaptioned,
  tableRows,
  TEKNISK_NETWORK_ID,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { IndicatorsPageComponent } from './indicators-page.component';

const STRATEGIES = {
  indicatorStrategies: [
    {
      __typename: 'IndicatorStrategy',
      id: 's1',
      title: 'Strategi for teknisk nettverk 2026–2029',
      networkId: TEKNISK_NETWORK_ID,
      networkName: 'Teknisk nettverk',
      periodFrom: 2026,
      periodTo: 2029,
      indicatorCount: 3,
    },
  ],
};

const SETS = {
  kpiSets: [
    {
      __typename: 'KpiSet',
      id: 'k1',
      name: 'Regionens nøkkeltall',
      description: '',
      municipalityNumber: null,
      municipalityName: null,
      indicatorCount: 4,
      viewerCanManage: false,
    },
    {
      __typename: 'KpiSet',
      id: 'k2',
      name: 'Flesbergs mål',
      description: '',
      municipalityNumber: '3334',
      municipalityName: 'Flesberg',
      indicatorCount: 2,
      viewerCanManage: false,
    },
  ],
};

@Component({ selector: 'sb-set-stub', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class SetStubComponent {}

describe('IndicatorsPageComponent', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  async function open(user: SignedInUser) {
    const rendered = await renderWithApollo(IndicatorsPageComponent, {
      user,
      providers: [provideRouter([{ path: 'indikatorer/sett/:id', component: SetStubComponent }])],
    });
    controller = rendered.controller;
    rendered.controller.expectOne('IndicatorStrategies').flushData(STRATEGIES);
    rendered.controller.expectOne('KpiSets').flushData(SETS);
    await rendered.settle();
    return rendered;
  }

  it("lists the strategies and the KPI sets, leading to their tables, the network's and the region's", async () => {
    const { element } = await open(DEMO_USERS.viewer);
    expect(tableRows(tableCaptioned(element, 'Strategier med indikatorer'))).toEqual([
      ['Strategi for teknisk nettverk 2026–2029', 'Teknisk nettverk', '2026–2029', '3'],
    ]);
    const links = Array.from(element.querySelectorAll('a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Strategi for teknisk nettverk 2026–2029', '/indikatorer/strategi/s1'],
        ['Teknisk nettverk', `/indikatorer/nettverk/${TEKNISK_NETWORK_ID}`],
        ['Regionens KPI-tabell: alle indikatorer', '/indikatorer/region'],
        ['Regionens nøkkeltall', '/indikatorer/sett/k1'],
      ]),
    );
    expect(tableRows(tableCaptioned(element, 'Indikatorsett'))).toEqual([
      ['Regionens nøkkeltall', 'Regionen', '4'],
      ['Flesbergs mål', 'Flesberg', '2'],
    ]);
    // A viewer neither creates sets nor imports KOSTRA.
    expect(findButton(element, 'Nytt indikatorsett for regionen')).toBeUndefined();
    expect(element.querySelector('sb-kostra-import')).toBeNull();
  });

  it('lets the secretariat create a region set and import KOSTRA', async () => {
    const { element } = await open(DEMO_USERS.secretariat);
    expect(findButton(element, 'Nytt indikatorsett for regionen')).toBeDefined();
    expect(element.querySelector('sb-kostra-import')).not.toBeNull();
  });

  it("lets a director create their municipality's set, and opens it", async () => {
    const director = await open(DEMO_USERS.directorFlesberg);
    (findButton(director.element, 'Nytt indikatorsett for kommunen') as HTMLButtonElement).click();
    await director.settle();
    const name = director.element.querySelector('#kpi-set-name') as HTMLInputElement;
    name.value = 'Flesbergs nøkkeltall';
    name.dispatchEvent(new Event('input'));
    director.element.querySelector('sb-create-kpi-set form')?.dispatchEvent(new Event('submit'));
    await director.settle();
    const op = director.controller.expectOne('CreateKpiSet');
    expect(op.operation.variables['input']).toEqual({
      regionSlug: 'kongsbergregionen',
      municipalityNumber: '3334',
      name: 'Flesbergs nøkkeltall',
      description: null,
    });
    op.flushData({
      createKpiSet: {
        __typename: 'KpiSet',
        id: 'k3',
        name: 'Flesbergs nøkkeltall',
        municipalityNumber: '3334',
      },
    });
    await director.settle(2);
    director.controller.expectOne('KpiSets').flushData(SETS);
    await director.settle();
    expect(TestBed.inject(Router).url).toBe('/indikatorer/sett/k3');
  });
});
