import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { type ApiResult, type ParticipationMatrixQuery, SetParticipationGQL } from '@samarbeid/web/graphql';
import { renderWithApollo, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';

import { municipalitiesResult, participation } from '../../testing/portfolio-fixtures';
import { forgetParticipationFilteredLists } from '../shared/participation-cache';
import { MATRIX_PAGE_SIZE, ParticipationPageComponent } from './participation-page.component';

const NETWORK = '7a1c0e52-3a8b-4f7e-9d3c-2b1a0f9e8d7c';

function matrix(): ParticipationMatrixQuery {
  const result: ApiResult<ParticipationMatrixQuery> = {
    measures: {
      __typename: 'MeasureConnection',
      totalCount: 2,
      nodes: [
        {
          __typename: 'Measure',
          id: 'id-T5',
          code: 'T5',
          title: 'Eiendomsskatt',
          participation: participation({}, 'id-T5'),
        },
        {
          __typename: 'Measure',
          id: 'id-T7',
          code: 'T7',
          title: 'Byggesakstjenester',
          participation: participation(
            {
              '3303': { state: 'OPTED_OUT', reason: 'Egen byggesaksavdeling.' },
              '4026': { state: 'UNDECIDED' },
            },
            'id-T7',
          ),
        },
      ],
    },
  };
  return result;
}

describe('ParticipationPageComponent', () => {
  let fixture: ComponentFixture<ParticipationPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ fixture, controller, element } = await renderWithApollo(ParticipationPageComponent, {
      providers: [provideRouter([])],
    }));
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Laster deltakelsen …');
    const op = controller.expectOne('ParticipationMatrix');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', first: MATRIX_PAGE_SIZE });
    op.flushData(matrix());
    controller.expectOne('PortfolioMunicipalities').flushData(municipalitiesResult());
    controller.expectOne('PortfolioNetworks').flushData({
      networks: {
        __typename: 'NetworkConnection',
        nodes: [
          {
            __typename: 'Network',
            id: NETWORK,
            name: 'Teknisk nettverk',
            kind: 'LEADER_NETWORK',
            serviceArea: 'TECHNICAL',
          },
        ],
      },
    });
    await fixture.whenStable();
  });

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  };

  function choose(id: string, value: string): Promise<void> {
    const select = element.querySelector(`#${id}`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return settle();
  }

  const rowCodes = () =>
    Array.from(element.querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-measure'));

  afterEach(() => verifyAndReset(controller));

  function cell(code: string, number: string): HTMLElement {
    return element.querySelector(
      `tr[data-measure="${code}"] td[data-municipality="${number}"]`,
    ) as HTMLElement;
  }

  it('has municipalities as column headers and measures (code and title) as row headers', () => {
    expect(element.querySelector('caption')?.textContent?.trim()).toBe(
      'Deltakelse per tiltak og kommune i Kongsbergregionen',
    );
    const columns = Array.from(element.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(columns).toEqual([
      'Tiltak',
      'Flesberg',
      'Hjartdal',
      'Kongsberg',
      'Nore og Uvdal',
      'Notodden',
      'Rollag',
      'Tinn',
    ]);
    expect(
      Array.from(element.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    const rowHeader = element.querySelector('tbody tr th[scope="row"]');
    expect(rowHeader?.textContent?.replace(/\s+/g, ' ').trim()).toBe('T5 Eiendomsskatt');
    expect(rowHeader?.querySelector('a')?.getAttribute('href')).toBe('/tiltak/T5');
  });

  it('writes each state in words, with the reason for an opt-out behind a disclosure', () => {
    expect(cell('T5', '3334').textContent?.trim()).toBe('Deltar');
    expect(cell('T7', '4026').textContent?.trim()).toBe('Ikke avklart');
    const details = cell('T7', '3303').querySelector('details');
    expect(details?.querySelector('summary')?.textContent?.trim()).toBe('Deltar ikke');
    expect(details?.querySelector('p')?.textContent?.trim()).toBe('Begrunnelse: Egen byggesaksavdeling.');
  });

  it('shows a change made elsewhere in the app at once, from the shared cache', async () => {
    const change = firstValueFrom(
      TestBed.inject(SetParticipationGQL).mutate({
        variables: {
          input: { measureId: 'id-T5', municipalityNumber: '3334', state: 'OPTED_OUT', reason: 'Nei.' },
        },
        update: (cache) => forgetParticipationFilteredLists(cache),
      }),
    );
    controller.expectOne('SetParticipation').flushData({
      setParticipation: {
        __typename: 'Participation',
        measureId: 'id-T5',
        municipalityNumber: '3334',
        state: 'OPTED_OUT',
        reason: 'Nei.',
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    });
    await change;
    await fixture.whenStable();
    expect(cell('T5', '3334').querySelector('summary')?.textContent?.trim()).toBe('Deltar ikke');
    expect(cell('T5', '3334').textContent).toContain('Nei.');
    // Only T5's entry for Flesberg changed.
    expect(cell('T7', '3334').textContent?.trim()).toBe('Deltar');
    controller.expectNone('ParticipationMatrix');
  });

  describe('filters', () => {
    it('offers network, tier, status and "only undecided" in a labelled search form, and the count', () => {
      const form = element.querySelector('form[role="search"]');
      expect(form?.getAttribute('aria-label')).toBe('Filtrer deltakelsen');
      expect(
        Array.from(form?.querySelectorAll('label') ?? []).map((label) => label.textContent?.trim()),
      ).toEqual(['Nettverk', 'Samarbeidsform', 'Status', 'Kommunenes svar']);
      expect(
        Array.from((element.querySelector('#matrix-filter-networkId') as HTMLSelectElement).options).map(
          (o) => o.text.trim(),
        ),
      ).toEqual(['Alle', 'Teknisk nettverk']);
      expect(element.querySelector('.sb-list-page__count')?.textContent?.trim()).toBe('2 tiltak vises');
    });

    it('asks the API for the chosen tier and network, keeping them in the URL', async () => {
      await choose('matrix-filter-tier', 'PROJECT');
      const op = controller.expectOne('ParticipationMatrix');
      expect(op.operation.variables).toEqual({
        regionSlug: 'kongsbergregionen',
        first: MATRIX_PAGE_SIZE,
        filter: { tiers: ['PROJECT'] },
      });
      expect(TestBed.inject(Router).url).toBe('/?form=PROJECT');
      op.flushData(matrix());
      await settle();
      await choose('matrix-filter-networkId', NETWORK);
      expect(controller.expectOne('ParticipationMatrix').operation.variables['filter']).toEqual({
        tiers: ['PROJECT'],
        networkIds: [NETWORK],
      });
    });

    it('shows only the measures a municipality has not decided on, and clears back to all', async () => {
      await choose('matrix-filter-undecided', 'ja');
      expect(rowCodes()).toEqual(['T7']);
      expect(TestBed.inject(Router).url).toBe('/?uavklart=ja');
      expect(element.querySelector('.sb-list-page__count')?.textContent?.trim()).toBe('1 tiltak vises');
      const clear = Array.from(element.querySelectorAll('button')).find(
        (button) => button.textContent?.trim() === 'Nullstill filtrene',
      );
      clear?.click();
      await settle();
      expect(rowCodes()).toEqual(['T5', 'T7']);
    });

    it('keeps the measures column and the header row in view while the matrix scrolls', () => {
      const frame = element.querySelector('[role="region"]');
      expect(frame?.classList).toContain('sb-data-table--sticky');
      expect(frame?.classList).toContain('sb-data-table--sticky-first');
    });
  });
});
