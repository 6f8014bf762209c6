import type { ApolloCache } from '@apollo/client';

/**
 * After a participation change. The answer is a `Participation` with its `measureId`, which the cache keeps per
 * measure and municipality (see `createCache`): writing it has already updated the entry that every view of the
 * measure shows (its tab, the portfolio table's count, the participation matrix). Lists filtered by a
 * participating municipality may now be wrong: they are dropped and fetched again when next shown.
 */
export function forgetParticipationFilteredLists(cache: ApolloCache): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      measures: (existing: unknown, { storeFieldName, DELETE }) =>
        storeFieldName.includes('participatingMunicipality') ? DELETE : existing,
    },
  });
}
