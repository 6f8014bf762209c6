/**
 * Property: on any portfolio, every figure of the overviews equals the sum of the list it links to — the measures
 * list with the same filter, the region's economics page. Random portfolios in fresh regions on the real database.
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_BENEFIT_THRESHOLDS } from '@samarbeid/shared/domain';
import { benefitStatus } from '@samarbeid/shared/domain/allocation';
import Decimal from 'decimal.js';
import fc from 'fast-check';

import { useDemoTokens } from './support/portfolio';
import { TestApp, useTestApp } from './support/test-app';

const STATUSES = [
  'PROPOSED',
  'UNDER_ASSESSMENT',
  'DECIDED',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'PAUSED',
];
const TIERS = ['NETWORK', 'PROJECT', 'SERVICE_PURCHASE'];
const RATINGS = ['GREEN', 'YELLOW', 'RED'] as const;
const MEMBER = '3303';
const YEAR = Number(
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date()),
);
const amount = fc.integer({ min: 0, max: 5_000_000 }).map((n) => (n / 100).toFixed(2));

const measureArb = fc.record({
  network: fc.nat({ max: 2 }),
  status: fc.constantFrom(...STATUSES),
  tier: fc.constantFrom(...TIERS),
  mobilisation: fc.constantFrom(null, ...RATINGS),
  participation: fc.constantFrom(null, 'PARTICIPATING', 'OPTED_OUT', 'UNDECIDED'),
  benefit: fc.option(
    fc.record({
      fteCost: fc.option(fc.integer({ min: 1, max: 900_000 })),
      planned: fc.array(fc.record({ year: fc.integer({ min: YEAR - 1, max: YEAR + 1 }), value: amount }), {
        maxLength: 3,
      }),
      realised: fc.array(fc.record({ year: fc.integer({ min: YEAR - 1, max: YEAR + 1 }), value: amount }), {
        maxLength: 2,
      }),
    }),
  ),
});

const portfolioArb = fc.record({
  networks: fc.integer({ min: 1, max: 3 }),
  measures: fc.array(measureArb, { maxLength: 14 }),
  requirements: fc.array(
    fc.record({ year: fc.constantFrom(YEAR, YEAR + 1), value: amount, municipal: fc.boolean() }),
    {
      maxLength: 3,
    },
  ),
});
type Portfolio = typeof portfolioArb extends fc.Arbitrary<infer T> ? T : never;

let regions = 0;

/** Inserts the portfolio in a region of its own and returns the region's slug and network ids. */
async function insert(api: TestApp, portfolio: Portfolio): Promise<{ slug: string; networkIds: string[] }> {
  const slug = `egenskap-${++regions}`;
  const db = api.dataSource;
  const [{ id: regionId }]: { id: string }[] = await db.query(
    `INSERT INTO region (slug, name) VALUES ($1, $2) RETURNING id`,
    [slug, `Egenskapsregion ${regions}`],
  );
  await db.query(
    `INSERT INTO region_membership (region_id, municipality_number, valid_from) VALUES ($1, $2, DATE '2020-01-01')`,
    [regionId, MEMBER],
  );
  const networkIds: string[] = [];
  for (let n = 0; n < portfolio.networks; n++) {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO network (region_id, key, name, kind, service_area)
       VALUES ($1, $2, $3, 'PROFESSIONAL_NETWORK', 'TECHNICAL') RETURNING id`,
      [regionId, `N${n}`, `Nettverk ${n}`],
    );
    networkIds.push(id);
  }
  for (const [index, measure] of portfolio.measures.entries()) {
    const networkId = networkIds[measure.network % networkIds.length];
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier, status, mobilisation)
       VALUES ($1, $2, $3, $4, 'TECHNICAL', $5, $6, $7) RETURNING id`,
      [
        regionId,
        `E${index + 1}`,
        `Tiltak ${index + 1}`,
        networkId,
        measure.tier,
        measure.status,
        measure.mobilisation,
      ],
    );
    if (measure.participation) {
      await db.query(
        `INSERT INTO participation (measure_id, municipality_number, state, reason, updated_by)
         VALUES ($1, $2, $3, $4, 'test')`,
        [id, MEMBER, measure.participation, measure.participation === 'OPTED_OUT' ? 'Ikke aktuelt' : null],
      );
    }
    if (measure.benefit) {
      const fte = measure.benefit.fteCost !== null;
      const [{ id: benefitId }]: { id: string }[] = await db.query(
        `INSERT INTO benefit (measure_id, title, type, unit_kind, fte_cost_nok, owner, per_municipality)
         VALUES ($1, 'Gevinst', 'EFFICIENCY', $2, $3, 'Eier', false) RETURNING id`,
        [id, fte ? 'FTE' : 'NOK', measure.benefit.fteCost],
      );
      const plannedYears = new Set<number>();
      for (const value of measure.benefit.planned) {
        if (plannedYears.has(value.year)) continue;
        plannedYears.add(value.year);
        await db.query(`INSERT INTO benefit_plan_value (benefit_id, year, planned) VALUES ($1, $2, $3)`, [
          benefitId,
          value.year,
          value.value,
        ]);
      }
      for (const value of measure.benefit.realised) {
        await db.query(
          `INSERT INTO benefit_actual (benefit_id, year, municipality_number, value, comment, recorded_by_id)
           VALUES ($1, $2, $3, $4, '', 'test')`,
          [benefitId, value.year, MEMBER, value.value],
        );
      }
    }
  }
  const seen = new Set<string>();
  for (const requirement of portfolio.requirements) {
    const key = `${requirement.year}/${requirement.municipal}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await db.query(
      `INSERT INTO savings_requirement (region_id, year, municipality_number, amount) VALUES ($1, $2, $3, $4)`,
      [regionId, requirement.year, requirement.municipal ? MEMBER : null, requirement.value],
    );
  }
  return { slug, networkIds };
}

interface Overview {
  measureCount: number;
  statusMatrix: { status: string; tier: string; networkId: string; count: number }[];
  mobilisation: { rating: string | null; count: number; plannedGain: string }[];
  savingsGap: { year: number; required: string; planned: string; realised: string }[];
  benefitStatus: { status: string; count: number }[];
}

const OVERVIEW = `query($slug: String!) { regionOverview(regionSlug: $slug) {
  measureCount statusMatrix { status tier networkId count } mobilisation { rating count plannedGain }
  savingsGap { year required planned realised } benefitStatus { status count } } }`;
const MEASURES = `query($slug: String!, $filter: MeasureFilter) {
  measures(regionSlug: $slug, filter: $filter, first: 200) { totalCount nodes { code } } }`;
const ECONOMICS = `query($slug: String!) { regionEconomics(regionSlug: $slug) {
  years { year required planned realised }
  measures { code plannedGain { year amount } realisedGain { year amount } } } }`;

interface Economics {
  years: { year: number; required: string; planned: string; realised: string }[];
  measures: {
    code: string;
    plannedGain: { year: number; amount: string }[];
    realisedGain: { year: number; amount: string }[];
  }[];
}

const same = (a: string, b: string) => new Decimal(a).equals(b);

describe('overview figures equal the lists they link to (property)', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  async function ask<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    const response = await api.gql<T>(document, { token: tokens.sekretariat, variables });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }
  const measures = async (slug: string, filter: Record<string, unknown>) =>
    (await ask<{ measures: { totalCount: number; nodes: { code: string }[] } }>(MEASURES, { slug, filter }))
      .measures;

  it('holds for random portfolios', async () => {
    await fc.assert(
      fc.asyncProperty(portfolioArb, async (portfolio) => {
        const { slug, networkIds } = await insert(api, portfolio);
        const { regionOverview: overview } = await ask<{ regionOverview: Overview }>(OVERVIEW, { slug });
        const { regionEconomics: economics } = await ask<{ regionEconomics: Economics }>(ECONOMICS, { slug });

        // Status × tier × network: each cell is the measures list with those three filters.
        expect(overview.measureCount).toBe((await measures(slug, {})).totalCount);
        for (const cell of overview.statusMatrix) {
          const list = await measures(slug, {
            statuses: [cell.status],
            tiers: [cell.tier],
            networkIds: [cell.networkId],
          });
          expect(list.totalCount).toBe(cell.count);
        }

        // Mobilisation: each colour is the list filtered by it, its gain the economics page's gains of that list.
        const plannedOf = (codes: Set<string>) =>
          economics.measures
            .filter((m) => codes.has(m.code))
            .flatMap((m) => m.plannedGain.map((y) => y.amount))
            .reduce((sum, value) => sum.plus(value), new Decimal(0))
            .toFixed();
        const rated = new Set<string>();
        for (const rating of RATINGS) {
          const list = await measures(slug, { mobilisation: [rating] });
          const bucket = overview.mobilisation.find((b) => b.rating === rating);
          expect(bucket?.count).toBe(list.totalCount);
          const codes = new Set(list.nodes.map((node) => node.code));
          codes.forEach((code) => rated.add(code));
          expect(same(bucket?.plannedGain ?? 'NaN', plannedOf(codes))).toBe(true);
        }
        const unrated = overview.mobilisation.find((b) => b.rating === null);
        const all = new Set((await measures(slug, {})).nodes.map((node) => node.code));
        const unratedCodes = new Set([...all].filter((code) => !rated.has(code)));
        expect(unrated?.count).toBe(unratedCodes.size);
        expect(same(unrated?.plannedGain ?? 'NaN', plannedOf(unratedCodes))).toBe(true);

        // Savings gap: the economics page's years (zero where it has none).
        for (const year of overview.savingsGap) {
          const page = economics.years.find((y) => y.year === year.year);
          expect(same(year.required, page?.required ?? '0')).toBe(true);
          expect(same(year.planned, page?.planned ?? '0')).toBe(true);
          expect(same(year.realised, page?.realised ?? '0')).toBe(true);
        }

        // Benefit status this year: from the economics page's planned and realised per measure.
        const thresholds = DEFAULT_BENEFIT_THRESHOLDS;
        const expected: Record<string, number> = { GREEN: 0, YELLOW: 0, RED: 0, NOT_MEASURED: 0 };
        for (const m of economics.measures) {
          const planned = m.plannedGain.find((y) => y.year === YEAR);
          const realised = m.realisedGain.find((y) => y.year === YEAR);
          if (!planned && !realised) continue;
          expected[
            benefitStatus(planned?.amount ?? '0', realised?.amount ?? null, thresholds)?.status ??
              'NOT_MEASURED'
          ]++;
        }
        expect(Object.fromEntries(overview.benefitStatus.map((s) => [s.status, s.count]))).toEqual(expected);

        // The municipality: takes part in the measures the list filtered by it shows.
        const { municipalityOverview: municipality } = await ask<{
          municipalityOverview: {
            measureCount: number;
            participating: number;
            optedOut: number;
            undecided: number;
          };
        }>(
          `query($slug: String!) { municipalityOverview(regionSlug: $slug, municipalityNumber: "${MEMBER}") {
             measureCount participating optedOut undecided } }`,
          { slug },
        );
        expect(municipality.participating).toBe(
          (await measures(slug, { participatingMunicipality: MEMBER })).totalCount,
        );
        expect(municipality.measureCount).toBe(all.size);
        expect(municipality.participating + municipality.optedOut + municipality.undecided).toBe(all.size);

        // Each network: its measures by status are the list filtered by network and status.
        for (const networkId of networkIds) {
          const { networkOverview: network } = await ask<{
            networkOverview: { measureCount: number; measuresByStatus: { status: string; count: number }[] };
          }>(
            `query($id: ID!) { networkOverview(networkId: $id) { measureCount measuresByStatus { status count } } }`,
            { id: networkId },
          );
          expect(network.measureCount).toBe((await measures(slug, { networkIds: [networkId] })).totalCount);
          for (const row of network.measuresByStatus) {
            expect(row.count).toBe(
              (await measures(slug, { networkIds: [networkId], statuses: [row.status] })).totalCount,
            );
          }
        }
      }),
      { numRuns: 12 },
    );
    // Twelve random regions, each inserted and read with some forty requests: about 15 s on an idle 2-core
    // machine, past Jest's 30 s default when the machine is busy (a CI run beside other work). Not a timing check.
  }, 120_000);
});
