import { afterEach, describe, expect, it } from '@jest/globals';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { ConfirmService } from '@samarbeid/web/ui';
import {
  DEMO_USERS,
  findButton,
  openWithApollo,
  renderWithApollo,
  tableRows,
  textAt,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { IndicatorBoardPageComponent } from '../board/indicator-board-page.component';
import { INDICATOR_ROUTES } from '../indicators.routes';

const SET_ID = '0b9c6a52-7f4e-4d43-9a51-0d3f8f2e1c01';

const indicator = {
  __typename: 'IndicatorOverview',
  id: 'i1',
  name: 'Sykefravær',
  unit: 'prosent',
  goalTitle: 'Regionens nøkkeltall',
  baselineYear: 2022,
  baselineValue: '8.5',
  targetYear: 2032,
  targetValue: '6',
  direction: 'DECREASE',
  frequency: 'YEARLY',
  settingVersion: 1,
  missingPeriods: [],
  viewerCanRecordFor: [],
  viewerCanEditSettings: false,
  kostraFigure: null,
  series: [
    {
      __typename: 'IndicatorSeries',
      municipalityNumber: null,
      name: 'Kongsbergregionen',
      values: [],
      latest: null,
      trend: null,
      status: 'NO_DATA',
      expected: null,
      progressPercent: null,
      kostraGroupCode: null,
      kostraGroupName: null,
      kostraGroupAverage: [],
    },
  ],
};

const board = (viewerCanManage: boolean) => ({
  indicatorScopeBoard: {
    __typename: 'IndicatorBoard',
    scope: 'KPI_SET',
    scopeId: SET_ID,
    title: 'Regionens nøkkeltall',
    networkId: null,
    networkName: null,
    municipalityNumber: null,
    regionSlug: 'kongsbergregionen',
    regionName: 'Kongsbergregionen',
    viewerCanManage,
    exportPath: `indicators/kpi-set/${SET_ID}/indicators.xlsx`,
    municipalities: [{ __typename: 'IndicatorBoardMunicipality', number: '3303', name: 'Kongsberg' }],
    indicators: [indicator],
  },
});

describe('a KPI set page', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  async function open(viewerCanManage: boolean, confirmed = true) {
    const rendered = await renderWithApollo(IndicatorBoardPageComponent, {
      user: viewerCanManage ? DEMO_USERS.secretariat : DEMO_USERS.viewer,
      providers: [provideRouter([]), { provide: ConfirmService, useValue: { ask: async () => confirmed } }],
      inputs: { scope: 'KPI_SET', id: SET_ID },
    });
    controller = rendered.controller;
    const op = rendered.controller.expectOne('IndicatorScopeBoard');
    expect(op.operation.variables).toEqual({ scope: 'KPI_SET', id: SET_ID });
    op.flushData(board(viewerCanManage));
    await rendered.settle();
    return rendered;
  }

  it('shows the set with its KPI table and Excel export, and nothing to change for a reader', async () => {
    const { element } = await open(false);
    expect(textAt(element, 'h1')).toBe('Regionens nøkkeltall');
    expect(element.textContent).toContain('Indikatorsett for Kongsbergregionen.');
    expect(tableRows(element)[0]).toEqual([
      'Sykefravær',
      '2022: 8,5 prosent',
      'Ingen måling',
      '6 prosent i 2032',
      '– Ingen trend',
      'Ingen data',
    ]);
    expect(textAt(element, 'sb-download-button button')).toBe('Last ned KPI-tabellen (Excel)');
    expect(findButton(element, 'Legg til indikator')).toBeUndefined();
    expect(findButton(element, 'Fjern «Sykefravær»')).toBeUndefined();
  });

  it('adds an indicator to the set and fetches the table again', async () => {
    const { element, controller, settle } = await open(true);
    (findButton(element, 'Legg til indikator') as HTMLButtonElement).click();
    await settle();
    const type = (id: string, value: string) => {
      const control = element.querySelector(`#add-indicator-${id}`) as HTMLInputElement;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    type('name', 'Andel digitale søknader');
    type('unit', 'prosent');
    type('baselineYear', '2024');
    type('baselineValue', '55,5');
    type('targetYear', '2034');
    type('targetValue', '90');
    element.querySelector('sb-add-indicator form')?.dispatchEvent(new Event('submit'));
    await settle();
    const op = controller.expectOne('AddIndicator');
    expect(op.operation.variables['input']).toEqual({
      kpiSetId: SET_ID,
      name: 'Andel digitale søknader',
      unit: 'prosent',
      direction: 'INCREASE',
      frequency: 'YEARLY',
      baselineYear: 2024,
      baselineValue: '55.5',
      targetYear: 2034,
      targetValue: '90',
    });
    op.flushData({ addIndicator: { ...indicator, id: 'i2', name: 'Andel digitale søknader' } });
    await settle(2);
    controller.expectOne('IndicatorScopeBoard').flushData(board(true));
    await settle();
    expect(element.textContent).toContain('Indikatoren er lagt til.');
  });

  it('refuses a target year before the baseline year before sending', async () => {
    const { element, settle } = await open(true);
    (findButton(element, 'Legg til indikator') as HTMLButtonElement).click();
    await settle();
    const target = element.querySelector('#add-indicator-targetYear') as HTMLInputElement;
    target.value = '2001';
    target.dispatchEvent(new Event('input'));
    element.querySelector('sb-add-indicator form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(element.textContent).toContain('Målåret kan ikke ligge før basisåret.');
  });

  it('removes an indicator once the user confirms', async () => {
    const { element, controller, settle } = await open(true);
    (findButton(element, 'Fjern «Sykefravær»') as HTMLButtonElement).click();
    await settle();
    const op = controller.expectOne('RemoveIndicator');
    expect(op.operation.variables).toEqual({ indicatorId: 'i1' });
    op.flushData({ removeIndicator: 'i1' });
    await settle(2);
    controller.expectOne('IndicatorScopeBoard').flushData(board(true));
    await settle();
    expect(element.textContent).toContain('«Sykefravær» er fjernet.');
  });

  it.each([
    ['/strategi/s1', { scope: 'STRATEGY', id: 's1' }],
    ['/nettverk/n1', { scope: 'NETWORK', id: 'n1' }],
    ['/region', { scope: 'REGION', id: 'kongsbergregionen' }],
    [`/sett/${SET_ID}`, { scope: 'KPI_SET', id: SET_ID }],
  ])('asks for the KPI table the address names (%s)', async (url, variables) => {
    const opened = await openWithApollo(INDICATOR_ROUTES, url, {
      user: DEMO_USERS.viewer,
      routerFeatures: [withComponentInputBinding()],
    });
    controller = opened.controller;
    const op = opened.controller.expectOne('IndicatorScopeBoard');
    expect(op.operation.variables).toEqual(variables);
    op.flushData(board(false));
    await opened.settle();
  });
});
