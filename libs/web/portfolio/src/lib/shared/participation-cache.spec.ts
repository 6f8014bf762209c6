import { describe, expect, it } from '@jest/globals';
import { gql } from '@apollo/client';
import { createCache } from '@samarbeid/web/data-access';

import { participation } from '../../testing/portfolio-fixtures';
import { applyParticipation } from './participation-cache';

const LIST = gql`
  query List($filter: MeasureFilter) {
    measures(regionSlug: "k", filter: $filter, first: 20) {
      totalCount
      nodes {
        id
        participation {
          municipalityNumber
          state
          reason
        }
      }
    }
  }
`;

describe('applyParticipation', () => {
  it("updates the cached measure's entry for the municipality and drops lists filtered by participation", () => {
    const cache = createCache();
    const data = {
      measures: {
        __typename: 'MeasureConnection',
        totalCount: 1,
        nodes: [{ __typename: 'Measure', id: 'm1', participation: participation() }],
      },
    };
    cache.writeQuery({ query: LIST, variables: { filter: null }, data });
    cache.writeQuery({ query: LIST, variables: { filter: { participatingMunicipality: '3334' } }, data });

    applyParticipation(cache, 'm1', {
      municipalityNumber: '3334',
      state: 'OPTED_OUT',
      reason: 'Egen avtale.',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });

    const all = cache.readQuery<{
      measures: {
        nodes: { participation: { municipalityNumber: string; state: string; reason: string | null }[] }[];
      };
    }>({
      query: LIST,
      variables: { filter: null },
    });
    const flesberg = all?.measures.nodes[0].participation.find((p) => p.municipalityNumber === '3334');
    expect(flesberg).toMatchObject({ state: 'OPTED_OUT', reason: 'Egen avtale.' });
    expect(all?.measures.nodes[0].participation.filter((p) => p.state === 'PARTICIPATING')).toHaveLength(6);
    expect(
      cache.readQuery({ query: LIST, variables: { filter: { participatingMunicipality: '3334' } } }),
    ).toBeNull();
  });
});
