import { describe, expect, it } from '@jest/globals';
import { gql } from '@apollo/client';

import { createCache } from './provide-graphql';

const MEASURES = gql`
  query Page($filter: MeasureFilter, $after: String) {
    measures(regionSlug: "k", filter: $filter, first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
      }
    }
  }
`;

const PARTICIPATION = gql`
  query Participation($full: Boolean!) {
    measure(id: "m1") {
      id
      participation {
        measureId
        municipalityNumber
        state
        reason @include(if: $full)
      }
    }
  }
`;

function page(codes: string[], endCursor: string | null) {
  return {
    measures: {
      __typename: 'MeasureConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes: codes.map((code) => ({ __typename: 'Measure', id: `id-${code}`, code })),
    },
  };
}

interface Page {
  measures: { nodes: { code: string }[]; pageInfo: { endCursor: string | null } };
}

describe('createCache', () => {
  it('appends a page fetched with `after`, and starts again without it', () => {
    const cache = createCache();
    cache.writeQuery({ query: MEASURES, variables: { filter: {} }, data: page(['T1', 'T2'], 'c2') });
    cache.writeQuery({ query: MEASURES, variables: { filter: {}, after: 'c2' }, data: page(['T3'], null) });
    const read = cache.readQuery<Page>({ query: MEASURES, variables: { filter: {} } });
    expect(read?.measures.nodes.map((n) => n.code)).toEqual(['T1', 'T2', 'T3']);
    expect(read?.measures.pageInfo.endCursor).toBeNull();

    cache.writeQuery({ query: MEASURES, variables: { filter: {} }, data: page(['T1', 'T2'], 'c2') });
    expect(
      cache.readQuery<Page>({ query: MEASURES, variables: { filter: {} } })?.measures.nodes,
    ).toHaveLength(2);
  });

  it('keeps lists with different filters apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: MEASURES, variables: { filter: {} }, data: page(['T1', 'T2'], 'c2') });
    cache.writeQuery({
      query: MEASURES,
      variables: { filter: { serviceAreas: ['HR'] } },
      data: page(['HR1'], null),
    });
    expect(
      cache.readQuery<Page>({ query: MEASURES, variables: { filter: {} } })?.measures.nodes,
    ).toHaveLength(2);
  });

  it('keeps a participation entry per measure and municipality, so a narrower query does not wipe other fields', () => {
    const cache = createCache();
    const entry = (state: string, reason: string | null) => ({
      __typename: 'Participation',
      measureId: 'm1',
      municipalityNumber: '3334',
      state,
      reason,
    });
    cache.writeQuery({
      query: PARTICIPATION,
      variables: { full: true },
      data: {
        measure: { __typename: 'Measure', id: 'm1', participation: [entry('OPTED_OUT', 'Egen avtale.')] },
      },
    });
    const narrow = {
      __typename: 'Participation',
      measureId: 'm1',
      municipalityNumber: '3334',
      state: 'OPTED_OUT',
    };
    cache.writeQuery({
      query: PARTICIPATION,
      variables: { full: false },
      data: { measure: { __typename: 'Measure', id: 'm1', participation: [narrow] } },
    });
    const read = cache.readQuery<{ measure: { participation: { reason: string }[] } }>({
      query: PARTICIPATION,
      variables: { full: true },
    });
    expect(read?.measure.participation[0].reason).toBe('Egen avtale.');
    expect(cache.identify(entry('OPTED_OUT', null))).toBe(
      'Participation:{"measureId":"m1","municipalityNumber":"3334"}',
    );

    // A mutation's answer (a Participation with its measure) updates the entry the measure points to.
    cache.writeFragment({
      id: cache.identify(entry('PARTICIPATING', null)),
      fragment: gql`
        fragment Changed on Participation {
          measureId
          municipalityNumber
          state
          reason
        }
      `,
      data: entry('PARTICIPATING', null),
    });
    expect(
      cache.readQuery<{ measure: { participation: { state: string; reason: string | null }[] } }>({
        query: PARTICIPATION,
        variables: { full: true },
      })?.measure.participation[0],
    ).toMatchObject({ state: 'PARTICIPATING', reason: null });
  });
});
