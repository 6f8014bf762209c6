import { describe, expect, it } from '@jest/globals';
import { gql } from '@apollo/client';
import { createCache } from '@samarbeid/web/data-access';

import { participation, T7_ID } from '../../testing/portfolio-fixtures';
import { forgetParticipationFilteredLists } from './participation-cache';

const LIST = gql`
  query List($filter: MeasureFilter) {
    measures(regionSlug: "k", filter: $filter, first: 20) {
      totalCount
      nodes {
        id
        participation {
          measureId
          municipalityNumber
          state
          reason
        }
      }
    }
  }
`;

const SET_PARTICIPATION = gql`
  mutation Set {
    setParticipation(input: { measureId: "m", municipalityNumber: "3334", state: OPTED_OUT }) {
      measureId
      municipalityNumber
      state
      reason
      updatedAt
    }
  }
`;

interface List {
  measures: {
    nodes: { participation: { municipalityNumber: string; state: string; reason: string | null }[] }[];
  };
}

describe('participation in the cache', () => {
  it("a setParticipation answer updates the cached measure's entry; lists filtered by participation are dropped", () => {
    const cache = createCache();
    const data = {
      measures: {
        __typename: 'MeasureConnection',
        totalCount: 1,
        nodes: [{ __typename: 'Measure', id: T7_ID, participation: participation() }],
      },
    };
    cache.writeQuery({ query: LIST, variables: { filter: null }, data });
    cache.writeQuery({ query: LIST, variables: { filter: { participatingMunicipality: '3334' } }, data });

    // What Apollo does with the mutation's answer, followed by the component's update function.
    cache.writeQuery({
      query: SET_PARTICIPATION,
      data: {
        setParticipation: {
          __typename: 'Participation',
          measureId: T7_ID,
          municipalityNumber: '3334',
          state: 'OPTED_OUT',
          reason: 'Egen avtale.',
          updatedAt: '2026-03-01T10:00:00.000Z',
        },
      },
    });
    forgetParticipationFilteredLists(cache);

    const all = cache.readQuery<List>({ query: LIST, variables: { filter: null } });
    const entries = all?.measures.nodes[0].participation ?? [];
    expect(entries.find((p) => p.municipalityNumber === '3334')).toMatchObject({
      state: 'OPTED_OUT',
      reason: 'Egen avtale.',
    });
    expect(entries.filter((p) => p.state === 'PARTICIPATING')).toHaveLength(6);
    expect(
      cache.readQuery({ query: LIST, variables: { filter: { participatingMunicipality: '3334' } } }),
    ).toBeNull();
  });
});
