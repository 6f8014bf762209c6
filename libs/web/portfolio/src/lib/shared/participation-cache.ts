import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

export interface ParticipationChange {
  readonly municipalityNumber: string;
  readonly state: string;
  readonly reason: string | null;
  readonly updatedAt: string | null;
}

/**
 * Writes a municipality's new participation into the cached measure, so that every view of it (the measure's
 * tab, the portfolio table's count, the participation matrix) shows it at once. Lists filtered by a
 * participating municipality may now be wrong: they are dropped and fetched again when next shown.
 */
export function applyParticipation(cache: ApolloCache, measureId: string, change: ParticipationChange): void {
  const id = cache.identify({ __typename: 'Measure', id: measureId });
  if (id) {
    cache.modify<{ participation: readonly (StoreObject | Reference)[] }>({
      id,
      fields: {
        participation: (entries, { readField }) =>
          entries.map((entry) =>
            readField('municipalityNumber', entry) === change.municipalityNumber
              ? ({ ...(entry as StoreObject), ...change } as StoreObject)
              : entry,
          ),
      },
    });
  }
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      measures: (existing, { storeFieldName, DELETE }) =>
        storeFieldName.includes('participatingMunicipality') ? DELETE : existing,
    },
  });
}
