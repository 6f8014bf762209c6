import type { ParamMap, Params } from '@angular/router';
import {
  COLLABORATION_TIERS,
  DEFAULT_STUCK_MONTHS,
  type CollaborationTier,
  MEASURE_STATUSES,
  type MeasureStatus,
  MOBILISATION_RATINGS,
  type MobilisationRating,
  SERVICE_AREAS,
  type ServiceArea,
} from '@samarbeid/shared/domain';
import { knownValue, withoutUnset } from '@samarbeid/web/data-access';
import type { MeasureFilter } from '@samarbeid/web/graphql';

/** Measures that need attention, as the overview's tiles count them. */
export const ATTENTION_KINDS = ['STUCK', 'BLOCKED'] as const;
export type Attention = (typeof ATTENTION_KINDS)[number];

/** The portfolio table's filters, as the URL keeps them. */
export interface MeasureFilters {
  readonly search?: string;
  readonly serviceArea?: ServiceArea;
  readonly tier?: CollaborationTier;
  readonly status?: MeasureStatus;
  readonly networkId?: string;
  readonly municipality?: string;
  readonly mobilisation?: MobilisationRating;
  readonly attention?: Attention;
}

export type MeasureFilterKey = keyof MeasureFilters;

/** Query-string names (Norwegian, as users see them in the address bar). */
export const FILTER_PARAMS: Readonly<Record<MeasureFilterKey, string>> = {
  search: 'sok',
  serviceArea: 'omrade',
  tier: 'form',
  status: 'status',
  networkId: 'nettverk',
  municipality: 'kommune',
  mobilisation: 'mobilisering',
  attention: 'oppfolging',
};

export const SEARCH_MAX_LENGTH = 100;

/** No filter chosen: the whole portfolio. */
export const NO_MEASURE_FILTERS: MeasureFilters = {};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MUNICIPALITY_NUMBER = /^\d{4}$/;

function cleanSearch(value: string | null | undefined): string | undefined {
  const text = value?.trim().slice(0, SEARCH_MAX_LENGTH);
  return text ? text : undefined;
}

/** Reads the filters from the query string, ignoring values the API would refuse. */
export function filtersFromParams(params: ParamMap): MeasureFilters {
  const get = (key: MeasureFilterKey) => params.get(FILTER_PARAMS[key]);
  const networkId = get('networkId');
  const municipality = get('municipality');
  return withoutUnset({
    search: cleanSearch(get('search')),
    serviceArea: knownValue(SERVICE_AREAS, get('serviceArea')),
    tier: knownValue(COLLABORATION_TIERS, get('tier')),
    status: knownValue(MEASURE_STATUSES, get('status')),
    networkId: networkId && UUID.test(networkId) ? networkId : undefined,
    municipality: municipality && MUNICIPALITY_NUMBER.test(municipality) ? municipality : undefined,
    mobilisation: knownValue(MOBILISATION_RATINGS, get('mobilisation')),
    attention: knownValue(ATTENTION_KINDS, get('attention')),
  });
}

/** Query parameters for `filters`; absent filters are `null` so that a merge removes them. */
export function filtersToParams(filters: MeasureFilters): Params {
  const params: Params = {};
  for (const key of Object.keys(FILTER_PARAMS) as MeasureFilterKey[]) {
    const value = key === 'search' ? cleanSearch(filters.search) : filters[key];
    params[FILTER_PARAMS[key]] = value ?? null;
  }
  return params;
}

/** The API's `MeasureFilter` for the filters (lists of one, since each filter picks one value). */
export function filtersToVariables(filters: MeasureFilters): MeasureFilter {
  const filter: MeasureFilter = {};
  const search = cleanSearch(filters.search);
  if (search) filter.search = search;
  if (filters.serviceArea) filter.serviceAreas = [filters.serviceArea];
  if (filters.tier) filter.tiers = [filters.tier];
  if (filters.status) filter.statuses = [filters.status];
  if (filters.networkId) filter.networkIds = [filters.networkId];
  if (filters.municipality) filter.participatingMunicipality = filters.municipality;
  if (filters.mobilisation) filter.mobilisation = [filters.mobilisation];
  if (filters.attention === 'STUCK') filter.stuckForMonths = DEFAULT_STUCK_MONTHS;
  if (filters.attention === 'BLOCKED') filter.blocked = true;
  return filter;
}

export function hasActiveFilters(filters: MeasureFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
