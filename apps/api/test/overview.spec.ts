import { describe, expect, it } from '@jest/globals';
import Decimal from 'decimal.js';

import { countStatements, measureRef, networkId, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const REGION = `query($slug: String!, $stuck: Int) { regionOverview(regionSlug: $slug, stuckMonths: $stuck) {
  regionName asOf measureCount weightedPotential approvalsWaiting stuckMonths stuckCount blockedCount deadlineMonths
  statusMatrix { status tier networkId networkName count }
  mobilisation { rating count plannedGain weightedGain certaintyPercent }
  savingsGap { year required planned realised }
  benefitYear benefitStatus { status count }
  deadlines { kind date agreementId title }
  stuck { code status since } blocked { code status waitsFor }
  recentDecisions { decidedOn caseReference title body } } }`;

const MUNICIPALITY = `query($number: String!) {
  municipalityOverview(regionSlug: "kongsbergregionen", municipalityNumber: $number) {
    municipalityName measureCount participating optedOut undecided optedOutMeasures { code title reason } } }`;

const NETWORK = `query($id: ID!) { networkOverview(networkId: $id) {
  networkName measureCount measuresByStatus { status count }
  strategy { title goals { title indicators { name latestValue } } actionPlan { year items completed } } } }`;

interface RegionData {
  regionOverview: {
    asOf: string;
    measureCount: number;
    weightedPotential: string;
    approvalsWaiting: number;
    stuckCount: number;
    blockedCount: number;
    statusMatrix: { count: number }[];
    mobilisation: { rating: string | null; count: number; plannedGain: string; weightedGain: string }[];
    savingsGap: { year: number }[];
    deadlines: { kind: string; date: string; title: string }[];
    stuck: { code: string; since: string }[];
    blocked: { code: string; waitsFor: string }[];
    recentDecisions: { caseReference: string }[];
  };
}

describe('overviews', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const count = async (filter: Record<string, unknown>) => {
    const response = await api.gql<{ measures: { totalCount: number } }>(
      `query($filter: MeasureFilter) { measures(regionSlug: "kongsbergregionen", filter: $filter) { totalCount } }`,
      { token: tokens.sekretariat, variables: { filter } },
    );
    return response.data?.measures.totalCount;
  };

  it('shows the secretariat Kongsbergregionen at a glance, each tile equal to the list behind it', async () => {
    const response = await api.gql<RegionData>(REGION, {
      token: tokens.sekretariat,
      variables: { slug: 'kongsbergregionen' },
    });
    expect(response.errors).toBeUndefined();
    const overview = response.data?.regionOverview;
    expect(overview?.measureCount).toBe(31);
    expect(overview?.statusMatrix.reduce((sum, cell) => sum + cell.count, 0)).toBe(31);
    for (const bucket of overview?.mobilisation ?? []) {
      if (bucket.rating) expect(bucket.count).toBe(await count({ mobilisation: [bucket.rating] }));
    }
    const weighted = (overview?.mobilisation ?? []).reduce(
      (sum, b) => sum.plus(b.weightedGain),
      new Decimal(0),
    );
    expect(weighted.equals(overview?.weightedPotential ?? 'NaN')).toBe(true);
    expect(overview?.savingsGap).toHaveLength(2);
    const agreements = await api.gql<{ agreements: { totalCount: number } }>(
      `{ agreements(regionSlug: "kongsbergregionen", filter: { statuses: [SUBMITTED] }) { totalCount } }`,
      { token: tokens.sekretariat },
    );
    expect(overview?.approvalsWaiting).toBe(agreements.data?.agreements.totalCount);
    expect(overview?.recentDecisions.length).toBeLessThanOrEqual(5);
    for (const deadline of overview?.deadlines ?? [])
      expect(deadline.date >= (overview?.asOf ?? '')).toBe(true);
  });

  it('names measures stuck without a status change for the months asked, and measures blocked by a dependency', async () => {
    // A measure with no history: its status last changed when it was made, eight months ago.
    await api.dataSource.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier, status, created_at)
       SELECT region_id, 'S1', 'Stille tiltak', network_id, service_area, tier, 'IN_PROGRESS', now() - interval '8 months'
         FROM measure WHERE code = 'T1' AND region_id = (SELECT id FROM region WHERE slug = 'kongsbergregionen')`,
    );
    const [t2, t3] = [await measureRef(api.dataSource, 'T2'), await measureRef(api.dataSource, 'T3')];
    await api.dataSource.query(`UPDATE measure SET status = 'PROPOSED' WHERE id = $1`, [t3.id]);
    await api.dataSource.query(
      `INSERT INTO measure_dependency (measure_id, depends_on_id, kind) VALUES ($1, $2, 'FINISH') ON CONFLICT DO NOTHING`,
      [t2.id, t3.id],
    );
    const ask = async (stuck: number) =>
      (
        await api.gql<RegionData>(REGION, {
          token: tokens.sekretariat,
          variables: { slug: 'kongsbergregionen', stuck },
        })
      ).data?.regionOverview;
    const six = await ask(6);
    expect(six?.stuck.map((m) => m.code)).toContain('S1');
    expect(six?.stuckCount).toBeGreaterThanOrEqual(six?.stuck.length ?? 0);
    expect((await ask(9))?.stuck.map((m) => m.code)).not.toContain('S1');
    expect(six?.blocked.find((m) => m.code === 'T2')?.waitsFor).toBe('T3');

    // Each tile's count is the length of the measures list it links to (/tiltak?oppfolging=…).
    expect(six?.stuckCount).toBeGreaterThan(0);
    expect(await count({ stuckForMonths: 6 })).toBe(six?.stuckCount);
    expect(await count({ stuckForMonths: 9 })).toBe((await ask(9))?.stuckCount);
    expect(six?.blockedCount).toBeGreaterThan(0);
    expect(await count({ blocked: true })).toBe(six?.blockedCount);
    const listed = await api.gql<{ measures: { nodes: { code: string }[] } }>(
      `{ measures(regionSlug: "kongsbergregionen", first: 100, filter: { blocked: true, stuckForMonths: 6 }) {
           nodes { code } } }`,
      { token: tokens.sekretariat },
    );
    const both = new Set(six?.stuck.map((m) => m.code));
    expect(listed.data?.measures.nodes.map((m) => m.code).sort()).toEqual(
      (six?.blocked ?? [])
        .map((m) => m.code)
        .filter((code) => both.has(code))
        .sort(),
    );
    const refused = await api.gql(
      `{ measures(regionSlug: "kongsbergregionen", filter: { stuckForMonths: 0 }) { totalCount } }`,
      { token: tokens.sekretariat },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'Tiden uten statusendring må være et helt antall måneder fra 1 til 36.',
    );
  });

  it('answers the region overview with a bounded number of statements, however many measures', async () => {
    const run = () =>
      api.gql<RegionData>(REGION, { token: tokens.sekretariat, variables: { slug: 'kongsbergregionen' } });
    const before = await countStatements(api.dataSource, run);
    await api.dataSource.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier, mobilisation)
       SELECT m.region_id, 'Y' || n, 'Ekstra ' || n, m.network_id, m.service_area, m.tier,
              (ARRAY['GREEN', 'YELLOW', 'RED'])[1 + n % 3]
         FROM measure m, generate_series(1, 300) n WHERE m.code = 'T1'`,
    );
    const response = await run();
    expect(response.data?.regionOverview.measureCount).toBeGreaterThan(300);
    const after = await countStatements(api.dataSource, run);
    expect(after).toBe(before);
    expect(before).toBeLessThanOrEqual(12);
    await api.dataSource.query(`DELETE FROM measure WHERE code LIKE 'Y%'`);
  });

  it("lets a director of a member municipality see the region, and refuses another region's", async () => {
    const own = await api.gql<RegionData>(REGION, {
      token: tokens['direktor.flesberg'],
      variables: { slug: 'kongsbergregionen' },
    });
    expect(own.errors).toBeUndefined();
    const other = await api.gql(REGION, {
      token: tokens['direktor.flesberg'],
      variables: { slug: 'hallingdal' },
    });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const zero = await api.gql(REGION, {
      token: tokens.sekretariat,
      variables: { slug: 'kongsbergregionen', stuck: 0 },
    });
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0]?.message).toMatch(/måneder/);
  });

  it("shows a municipality's part: takes part in X of Y, opted out of Z with reasons", async () => {
    const response = await api.gql<{
      municipalityOverview: {
        municipalityName: string;
        measureCount: number;
        participating: number;
        optedOut: number;
        undecided: number;
        optedOutMeasures: { code: string; reason: string }[];
      };
    }>(MUNICIPALITY, { token: tokens.politiker, variables: { number: '3334' } });
    expect(response.errors).toBeUndefined();
    const overview = response.data?.municipalityOverview;
    expect(overview?.municipalityName).toBe('Flesberg');
    expect(overview?.participating).toBe(await count({ participatingMunicipality: '3334' }));
    expect(overview?.optedOut).toBe(overview?.optedOutMeasures.length);
    expect(overview?.optedOutMeasures.every((m) => m.reason.length > 0)).toBe(true);
    expect((overview?.participating ?? 0) + (overview?.optedOut ?? 0) + (overview?.undecided ?? 0)).toBe(
      overview?.measureCount,
    );

    const kongsberg = await api.gql<{ municipalityOverview: { optedOutMeasures: { code: string }[] } }>(
      MUNICIPALITY,
      { token: tokens['direktor.kongsberg'], variables: { number: '3303' } },
    );
    expect(kongsberg.data?.municipalityOverview.optedOutMeasures.map((m) => m.code)).toContain('T7');
    const another = await api.gql(MUNICIPALITY, {
      token: tokens['direktor.flesberg'],
      variables: { number: '3303' },
    });
    expect(errorCode(another)).toBe('FORBIDDEN');
  });

  it('shows a network leader their network: measures by status, strategy goals with indicators, action plan', async () => {
    const led = await api.gql<{ ledNetworkOverviews: { networkId: string; networkName: string }[] }>(
      '{ ledNetworkOverviews { networkId networkName } }',
      { token: tokens['leder.teknisk'] },
    );
    expect(led.errors).toBeUndefined();
    const teknisk = await networkId(api.dataSource, 'TEKNISK');
    expect(led.data?.ledNetworkOverviews.map((n) => n.networkId)).toContain(teknisk);
    const response = await api.gql<{
      networkOverview: {
        measureCount: number;
        measuresByStatus: { status: string; count: number }[];
        strategy: { goals: { indicators: unknown[] }[] } | null;
      };
    }>(NETWORK, { token: tokens['leder.teknisk'], variables: { id: teknisk } });
    expect(response.errors).toBeUndefined();
    const overview = response.data?.networkOverview;
    expect(overview?.measureCount).toBe(await count({ networkIds: [teknisk] }));
    for (const row of overview?.measuresByStatus ?? []) {
      expect(row.count).toBe(await count({ networkIds: [teknisk], statuses: [row.status] }));
    }
    const other = await api.gql(NETWORK, {
      token: tokens['leder.teknisk'],
      variables: { id: await networkId(api.dataSource, 'OPPVEKST') },
    });
    expect(errorCode(other)).toBe('FORBIDDEN');
  });
});
