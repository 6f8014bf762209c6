import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService, createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { IndicatorOverviewFieldsFragment, IndicatorScopeBoardQuery } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { IndicatorBoardPageComponent } from './indicator-board-page.component';
import { indicatorChartSpec } from './indicator-chart.component';

const STRATEGY_ID = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a99';

type Series = IndicatorOverviewFieldsFragment['series'][number];

function series(municipalityNumber: string | null, name: string, values: [string, string | null][]): Series {
  return {
    __typename: 'IndicatorSeries',
    municipalityNumber,
    name,
    values: values.map(([period, value]) => ({
      __typename: 'IndicatorValue',
      period,
      value,
      notMeasured: value === null,
      source: value === null ? '' : 'Fagsystem',
      comment: '',
      recordedByName: 'Tor Teknisk',
    })),
    latest:
      municipalityNumber === null ? { __typename: 'IndicatorValue', period: '2026', value: '35' } : null,
    trend:
      municipalityNumber === null
        ? {
            __typename: 'IndicatorTrendInfo',
            from: '2024',
            to: '2026',
            change: '-5.2',
            perYear: -2.6,
            direction: 'DOWN',
            favourable: true,
          }
        : null,
    status: municipalityNumber === null ? 'BEHIND' : 'NO_DATA',
    expected: municipalityNumber === null ? 34.125 : null,
    progressPercent: municipalityNumber === null ? 20 : null,
    kostraGroupCode: municipalityNumber ? 'EKG13' : null,
    kostraGroupName: municipalityNumber ? 'KOSTRA-gruppe 13' : null,
    kostraGroupAverage: municipalityNumber
      ? [
          { __typename: 'KostraPoint', year: 2024, value: '29', missingSymbol: null },
          { __typename: 'KostraPoint', year: 2025, value: null, missingSymbol: '..' },
        ]
      : [],
  } as unknown as Series;
}

function board(viewerCanRecordFor: string[], viewerCanManage = false): IndicatorScopeBoardQuery {
  return {
    indicatorScopeBoard: {
      __typename: 'IndicatorBoard',
      scope: 'STRATEGY',
      scopeId: STRATEGY_ID,
      title: 'Strategi for teknisk nettverk 2026–2029',
      municipalityNumber: null,
      viewerCanManage,
      exportPath: `strategies/${STRATEGY_ID}/indicators.xlsx`,
      networkId: 'n1',
      networkName: 'Teknisk nettverk',
      regionSlug: 'kongsbergregionen',
      regionName: 'Kongsbergregionen',
      municipalities: [{ __typename: 'IndicatorBoardMunicipality', number: '3303', name: 'Kongsberg' }],
      indicators: [
        {
          __typename: 'IndicatorOverview',
          id: 'i1',
          name: 'Median behandlingstid byggesak',
          unit: 'dager',
          goalTitle: 'Raskere og likere saksbehandling',
          baselineYear: 2025,
          baselineValue: '38.5',
          targetYear: 2029,
          targetValue: '21',
          direction: 'DECREASE',
          frequency: 'YEARLY',
          settingVersion: 1,
          missingPeriods: [],
          viewerCanRecordFor,
          viewerCanEditSettings: false,
          kostraFigure: {
            __typename: 'KostraFigure',
            code: 'BYGGESAK_TID',
            name: 'Saksbehandlingstid',
            nameEn: 'Time',
          },
          series: [
            series(null, 'Kongsbergregionen', [
              ['2024', '40.2'],
              ['2025', null],
              ['2026', '35'],
            ]),
            series('3303', 'Kongsberg', []),
          ],
        },
      ],
    },
  } as unknown as IndicatorScopeBoardQuery;
}

describe('IndicatorBoardPageComponent', () => {
  let fixture: ComponentFixture<IndicatorBoardPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const user = signal<SignedInUser | null>({
    name: 'Tor Teknisk',
    roles: ['network-leader'],
    municipality: '4005',
    email: undefined,
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, IndicatorBoardPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: AuthService, useValue: { user: user.asReadonly() } },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(IndicatorBoardPageComponent);
    fixture.componentRef.setInput('id', STRATEGY_ID);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const cells = (table: Element) =>
    Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map(
        (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
    );

  it('shows the KPI table with base year, latest, target, trend arrow and status, and the chart', async () => {
    const op = controller.expectOne('IndicatorScopeBoard');
    expect(op.operation.variables).toEqual({ scope: 'STRATEGY', id: STRATEGY_ID });
    op.flushData(board(['REGION', '3303']));
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Strategi for teknisk nettverk 2026–2029');
    const [kpi, values] = Array.from(element.querySelectorAll('sb-data-table table'));
    expect(kpi.querySelector('caption')?.textContent?.trim()).toBe('KPI-tabell for Kongsbergregionen');
    expect(cells(kpi)).toEqual([
      [
        'Median behandlingstid byggesak',
        '2025: 38,5 dager',
        '35 dager (2026)',
        '21 dager i 2029',
        '↓ Synker, −2,6 per år (2024–2026), i ønsket retning',
        'Bak plan',
      ],
    ]);
    expect(cells(values)).toEqual([
      ['2024', '40,2', 'Fagsystem', ''],
      ['2025', 'Ikke målt', '', ''],
      ['2026', '35', 'Fagsystem', ''],
    ]);
    const chart = element.querySelector('sb-indicator-chart [role="img"]');
    expect(chart).not.toBeNull();
    expect(element.querySelector('sb-indicator-chart')?.textContent).toContain(
      'Median behandlingstid byggesak for Kongsbergregionen: 2 målinger, siste 35 dager (2026). Målet er 21 dager i 2029; status: Bak plan.',
    );
    expect(element.querySelector('sb-download-button button')?.textContent?.trim()).toBe(
      'Last ned KPI-tabellen (Excel)',
    );
    // The record form offers the areas the API says the user may record for.
    const options = Array.from(element.querySelectorAll('sb-record-value select option')).map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['Hele regionen', 'Kongsberg']);
  });

  it('switches the table and chart to a municipality, with its KOSTRA group average', async () => {
    controller.expectOne('IndicatorScopeBoard').flushData(board([]));
    await fixture.whenStable();
    const select = element.querySelector('#board-area') as HTMLSelectElement;
    select.value = '3303';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    const [kpi] = Array.from(element.querySelectorAll('sb-data-table table'));
    expect(kpi.querySelector('caption')?.textContent?.trim()).toBe('KPI-tabell for Kongsberg');
    expect(cells(kpi)[0].slice(2)).toEqual([
      'Ingen måling',
      '21 dager i 2029',
      '– Ingen trend',
      'Ingen data',
    ]);
    expect(element.querySelector('sb-indicator-chart')?.textContent).toContain(
      'KOSTRA-gruppe (KOSTRA-gruppe 13)',
    );
    expect(element.textContent).toContain('Ingen verdier registrert for Kongsberg ennå.');
    // Nobody may record here: no form.
    expect(element.querySelector('sb-record-value')).toBeNull();
  });

  it('records a value and shows what was saved', async () => {
    controller.expectOne('IndicatorScopeBoard').flushData(board(['REGION']));
    await fixture.whenStable();
    const form = element.querySelector('sb-record-value form') as HTMLFormElement;
    const type = (selector: string, value: string) => {
      const input = form.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('input[id$="-period"]', '2027');
    type('input[id$="-value"]', '31,5');
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const op = controller.expectOne('RecordIndicatorValue');
    expect(op.operation.variables['input']).toEqual({
      indicatorId: 'i1',
      period: '2027',
      municipalityNumber: null,
      value: '31.5',
      notMeasured: false,
      source: null,
      comment: null,
    });
    op.flushData({ recordIndicatorValue: board(['REGION']).indicatorScopeBoard.indicators[0] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    expect(element.textContent).toContain('Lagret: Median behandlingstid byggesak 2027 for Hele regionen.');
  });
});

describe('indicatorChartSpec', () => {
  const indicator = board([]).indicatorScopeBoard.indicators[0];
  const names = { measured: 'Målt', path: 'Målsti', kostra: 'KOSTRA-gruppe 13' };

  it('draws measured values (with markers), the dashed path to the target and the dotted KOSTRA average over the years', () => {
    const spec = indicatorChartSpec(indicator, indicator.series[1], names);
    expect(spec.years).toEqual({ from: 2024, to: 2029 });
    expect(spec.valueName).toBe('dager');
    expect(spec.series.map((s) => [s.name, s.type, s.pattern])).toEqual([
      ['Målt', 'line', 'solid'],
      ['Målsti', 'line', 'dashed'],
      ['KOSTRA-gruppe 13', 'line', 'dotted'],
    ]);
    expect(spec.series[1].points?.at(-1)).toEqual([2029, 21]);
    expect(spec.series[2].points).toEqual([[2024, 29]]);
  });

  it('leaves out the KOSTRA line where the indicator has no average, and skips periods not measured', () => {
    const spec = indicatorChartSpec(indicator, indicator.series[0], names);
    expect(spec.series.map((s) => s.name)).toEqual(['Målt', 'Målsti']);
    expect(spec.series[0].points).toEqual([
      [2024, 40.2],
      [2026, 35],
    ]);
    expect(spec.series[0].markers).toBe(true);
  });
});
