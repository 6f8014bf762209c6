import { afterEach, describe, expect, it } from '@jest/globals';
import { provideRouter } from '@angular/router';
import type { ApolloTestingController } from 'apollo-angular/testing';
import {
  DEMO_USERS,
  municipalityConnection,
  renderWithApollo,
  tableRows,
  textAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';

import { BenchmarkPageComponent } from './benchmark-page.component';

const point = (year: number, value: string | null, missingSymbol: string | null = null) => ({
  __typename: 'KostraPoint',
  year,
  value,
  missingSymbol,
});

const area = (code: string, kind: string, values: ReturnType<typeof point>[]) => ({
  __typename: 'BenchmarkArea',
  code,
  name: code,
  kind,
  values,
});

function benchmark(municipalityNumber: string, municipalityName: string, withFigures = true) {
  return {
    kostraBenchmark: {
      __typename: 'KostraBenchmark',
      municipalityNumber,
      municipalityName,
      regionName: 'Kongsbergregionen',
      kostraGroupCode: 'EKG02',
      kostraGroupName: 'KOSTRA-gruppe 2',
      figures: withFigures
        ? [
            {
              __typename: 'BenchmarkFigure',
              latestYear: 2024,
              figure: {
                __typename: 'KostraFigure',
                code: 'PLEIE_NETTO',
                name: 'Netto driftsutgifter pleie og omsorg per innbygger',
                nameEn: 'Net operating expenses, care, per inhabitant',
                unit: 'kr',
              },
              areas: [
                area(municipalityNumber, 'SELF', [point(2023, '98'), point(2024, '100')]),
                area('3303', 'MUNICIPALITY', [point(2024, '90')]),
                area('3336', 'MUNICIPALITY', [point(2024, '120')]),
                area('4026', 'MUNICIPALITY', [point(2024, null, '..')]),
                area('EKG02', 'GROUP', [point(2024, null, '..')]),
                area('EAKUO', 'NATIONAL', [point(2024, '110')]),
              ],
            },
          ]
        : [],
    },
  };
}

describe('BenchmarkPageComponent', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  async function open() {
    const rendered = await renderWithApollo(BenchmarkPageComponent, {
      user: DEMO_USERS.directorFlesberg,
      providers: [provideRouter([])],
    });
    controller = rendered.controller;
    rendered.controller.expectOne('BenchmarkMunicipalities').flushData({
      region: { __typename: 'Region', id: 'r1', municipalities: municipalityConnection() },
    });
    await rendered.settle();
    return rendered;
  }

  it("shows the director's municipality against the region's range, its KOSTRA group and the country", async () => {
    const { element, controller, settle } = await open();
    const op = controller.expectOne('KostraBenchmark');
    expect(op.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', municipalityNumber: '3334' });
    op.flushData(benchmark('3334', 'Flesberg'));
    await settle();

    expect(textAt(element, 'h1')).toBe('Sammenligning med KOSTRA');
    expect(element.textContent).toContain('Flesberg sammenlignet med de andre kommunene i Kongsbergregionen');
    expect(tableRows(element)).toEqual([
      [
        'Netto driftsutgifter pleie og omsorg per innbygger (kr)',
        '2024',
        '100',
        '90–120',
        'Skjermet/mangler (..)',
        '110',
      ],
    ]);
  });

  it('changes municipality, and says so when no KOSTRA figures are imported yet', async () => {
    const { element, controller, settle } = await open();
    controller.expectOne('KostraBenchmark').flushData(benchmark('3334', 'Flesberg'));
    await settle();
    typeInto(element.querySelector('#benchmark-municipality') as HTMLSelectElement, '3303');
    await settle();
    const op = controller.expectOne('KostraBenchmark');
    expect(op.operation.variables['municipalityNumber']).toBe('3303');
    op.flushData(benchmark('3303', 'Kongsberg', false));
    await settle();
    expect(element.textContent).toContain('Ingen KOSTRA-tall er hentet ennå.');
    expect(element.querySelector('table')).toBeNull();
  });
});
