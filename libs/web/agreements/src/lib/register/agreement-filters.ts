import type { ParamMap, Params } from '@angular/router';
import {
  AGREEMENT_LEGAL_FORMS,
  AGREEMENT_STATUSES,
  type AgreementLegalForm,
  type AgreementStatus,
} from '@samarbeid/shared/domain';
import { knownValue, withoutUnset } from '@samarbeid/web/data-access';
import type { AgreementFilter } from '@samarbeid/web/graphql';

/** The register's filter, as kept in the address (`/avtaler?avtaleform=…&status=…&kommune=3334`). */
export interface AgreementFilters {
  readonly legalForm?: AgreementLegalForm;
  readonly status?: AgreementStatus;
  readonly municipality?: string;
}

export type AgreementFilterKey = keyof AgreementFilters;

export const AGREEMENT_FILTER_PARAMS: Readonly<Record<AgreementFilterKey, string>> = {
  legalForm: 'avtaleform',
  status: 'status',
  municipality: 'kommune',
};

/** Reads the filter from the query string; unknown values are left out. */
/** No filter chosen: every agreement the user may see. */
export const NO_AGREEMENT_FILTERS: AgreementFilters = {};

export function agreementFiltersFromParams(params: ParamMap): AgreementFilters {
  const municipality = params.get(AGREEMENT_FILTER_PARAMS.municipality);
  const filters: AgreementFilters = {
    legalForm: knownValue(AGREEMENT_LEGAL_FORMS, params.get(AGREEMENT_FILTER_PARAMS.legalForm)),
    status: knownValue(AGREEMENT_STATUSES, params.get(AGREEMENT_FILTER_PARAMS.status)),
    municipality: municipality && /^\d{4}$/.test(municipality) ? municipality : undefined,
  };
  return withoutUnset(filters);
}

/** The filter as query parameters; null removes a parameter. */
export function agreementFiltersToParams(filters: AgreementFilters): Params {
  return {
    [AGREEMENT_FILTER_PARAMS.legalForm]: filters.legalForm ?? null,
    [AGREEMENT_FILTER_PARAMS.status]: filters.status ?? null,
    [AGREEMENT_FILTER_PARAMS.municipality]: filters.municipality ?? null,
  };
}

/** The filter as the API's `AgreementFilter`. */
export function agreementFiltersToVariables(filters: AgreementFilters): AgreementFilter {
  const filter: AgreementFilter = {};
  if (filters.legalForm) filter.legalForms = [filters.legalForm];
  if (filters.status) filter.statuses = [filters.status];
  if (filters.municipality) filter.municipalityNumber = filters.municipality;
  return filter;
}
