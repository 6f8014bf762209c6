import { afterEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { provideRouter } from '@angular/router';
import { MeasureTabContext } from '@samarbeid/web/data-access';
import {
  DEMO_USERS,
  findButton,
  renderWithApollo,
  T7_ID,
  TEKNISK_NETWORK_ID,
  textAt,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { MeasureIndicatorsTabComponent } from './measure-indicators-tab.component';

const board = {
  indicatorScopeBoard: {
    __typename: 'IndicatorBoard',
    scope: 'MEASURE',
    scopeId: T7_ID,
    title: 'T7 Felles byggesak',
    networkId: TEKNISK_NETWORK_ID,
    networkName: 'Teknisk nettverk',
    municipalityNumber: null,
    regionSlug: 'kongsbergregionen',
    regionName: 'Kongsbergregionen',
    viewerCanManage: true,
    exportPath: `indicators/measure/${T7_ID}/indicators.xlsx`,
    municipalities: [],
    indicators: [],
  },
};

describe('MeasureIndicatorsTabComponent', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  it("shows the measure's KPI table and adds an indicator to one of its benefits", async () => {
    const measure = signal({
      id: T7_ID,
      code: 'T7',
      title: 'Felles byggesak',
      networkId: TEKNISK_NETWORK_ID,
      viewerCanEdit: true,
    });
    const rendered = await renderWithApollo(MeasureIndicatorsTabComponent, {
      user: DEMO_USERS.leader,
      providers: [
        provideRouter([]),
        { provide: MeasureTabContext, useValue: { measure, reload: async () => undefined } },
      ],
    });
    controller = rendered.controller;
    const { element, settle } = rendered;
    const op = rendered.controller.expectOne('IndicatorScopeBoard');
    expect(op.operation.variables).toEqual({ scope: 'MEASURE', id: T7_ID });
    op.flushData(board);
    await settle();
    expect(textAt(element, 'h2')).toBe('Indikatorer');
    expect(element.textContent).toContain('Ingen indikatorer ennå.');
    expect(textAt(element, 'sb-download-button button')).toBe('Last ned KPI-tabellen (Excel)');

    (findButton(element, 'Legg til indikator') as HTMLButtonElement).click();
    await settle();
    rendered.controller.expectOne('MeasureBenefitTitles').flushData({
      benefitPlan: {
        __typename: 'BenefitPlan',
        measureId: T7_ID,
        benefits: [{ __typename: 'Benefit', id: 'b1', title: 'Spart saksbehandlingstid' }],
      },
    });
    await settle();
    const target = element.querySelector('#add-indicator-target') as HTMLSelectElement;
    expect(Array.from(target.options).map((option) => option.textContent?.trim())).toEqual([
      'Tiltaket',
      'Gevinsten «Spart saksbehandlingstid»',
    ]);
    target.value = 'b1';
    target.dispatchEvent(new Event('change'));
    for (const [id, value] of [
      ['name', 'Timer spart per sak'],
      ['unit', 'timer'],
      ['baselineValue', '0'],
      ['targetValue', '6'],
    ]) {
      const input = element.querySelector(`#add-indicator-${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    element.querySelector('sb-add-indicator form')?.dispatchEvent(new Event('submit'));
    await settle();
    const add = rendered.controller.expectOne('AddIndicator');
    expect(add.operation.variables['input']).toMatchObject({ benefitId: 'b1', name: 'Timer spart per sak' });
    expect(add.operation.variables['input']).not.toHaveProperty('measureId');
    add.flushData({
      addIndicator: {
        __typename: 'IndicatorOverview',
        id: 'i9',
        name: 'Timer spart per sak',
        unit: 'timer',
        goalTitle: 'T7: Spart saksbehandlingstid',
        baselineYear: 2025,
        baselineValue: '0',
        targetYear: 2035,
        targetValue: '6',
        direction: 'INCREASE',
        frequency: 'YEARLY',
        settingVersion: 1,
        missingPeriods: [],
        viewerCanRecordFor: [],
        viewerCanEditSettings: true,
        kostraFigure: null,
        series: [],
      },
    });
    await settle(2);
    rendered.controller.match('IndicatorScopeBoard').forEach((refetch) => refetch.flushData(board));
    await settle();
  });
});
