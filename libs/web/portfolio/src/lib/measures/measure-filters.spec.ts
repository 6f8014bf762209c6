import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';

import {
  filtersFromParams,
  filtersToParams,
  filtersToVariables,
  hasActiveFilters,
  type MeasureFilters,
} from './measure-filters';

const NETWORK = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01';

describe('measure filters', () => {
  it('reads every filter from the Norwegian query string', () => {
    const filters = filtersFromParams(
      convertToParamMap({
        sok: '  byggesak ',
        omrade: 'TECHNICAL',
        form: 'SERVICE_PURCHASE',
        status: 'UNDER_ASSESSMENT',
        nettverk: NETWORK,
        kommune: '3334',
        mobilisering: 'YELLOW',
        oppfolging: 'BLOCKED',
      }),
    );
    expect(filters).toEqual({
      search: 'byggesak',
      serviceArea: 'TECHNICAL',
      tier: 'SERVICE_PURCHASE',
      status: 'UNDER_ASSESSMENT',
      networkId: NETWORK,
      municipality: '3334',
      mobilisation: 'YELLOW',
      attention: 'BLOCKED',
    });
  });

  it('ignores values the API would refuse instead of sending them', () => {
    const filters = filtersFromParams(
      convertToParamMap({
        omrade: 'SPACE',
        status: 'done',
        nettverk: 'abc',
        kommune: '33',
        sok: '   ',
        oppfolging: 'LATE',
      }),
    );
    expect(filters).toEqual({});
    expect(hasActiveFilters(filters)).toBe(false);
    expect(filtersFromParams(convertToParamMap({ sok: 'x'.repeat(150) })).search).toHaveLength(100);
  });

  it("turns the filters into the API's MeasureFilter", () => {
    const filters: MeasureFilters = {
      search: 'kart',
      serviceArea: 'TECHNICAL',
      tier: 'NETWORK',
      status: 'DECIDED',
      networkId: NETWORK,
      municipality: '4026',
      mobilisation: 'GREEN',
    };
    expect(filtersToVariables(filters)).toEqual({
      search: 'kart',
      serviceAreas: ['TECHNICAL'],
      tiers: ['NETWORK'],
      statuses: ['DECIDED'],
      networkIds: [NETWORK],
      participatingMunicipality: '4026',
      mobilisation: ['GREEN'],
    });
    expect(filtersToVariables({})).toEqual({});
    // The overview's tiles: stuck for the overview's 6 months, or blocked by a dependency.
    expect(filtersToVariables({ attention: 'STUCK' })).toEqual({ stuckForMonths: 6 });
    expect(filtersToVariables({ attention: 'BLOCKED' })).toEqual({ blocked: true });
  });

  it('writes every filter back to the query string, with null for those not set (so a merge removes them)', () => {
    expect(filtersToParams({ serviceArea: 'HR', search: ' lønn ' })).toEqual({
      sok: 'lønn',
      omrade: 'HR',
      form: null,
      status: null,
      oppfolging: null,
      nettverk: null,
      kommune: null,
      mobilisering: null,
    });
    const round = filtersFromParams(
      convertToParamMap(
        Object.fromEntries(
          Object.entries(filtersToParams({ status: 'PAUSED', municipality: '3303' })).filter(
            ([, v]) => v !== null,
          ),
        ),
      ),
    );
    expect(round).toEqual({ status: 'PAUSED', municipality: '3303' });
  });
});
