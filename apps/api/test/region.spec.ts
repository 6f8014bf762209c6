import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROLES } from '@samarbeid/shared/domain';
import { passwordGrantToken } from '@samarbeid/tools/stack';

import { bootTestApp, errorCode, TestApp, testIssuerUrl } from './support/test-app';

const REGION = `query Region($slug: String!, $first: Int!, $after: String) {
  region(slug: $slug) {
    slug
    name
    municipalities(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { number name population { year count source } }
    }
  }
}`;

interface RegionData {
  region: {
    slug: string;
    name: string;
    municipalities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        number: string;
        name: string;
        population: { year: number; count: number; source: string } | null;
      }[];
    };
  };
}

/** One demo user per role. */
const USER_OF_ROLE: Record<(typeof ROLES)[number], string> = {
  secretariat: 'sekretariat',
  'network-leader': 'leder.teknisk',
  'network-member': 'medlem.tinn',
  'municipal-director': 'direktor.kongsberg',
  viewer: 'politiker',
};

describe('regions and municipalities', () => {
  let api: TestApp;
  let secretariat: string;

  beforeAll(async () => {
    api = await bootTestApp();
    secretariat = await passwordGrantToken(testIssuerUrl(), 'sekretariat');
  });
  afterAll(() => api.close());

  it('shows Kongsbergregionen with its 7 municipalities, numbers, names and populations from PostgreSQL', async () => {
    const response = await api.gql<RegionData>(REGION, {
      token: secretariat,
      variables: { slug: 'kongsbergregionen', first: 50 },
    });
    expect(response.errors).toBeUndefined();
    const region = response.data?.region;
    expect(region?.name).toBe('Kongsbergregionen');
    expect(region?.municipalities.totalCount).toBe(7);
    expect(region?.municipalities.pageInfo.hasNextPage).toBe(false);
    expect(region?.municipalities.nodes.map((m) => [m.number, m.name, m.population?.count])).toEqual([
      ['3303', 'Kongsberg', 28848],
      ['3334', 'Flesberg', 2781],
      ['3336', 'Rollag', 1395],
      ['3338', 'Nore og Uvdal', 2486],
      ['4005', 'Notodden', 13266],
      ['4024', 'Hjartdal', 1630],
      ['4026', 'Tinn', 5533],
    ]);
    expect(region?.municipalities.nodes.every((m) => m.population?.year === 2025)).toBe(true);
  });

  it('pages through the members with opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: Awaited<ReturnType<typeof api.gql<RegionData>>> = await api.gql<RegionData>(REGION, {
        token: secretariat,
        variables: { slug: 'kongsbergregionen', first: 3, after },
      });
      const connection = response.data?.region.municipalities;
      expect(connection?.totalCount).toBe(7);
      seen.push(...(connection?.nodes.map((m) => m.number) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['3303', '3334', '3336', '3338', '4005', '4024', '4026']);
  });

  it('lists the demo regions: Hallingdal with 6 members, and Øvre Eiker’s reference plan with its one', async () => {
    const response = await api.gql<{
      regions: { totalCount: number; nodes: { slug: string; municipalities: { totalCount: number } }[] };
    }>('{ regions(first: 10) { totalCount nodes { slug municipalities(first: 1) { totalCount } } } }', {
      token: secretariat,
    });
    expect(response.data?.regions.totalCount).toBe(3);
    expect(response.data?.regions.nodes).toEqual([
      { slug: 'hallingdal', municipalities: { totalCount: 6 } },
      { slug: 'kongsbergregionen', municipalities: { totalCount: 7 } },
      { slug: 'ovre-eiker', municipalities: { totalCount: 1 } },
    ]);
  });

  it.each(Object.entries(USER_OF_ROLE))('lets the %s role read the region', async (_role, username) => {
    const token = await passwordGrantToken(testIssuerUrl(), username);
    const response = await api.gql<RegionData>(REGION, {
      token,
      variables: { slug: 'kongsbergregionen', first: 1 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.region.municipalities.nodes).toHaveLength(1);
  });

  it('refuses an anonymous caller', async () => {
    const response = await api.gql(REGION, { variables: { slug: 'kongsbergregionen', first: 10 } });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND with a sentence for an unknown region', async () => {
    const response = await api.gql(REGION, {
      token: secretariat,
      variables: { slug: 'finnes-ikke', first: 10 },
    });
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toBe('Fant ingen region med kortnavnet «finnes-ikke».');
  });

  it.each([
    [
      { slug: 'Kongsberg Regionen', first: 10 },
      'Kortnavnet kan bare ha små bokstaver a–z, sifre og bindestrek.',
    ],
    [{ slug: 'kongsbergregionen', first: 0 }, 'first må være minst 1.'],
    [{ slug: 'kongsbergregionen', first: 500 }, 'first kan være høyst 200.'],
    [
      { slug: 'kongsbergregionen', first: 10, after: 'ikke-en-markør' },
      'Markøren i «after» er ugyldig. Bruk endCursor fra forrige side.',
    ],
  ])('answers BAD_USER_INPUT for %p', async (variables, message) => {
    const response = await api.gql(REGION, { token: secretariat, variables });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(message);
  });
});
