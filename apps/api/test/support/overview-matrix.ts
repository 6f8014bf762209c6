/** The overview feature's queries for query-access.spec.ts (it has no mutations). */
import type { QueryCase } from './matrix';
import { networkId } from './portfolio';

const inRegion = (variables: Record<string, unknown>) => async () => ({
  regionSlug: 'kongsbergregionen',
  ...variables,
});

export const OVERVIEW_QUERIES: readonly QueryCase[] = [
  {
    query: 'regionOverview',
    document: `query($regionSlug: String!, $stuckMonths: Int, $deadlineMonths: Int) {
      regionOverview(regionSlug: $regionSlug, stuckMonths: $stuckMonths, deadlineMonths: $deadlineMonths) {
        measureCount approvalsWaiting } }`,
    variables: inRegion({}),
    // The secretariat and the directors of the region's municipalities (direktor.flesberg: Flesberg).
    readers: ['sekretariat', 'direktor.flesberg'],
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
      { why: 'stuck after 0 months', variables: inRegion({ stuckMonths: 0 }), code: 'BAD_USER_INPUT' },
      {
        why: 'deadlines 100 months ahead',
        variables: inRegion({ deadlineMonths: 100 }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'municipalityOverview',
    document: `query($regionSlug: String!, $number: String!) {
      municipalityOverview(regionSlug: $regionSlug, municipalityNumber: $number) { participating } }`,
    variables: inRegion({ number: '3334' }),
    // The secretariat, and Flesberg's own director and politician.
    readers: ['sekretariat', 'direktor.flesberg', 'politiker'],
    badInput: [
      {
        why: 'a municipality number that is not one',
        variables: inRegion({ number: '33' }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'a municipality outside the region',
        variables: inRegion({ number: '3301' }),
        code: 'NOT_FOUND',
      },
      {
        why: 'an unknown region',
        variables: async () => ({ regionSlug: 'ukjent', number: '3334' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    query: 'networkOverview',
    document:
      'query($networkId: ID!) { networkOverview(networkId: $networkId) { networkName measureCount } }',
    variables: async (api) => ({ networkId: await networkId(api.dataSource, 'TEKNISK') }),
    readers: ['sekretariat', 'leder.teknisk'],
    badInput: [
      {
        why: 'an id that is not one',
        variables: async () => ({ networkId: 'teknisk' }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'an unknown network',
        variables: async () => ({ networkId: '00000000-0000-4000-8000-000000000000' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    query: 'ledNetworkOverviews',
    document: '{ ledNetworkOverviews { networkName measuresByStatus { status count } } }',
    variables: async () => ({}),
    // Anyone with a network role may be named a leader in the app; a member who leads nothing gets an empty list.
    readers: ['leder.teknisk', 'medlem.tinn'],
    badInput: [],
  },
];
