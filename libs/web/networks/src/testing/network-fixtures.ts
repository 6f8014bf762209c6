/**
 * Test data for the networks specs: Teknisk nettverk (led by Tor Teknisk) and its draft strategy 2026–2029 as the
 * API returns them (with `__typename`, so the Apollo cache normalises them as in the app), and the demo users.
 */
import type {
  ApiResult,
  NetworkAdminQuery,
  NetworkDetailQuery,
  StrategyDetailQuery,
} from '@samarbeid/web/graphql';
import { KDU_NETWORK_ID, municipalityConnection, TEKNISK_NETWORK_ID } from '@samarbeid/web/testing';

import type { StrategyDetail } from '../lib/strategy/strategy-draft';

export const TEKNISK_ID = TEKNISK_NETWORK_ID;
export { KDU_NETWORK_ID };
export const STRATEGY_ID = '5d7e0c1a-7a3b-4c2d-9e8f-0a1b2c3d4e5f';
export const KDU_4_26 = 'd0000000-0000-4000-8000-000000000426';

const LEADER_MEMBER = {
  __typename: 'NetworkMember',
  id: 'member-tor',
  role: 'LEADER',
  email: 'tor.teknisk@example.no',
} as const;

function measure(code: string, title: string) {
  return { __typename: 'Measure', id: `id-${code}`, code, title } as const;
}

/** The seeded draft: two goals with one indicator each, and the 2026 action plan T5, T7, T2. */
export function strategy(overrides: Partial<StrategyDetail> = {}): StrategyDetail {
  return {
    __typename: 'Strategy',
    id: STRATEGY_ID,
    title: 'Strategi for teknisk nettverk 2026–2029',
    periodFrom: 2026,
    periodTo: 2029,
    consultationEndsOn: null,
    status: 'DRAFT',
    version: 4,
    goals: [
      {
        __typename: 'StrategyGoal',
        id: 'goal-1',
        title: 'Robuste fagmiljøer i alle kommunene',
        description: 'Ingen kommune skal stå uten kompetanse.',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'indicator-1',
            name: 'Kommuner med tilgang til byggesakskompetanse',
            unit: 'antall',
            baselineYear: 2025,
            baselineValue: '4',
            targetYear: 2029,
            targetValue: '7',
            direction: 'INCREASE',
          },
        ],
      },
      {
        __typename: 'StrategyGoal',
        id: 'goal-2',
        title: 'Raskere og likere saksbehandling',
        description: '',
        indicators: [
          {
            __typename: 'Indicator',
            id: 'indicator-2',
            name: 'Median behandlingstid byggesak',
            unit: 'dager',
            baselineYear: 2025,
            baselineValue: '38.5',
            targetYear: 2029,
            targetValue: '21',
            direction: 'DECREASE',
          },
        ],
      },
    ],
    actionPlan: [
      {
        __typename: 'ActionPlanItem',
        year: 2026,
        priority: 1,
        measure: measure('T5', 'Eiendomsskatt'),
        latestReport: {
          __typename: 'ActionPlanItemReport',
          reportId: 'report-t5',
          periodId: 'period-h1',
          periodName: '1. halvår 2026',
          state: 'SUBMITTED',
          rag: 'YELLOW',
          progressPercent: 35,
        },
      },
      {
        __typename: 'ActionPlanItem',
        year: 2026,
        priority: 2,
        measure: measure('T7', 'Byggesakstjenester'),
        latestReport: null,
      },
      {
        __typename: 'ActionPlanItem',
        year: 2026,
        priority: 3,
        measure: measure('T2', 'Tjenestekjøp'),
        latestReport: null,
      },
    ],
    adoptedBy: null,
    network: { __typename: 'Network', id: TEKNISK_ID, name: 'Teknisk nettverk', members: [LEADER_MEMBER] },
    ...overrides,
  } as StrategyDetail;
}

export function strategyResult(overrides: Partial<StrategyDetail> = {}): StrategyDetailQuery {
  return { strategy: strategy(overrides) };
}

export function networkResult(): NetworkDetailQuery {
  const result: ApiResult<NetworkDetailQuery> = {
    network: {
      __typename: 'Network',
      id: TEKNISK_ID,
      name: 'Teknisk nettverk',
      kind: 'LEADER_NETWORK',
      serviceArea: 'TECHNICAL',
      parent: { __typename: 'Network', id: KDU_NETWORK_ID, name: 'Kommunedirektørutvalget' },
      members: [
        {
          __typename: 'NetworkMember',
          id: 'member-tor',
          personName: 'Tor Teknisk',
          email: 'tor.teknisk@example.no',
          municipalityNumber: '4005',
          role: 'LEADER',
        },
        {
          __typename: 'NetworkMember',
          id: 'member-kari',
          personName: 'Kari Nordby',
          email: null,
          municipalityNumber: '3303',
          role: 'MEMBER',
        },
      ],
      strategies: [
        {
          __typename: 'Strategy',
          id: STRATEGY_ID,
          title: 'Strategi for teknisk nettverk 2026–2029',
          periodFrom: 2026,
          periodTo: 2029,
          status: 'DRAFT',
          version: 4,
        },
      ],
    },
  };
  return result;
}

export { DEMO_USERS as USERS, provideUser } from '@samarbeid/web/testing';

/** Teknisk nettverk as the secretariat's tools read it: its mandate, Tor leading since 2025, Kari who left. */
export function networkAdminResult(overrides: Partial<NetworkAdminQuery['network']> = {}): NetworkAdminQuery {
  const result: ApiResult<NetworkAdminQuery> = {
    network: {
      __typename: 'Network',
      id: TEKNISK_ID,
      name: 'Teknisk nettverk',
      kind: 'LEADER_NETWORK',
      serviceArea: 'TECHNICAL',
      mandate: 'Samordne de tekniske tjenestene.',
      endsOn: null,
      closedOn: null,
      version: 3,
      parent: { __typename: 'Network', id: KDU_NETWORK_ID },
      memberHistory: [
        {
          __typename: 'NetworkMember',
          id: 'member-tor',
          personName: 'Tor Teknisk',
          email: 'tor.teknisk@example.no',
          municipalityNumber: '4005',
          role: 'LEADER',
          validFrom: '2025-01-01',
          validTo: null,
          hasUser: true,
        },
        {
          __typename: 'NetworkMember',
          id: 'member-kari',
          personName: 'Kari Nordby',
          email: null,
          municipalityNumber: '3303',
          role: 'MEMBER',
          validFrom: '2025-01-01',
          validTo: '2025-06-01',
          hasUser: true,
        },
      ],
      ...overrides,
    },
    networks: {
      __typename: 'NetworkConnection',
      nodes: [
        { __typename: 'Network', id: KDU_NETWORK_ID, name: 'Kommunedirektørutvalget', closedOn: null },
        // The same network as above: the cache keeps one of it.
        {
          __typename: 'Network',
          id: TEKNISK_ID,
          name: 'Teknisk nettverk',
          closedOn: overrides.closedOn ?? null,
        },
      ],
    },
    preparednessPeople: [
      {
        __typename: 'PreparednessPerson',
        userId: 'user-marte',
        name: 'Marte Moen',
        municipalityNumber: '4026',
      },
      {
        __typename: 'PreparednessPerson',
        userId: 'user-tor',
        name: 'Tor Teknisk',
        municipalityNumber: '4005',
      },
    ],
    region: {
      __typename: 'Region',
      id: 'region-kongsberg',
      slug: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      municipalities: municipalityConnection([
        ['3303', 'Kongsberg'],
        ['4005', 'Notodden'],
        ['4026', 'Tinn'],
      ]),
    },
  };
  return result;
}
