/**
 * Test data and providers for the specs of a measure's economics and benefit-plan tabs: results as the API sends
 * them, typed from the generated operation types (with `__typename`, so the Apollo cache normalises them as in the
 * app), and a signed-in user.
 */
import type { ApiResult, BenefitGoalsQuery } from '@samarbeid/web/graphql';
import { DEMO_USERS, T7_ID, TEKNISK_NETWORK_ID } from '@samarbeid/web/testing';

import type { Benefit, BenefitPlan } from '../lib/measure-benefits/benefit-view';
import type { MeasureEconomics, ShareTable } from '../lib/measure-economics/economics-form';

export { T7_ID, TEKNISK_NETWORK_ID };

/** The demo users, as the web app reads them from the token. */
export const USERS = DEMO_USERS;

/** T7's participants. */
export const PARTICIPANTS: ApiResult<MeasureEconomics['participants']> = [
  { __typename: 'MunicipalityRef', number: '3334', name: 'Flesberg' },
  { __typename: 'MunicipalityRef', number: '3336', name: 'Rollag' },
  { __typename: 'MunicipalityRef', number: '4005', name: 'Notodden' },
];

// ----- Economics ---------------------------------------------------------------------------------------------------

export type CostShare = ShareTable['years'][number]['shares'][number];

/** A participant's share of a year's costs, a third of it unless told otherwise. */
export function costShare(number: string, amount: string, extra: Partial<CostShare> = {}): CostShare {
  const share: ApiResult<CostShare> = {
    __typename: 'CostShare',
    municipalityNumber: number,
    municipalityName: PARTICIPANTS.find((p) => p.number === number)?.name ?? number,
    amount,
    exact: amount,
    change: null,
    explanation: `1/3 × ${amount} kr`,
    explanationEn: `1/3 × ${amount} NOK`,
    roundingParadox: false,
    paradoxExplanation: null,
    paradoxExplanationEn: null,
    ...extra,
  };
  return share;
}

/** The shares per year, with each participant's total over the years. */
export function shareTable(
  years: readonly { year: number; total: string; shares: CostShare[] }[],
  excluded: string[] = [],
): ShareTable {
  const numbers = [...new Set(years.flatMap((y) => y.shares.map((s) => s.municipalityNumber)))].sort();
  const table: ApiResult<ShareTable> = {
    __typename: 'CostShareTable',
    error: null,
    errorEn: null,
    excluded,
    years: years.map((y) => ({
      __typename: 'CostShareYear',
      year: y.year,
      oneOff: '0',
      running: y.total,
      total: y.total,
      shares: y.shares,
    })),
    totals: numbers.map((number) => {
      const shares = years.flatMap((y) => y.shares.filter((s) => s.municipalityNumber === number));
      const amount = String(shares.reduce((sum, s) => sum + Number(s.amount), 0));
      return {
        __typename: 'CostShare',
        municipalityNumber: number,
        municipalityName: shares[0].municipalityName,
        amount,
        exact: amount,
        explanation: 'Sum av årene',
        explanationEn: 'Sum of the years',
      };
    }),
  };
  return table;
}

/** T7's saved shares under an equal key: 400 000 kr in 2026 and 100 000 kr in 2027. */
export const SAVED_SHARES = shareTable([
  {
    year: 2026,
    total: '400000',
    shares: [costShare('3334', '133334'), costShare('3336', '133333'), costShare('4005', '133333')],
  },
  {
    year: 2027,
    total: '100000',
    shares: [costShare('3334', '33334'), costShare('3336', '33333'), costShare('4005', '33333')],
  },
]);

/** A cost line as saved. */
export function measureCost(
  year: number,
  kind: MeasureEconomics['costs'][number]['kind'],
  amount: string,
  note = '',
): MeasureEconomics['costs'][number] {
  const cost: ApiResult<MeasureEconomics['costs'][number]> = {
    __typename: 'MeasureCost',
    year,
    kind,
    amount,
    note,
  };
  return cost;
}

/** T7's economics for 2026–2027, with an equal key; the secretariat's (`viewerCanEdit`) unless overridden. */
export function measureEconomics(overrides: Partial<MeasureEconomics> = {}): MeasureEconomics {
  const economics: ApiResult<MeasureEconomics> = {
    __typename: 'MeasureEconomics',
    measureId: T7_ID,
    measureCode: 'T7',
    measureTitle: 'Byggesakstjenester',
    firstYear: 2026,
    lastYear: 2027,
    version: 4,
    viewerCanEdit: true,
    populationYears: [2025, 2024],
    participants: PARTICIPANTS,
    costs: [
      measureCost(2026, 'ONE_OFF', '300000'),
      measureCost(2026, 'RUNNING', '100000'),
      measureCost(2027, 'RUNNING', '100000', 'Lisens'),
    ],
    key: {
      __typename: 'CostKey',
      kind: 'EQUAL',
      fixedPercent: null,
      populationYear: null,
      populationSource: null,
      entries: PARTICIPANTS.map((p) => ({
        __typename: 'CostKeyEntry',
        municipalityNumber: p.number,
        municipalityName: p.name,
        officialPopulation: null,
        populationOverride: null,
        adjustmentNote: null,
        units: null,
        percent: null,
      })),
    },
    shares: SAVED_SHARES,
    yearFigures: [],
    yearSummary: [
      {
        __typename: 'CostYearSummaryRow',
        year: 2026,
        planned: '400000',
        income: '0',
        net: '400000',
        actual: null,
        deviation: null,
      },
      {
        __typename: 'CostYearSummaryRow',
        year: 2027,
        planned: '100000',
        income: '0',
        net: '100000',
        actual: null,
        deviation: null,
      },
    ],
    agreementCosts: [],
    ...overrides,
  };
  return economics;
}

// ----- Benefits ----------------------------------------------------------------------------------------------------

export const CONSULTANTS_ID = 'b0000000-0000-4000-8000-000000000001';
export const CASE_TIME_ID = 'b0000000-0000-4000-8000-000000000002';

type BenefitYear = Benefit['years'][number];

/** A year of a benefit, or of the plan: planned against realised, with the status. */
export function benefitYear(
  year: number,
  planned: string,
  realised: string | null,
  percent: string | null,
  status: BenefitYear['status'],
): BenefitYear {
  const result: ApiResult<BenefitYear> = {
    __typename: 'BenefitYear',
    year,
    planned,
    realised,
    percent,
    status,
  };
  return result;
}

/** "Færre innleide konsulenter": kroner for the whole region, with two actual values recorded. */
export function consultants(overrides: Partial<Benefit> = {}): Benefit {
  const benefit: ApiResult<Benefit> = {
    __typename: 'Benefit',
    id: CONSULTANTS_ID,
    measureId: T7_ID,
    version: 2,
    title: 'Færre innleide konsulenter',
    type: 'EFFICIENCY',
    unitKind: 'NOK',
    fteCostNok: null,
    indicator: null,
    unit: null,
    baselineValue: '1200000',
    baselineDate: '2025-12-31',
    owner: 'Kommunalsjef teknisk',
    change: 'Felles saksbehandling',
    goalId: 'goal-1',
    goalTitle: 'Raskere byggesaker',
    perMunicipality: false,
    plan: [
      { __typename: 'BenefitPlanValue', year: 2026, municipalityNumber: null, planned: '500000' },
      { __typename: 'BenefitPlanValue', year: 2027, municipalityNumber: null, planned: '800000' },
    ],
    years: [
      benefitYear(2026, '500000', '450000', '90.0', 'GREEN'),
      benefitYear(2027, '800000', '400000', '50.0', 'RED'),
    ],
    actuals: [
      {
        __typename: 'BenefitActual',
        id: 'actual-2',
        year: 2027,
        municipalityNumber: '4005',
        value: '400000',
        comment: 'Halvår',
        recordedByName: 'Tor Teknisk',
        recordedAt: '2027-07-01T08:00:00.000Z',
      },
      {
        __typename: 'BenefitActual',
        id: 'actual-1',
        year: 2026,
        municipalityNumber: '3334',
        value: '450000',
        comment: '',
        recordedByName: null,
        recordedAt: '2027-01-15T08:00:00.000Z',
      },
    ],
    ...overrides,
  };
  return benefit;
}

/** "Kortere saksbehandlingstid": an indicator in days, planned per municipality, nothing recorded. */
export function caseTime(): Benefit {
  const benefit: ApiResult<Benefit> = {
    __typename: 'Benefit',
    id: CASE_TIME_ID,
    measureId: T7_ID,
    version: 1,
    title: 'Kortere saksbehandlingstid',
    type: 'QUALITY',
    unitKind: 'QUALITATIVE',
    fteCostNok: null,
    indicator: 'Saksbehandlingstid',
    unit: 'dager',
    baselineValue: '42',
    baselineDate: null,
    owner: 'Byggesakssjef',
    change: '',
    goalId: null,
    goalTitle: null,
    perMunicipality: true,
    plan: [
      { __typename: 'BenefitPlanValue', year: 2026, municipalityNumber: '3334', planned: '30' },
      { __typename: 'BenefitPlanValue', year: 2026, municipalityNumber: '4005', planned: '28.5' },
    ],
    years: [benefitYear(2026, '58.5', null, null, null)],
    actuals: [],
  };
  return benefit;
}

/** T7's benefit plan for 2026–2027; Flesberg's director may record for Flesberg, nobody may edit. */
export function benefitPlan(overrides: Partial<BenefitPlan> = {}): BenefitPlan {
  const plan: ApiResult<BenefitPlan> = {
    __typename: 'BenefitPlan',
    measureId: T7_ID,
    firstYear: 2026,
    lastYear: 2027,
    viewerCanEdit: false,
    viewerCanRecordFor: ['3334'],
    participants: PARTICIPANTS,
    thresholds: { __typename: 'BenefitThresholds', greenFromPercent: '90', yellowFromPercent: '70' },
    years: [
      benefitYear(2026, '500000', '450000', '90.0', 'GREEN'),
      benefitYear(2027, '800000', '600000', '75.0', 'YELLOW'),
    ],
    benefits: [consultants(), caseTime()],
    ...overrides,
  };
  return plan;
}

/** Teknisk nettverk's adopted strategy with one goal, for the benefit map. */
export const STRATEGY_GOALS: ApiResult<BenefitGoalsQuery> = {
  strategies: [
    {
      __typename: 'Strategy',
      id: 'strategy-1',
      title: 'Teknisk strategi 2026–2029',
      status: 'ADOPTED',
      goals: [{ __typename: 'StrategyGoal', id: 'goal-1', title: 'Raskere byggesaker' }],
    },
  ],
};
