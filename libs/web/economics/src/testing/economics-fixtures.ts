import type { ApiResult, EconomicsMunicipalityQuery, EconomicsRegionQuery } from '@samarbeid/web/graphql';

type RegionEconomics = EconomicsRegionQuery['regionEconomics'];
type MunicipalityEconomics = EconomicsMunicipalityQuery['municipalityEconomics'];

const amounts = (entries: readonly [number, string][]) =>
  entries.map(([year, amount]) => ({ __typename: 'YearAmount', year, amount }));

/** Kongsbergregionen's savings gap: covered in 2025, short of plan in 2026, exactly planned in 2027. */
export function regionEconomics(overrides: Partial<RegionEconomics> = {}): EconomicsRegionQuery {
  const regionEconomics: ApiResult<RegionEconomics> = {
    __typename: 'RegionEconomics',
    regionSlug: 'kongsbergregionen',
    regionName: 'Kongsbergregionen',
    version: 3,
    viewerCanEdit: false,
    thresholds: { __typename: 'BenefitThresholds', greenFromPercent: '90', yellowFromPercent: '70' },
    years: [
      ['2025', '5000000', '5600000', '5100000.5', '600000', '100000.5'],
      ['2026', '8000000', '6750000', '0', '-1250000', '-8000000'],
      ['2027', '10000000', '10000000', '0', '0', '-10000000'],
    ].map(([year, required, planned, realised, plannedGap, realisedGap]) => ({
      __typename: 'SavingsGapYear',
      year: Number(year),
      required,
      planned,
      realised,
      plannedGap,
      realisedGap,
    })),
    requirements: [
      { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2025, amount: '5000000' },
      { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2026, amount: '8000000' },
      { __typename: 'SavingsRequirement', municipalityNumber: null, year: 2027, amount: '10000000' },
      { __typename: 'SavingsRequirement', municipalityNumber: '3334', year: 2026, amount: '400000' },
    ],
    measures: [
      {
        __typename: 'RegionMeasureEconomics',
        measureId: 'm-t7',
        code: 'T7',
        title: 'Felles byggesaksbehandling',
        costs: amounts([
          [2025, '1500000'],
          [2026, '750000'],
        ]),
        plannedGain: amounts([
          [2025, '5600000'],
          [2026, '6750000'],
        ]),
        realisedGain: amounts([[2025, '5100000.5']]),
      },
      {
        __typename: 'RegionMeasureEconomics',
        measureId: 'm-hr2',
        code: 'HR2',
        title: 'Felles lønnskontor',
        costs: [],
        plannedGain: [],
        realisedGain: [],
      },
    ],
    ...overrides,
  };
  return { regionEconomics };
}

/** Flesberg (3334): two measures, figures for 2025–2027; realised only in 2025. */
export function municipalityEconomics(
  overrides: Partial<MunicipalityEconomics> = {},
): EconomicsMunicipalityQuery {
  const municipalityEconomics: ApiResult<MunicipalityEconomics> = {
    __typename: 'MunicipalityEconomics',
    regionSlug: 'kongsbergregionen',
    regionName: 'Kongsbergregionen',
    municipalityNumber: '3334',
    municipalityName: 'Flesberg',
    measureCount: 12,
    years: (
      [
        [2025, 10, '1000000', '2000000', '345678', null],
        [2026, 12, '1234567', '2345678', null, '400000'],
        [2027, 11, '1100000', '2500000.5', null, null],
      ] satisfies [number, number, string, string, string | null, string | null][]
    ).map(([year, measureCount, pays, plannedGain, realisedGain, required]) => ({
      __typename: 'MunicipalityEconomicsYear',
      year,
      measureCount,
      pays,
      earns: year === 2026 ? '25000' : '0',
      plannedGain,
      realisedGain,
      required,
    })),
    measures: [
      {
        __typename: 'MunicipalityMeasureEconomics',
        measureId: 'm-t7',
        code: 'T7',
        title: 'Felles byggesaksbehandling',
        shareError: null,
        pays: amounts([
          [2025, '200000'],
          [2026, '234567'],
        ]),
        earns: amounts([[2026, '25000']]),
        plannedGain: amounts([
          [2025, '500000'],
          [2026, '845678'],
        ]),
        realisedGain: amounts([[2025, '345678']]),
      },
      {
        __typename: 'MunicipalityMeasureEconomics',
        measureId: 'm-hr2',
        code: 'HR2',
        title: 'Felles lønnskontor',
        shareError: 'Fordelingsnøkkelen mangler folketall for 2026.',
        pays: [],
        earns: [],
        plannedGain: amounts([[2026, '1500000']]),
        realisedGain: [],
      },
    ],
    ...overrides,
  };
  return { municipalityEconomics };
}
