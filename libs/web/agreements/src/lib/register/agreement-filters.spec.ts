import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';

import {
  agreementFiltersFromParams,
  agreementFiltersToParams,
  agreementFiltersToVariables,
} from './agreement-filters';

describe('agreement filters', () => {
  it('reads the filter from the address, leaving out values it does not know', () => {
    expect(
      agreementFiltersFromParams(
        convertToParamMap({ avtaleform: 'INTERMUNICIPAL_COMPANY', status: 'EXPIRED', kommune: '3334' }),
      ),
    ).toEqual({ legalForm: 'INTERMUNICIPAL_COMPANY', status: 'EXPIRED', municipality: '3334' });
    expect(
      agreementFiltersFromParams(convertToParamMap({ avtaleform: 'LEASE', status: 'active', kommune: '33' })),
    ).toEqual({});
  });

  it('writes the filter back as query parameters, removing the unset ones', () => {
    expect(agreementFiltersToParams({ status: 'ACTIVE' })).toEqual({
      avtaleform: null,
      status: 'ACTIVE',
      kommune: null,
    });
  });

  it("turns the filter into the API's AgreementFilter", () => {
    expect(agreementFiltersToVariables({})).toEqual({});
    expect(
      agreementFiltersToVariables({
        legalForm: 'SERVICE_PURCHASE',
        status: 'SUBMITTED',
        municipality: '3336',
      }),
    ).toEqual({ legalForms: ['SERVICE_PURCHASE'], statuses: ['SUBMITTED'], municipalityNumber: '3336' });
  });
});
