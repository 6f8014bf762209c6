import type { ParamMap, Params } from '@angular/router';
import { HISTORY_ENTITY_TYPES, type HistoryEntityType } from '@samarbeid/shared/domain';
import { knownValue, withoutUnset } from '@samarbeid/web/data-access';
import type { AuditFilter } from '@samarbeid/web/graphql';

/** The object types the change log can be searched for (the API's `entityType`). */
export const ENTITY_TYPES = HISTORY_ENTITY_TYPES;
export type EntityType = HistoryEntityType;

export interface HistoryFilters {
  readonly text?: string;
  readonly entityType?: EntityType;
  readonly from?: string;
  readonly to?: string;
}

export const HISTORY_PARAMS: Readonly<Record<keyof HistoryFilters, string>> = {
  text: 'sok',
  entityType: 'type',
  from: 'fra',
  to: 'til',
};

export const HISTORY_TEXT_MAX_LENGTH = 100;

/** No filter chosen: every recorded change. */
export const NO_HISTORY_FILTERS: HistoryFilters = {};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null | undefined): string | undefined {
  return value && ISO_DATE.test(value) ? value : undefined;
}

export function historyFiltersFromParams(params: ParamMap): HistoryFilters {
  const text = params.get(HISTORY_PARAMS.text)?.trim().slice(0, HISTORY_TEXT_MAX_LENGTH);
  const filters: HistoryFilters = {
    text: text || undefined,
    entityType: knownValue(ENTITY_TYPES, params.get(HISTORY_PARAMS.entityType)),
    from: date(params.get(HISTORY_PARAMS.from)),
    to: date(params.get(HISTORY_PARAMS.to)),
  };
  return withoutUnset(filters);
}

export function historyFiltersToParams(filters: HistoryFilters): Params {
  return {
    [HISTORY_PARAMS.text]: filters.text?.trim() || null,
    [HISTORY_PARAMS.entityType]: filters.entityType ?? null,
    [HISTORY_PARAMS.from]: filters.from || null,
    [HISTORY_PARAMS.to]: filters.to || null,
  };
}

export function historyFiltersToVariables(filters: HistoryFilters): AuditFilter {
  const filter: AuditFilter = {};
  if (filters.text) filter.text = filters.text;
  if (filters.entityType) filter.entityType = filters.entityType;
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  return filter;
}
