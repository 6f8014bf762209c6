import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type ApiResult, type ParticipationMatrixQuery, SetParticipationGQL } from '@samarbeid/web/graphql';
import { renderWithApollo, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';

import { municipalitiesResult, participation } from '../../testing/portfolio-fixtures';
import { forgetParticipationFilteredLists } from '../shared/participation-cache';
import { MATRIX_PAGE_SIZE, ParticipationPageComponent } from './participation-page.component';

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
    await fixture.whenStable();
  });

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
});
