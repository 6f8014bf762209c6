import { describe, expect, it } from '@jest/globals';

import type { CostKeyDraft } from './economics-rules';
import { benefitThresholdsProblem, costKeyInputProblems, costKeySplitProblems } from './economics-rules';

const key = (draft: Partial<CostKeyDraft> & Pick<CostKeyDraft, 'kind'>): CostKeyDraft => ({
  fixedPercent: null,
  populationYear: null,
  entries: [],
  ...draft,
});

const THREE = ['3303', '3334', '3336'];
/** Kongsberg, Flesberg and Rollag on 1 January 2025. */
const OFFICIAL = new Map([
  ['3303', 28_000],
  ['3334', 2_781],
  ['3336', 1_391],
]);

describe('costKeyInputProblems', () => {
  it('accepts a key that names each municipality once', () => {
    expect(costKeyInputProblems(key({ kind: 'EQUAL' }))).toEqual([]);
    expect(
      costKeyInputProblems(
        key({ kind: 'FIXED_PLUS_POPULATION', fixedPercent: '0', entries: [{ municipalityNumber: '3303' }] }),
      ),
    ).toEqual([]);
  });

  it('names a municipality given twice, and a fixed part left out', () => {
    expect(
      costKeyInputProblems(
        key({
          kind: 'FIXED_PLUS_POPULATION',
          entries: [
            { municipalityNumber: '3303' },
            { municipalityNumber: '3334' },
            { municipalityNumber: '3303' },
          ],
        }),
      ),
    ).toEqual([
      { code: 'DUPLICATE_MUNICIPALITY', municipalityNumber: '3303' },
      { code: 'FIXED_PERCENT_MISSING' },
    ]);
    expect(costKeyInputProblems(key({ kind: 'FIXED_PLUS_POPULATION', fixedPercent: '' }))).toEqual([
      { code: 'FIXED_PERCENT_MISSING' },
    ]);
  });
});

describe('costKeySplitProblems', () => {
  const percents = (...values: string[]) =>
    key({
      kind: 'MANUAL',
      entries: values.map((percent, index) => ({ municipalityNumber: THREE[index], percent })),
    });

  it('splits anything among nobody: no participants, no problem', () => {
    expect(costKeySplitProblems(percents('10'), [], OFFICIAL)).toEqual([]);
  });

  it('MANUAL: agreed percentages summing to exactly 100, decimals included', () => {
    expect(costKeySplitProblems(percents('50', '30', '20'), THREE, OFFICIAL)).toEqual([]);
    // 33.333334 + 33.333333 + 33.333333 = 100 exactly; in floating point it would not be.
    expect(costKeySplitProblems(percents('33.333334', '33.333333', '33.333333'), THREE, OFFICIAL)).toEqual(
      [],
    );
    // 0.1 + 0.2 + 99.7 = 100 (0.30000000000000004 + 99.7 in floats).
    expect(costKeySplitProblems(percents('0.1', '0.2', '99.7'), THREE, OFFICIAL)).toEqual([]);
  });

  it('MANUAL: says what the percentages sum to when it is not 100', () => {
    expect(costKeySplitProblems(percents('15', '15', '60'), THREE, OFFICIAL)).toEqual([
      { code: 'PERCENT_SUM_NOT_100', sum: '90' },
    ]);
    expect(costKeySplitProblems(percents('33.33', '33.33', '33.33'), THREE, OFFICIAL)).toEqual([
      { code: 'PERCENT_SUM_NOT_100', sum: '99.99' },
    ]);
    // 120 − 10 − 10 = 100, but a negative share is no agreement.
    expect(costKeySplitProblems(percents('120', '-10', '-10'), THREE, OFFICIAL)).toEqual([
      { code: 'PERCENT_SUM_NOT_100', sum: '100' },
    ]);
  });

  it('MANUAL and USAGE: names every participant without a figure first (zero is a figure)', () => {
    expect(costKeySplitProblems(percents('100'), THREE, OFFICIAL)).toEqual([
      { code: 'PERCENT_MISSING', municipalityNumbers: ['3334', '3336'] },
    ]);
    const usage = key({
      kind: 'USAGE',
      entries: [
        { municipalityNumber: '3303', units: '0' },
        { municipalityNumber: '3336', units: '' },
      ],
    });
    expect(costKeySplitProblems(usage, THREE, OFFICIAL)).toEqual([
      { code: 'UNITS_MISSING', municipalityNumbers: ['3334', '3336'] },
    ]);
  });

  it('USAGE: units of zero or more, not all zero', () => {
    const usage = (...units: string[]) =>
      key({
        kind: 'USAGE',
        entries: units.map((value, index) => ({ municipalityNumber: THREE[index], units: value })),
      });
    expect(costKeySplitProblems(usage('0', '0', '12.5'), THREE, OFFICIAL)).toEqual([]);
    expect(costKeySplitProblems(usage('0', '0', '0.00'), THREE, OFFICIAL)).toEqual([
      { code: 'UNITS_SUM_ZERO' },
    ]);
    expect(costKeySplitProblems(usage('5', '-1', '2'), THREE, OFFICIAL)).toEqual([
      { code: 'UNITS_NEGATIVE' },
    ]);
    expect(costKeySplitProblems(usage('5', 'mye', '2'), THREE, OFFICIAL)).toEqual([
      { code: 'NOT_A_NUMBER', municipalityNumber: '3334' },
    ]);
  });

  it('population keys: a year first, then a figure for every participant (agreed, else official)', () => {
    expect(costKeySplitProblems(key({ kind: 'POPULATION' }), THREE, OFFICIAL)).toEqual([
      { code: 'POPULATION_YEAR_MISSING' },
    ]);
    const without3336 = new Map([...OFFICIAL].filter(([number]) => number !== '3336'));
    expect(
      costKeySplitProblems(key({ kind: 'POPULATION', populationYear: 2025 }), THREE, without3336),
    ).toEqual([{ code: 'POPULATION_MISSING', municipalityNumber: '3336' }]);
    // An agreed figure stands in for the missing official one (Kongsberg without its asylum reception centre).
    const agreed = key({
      kind: 'POPULATION',
      populationYear: 2025,
      entries: [{ municipalityNumber: '3336', populationOverride: 1_300 }],
    });
    expect(costKeySplitProblems(agreed, THREE, without3336)).toEqual([]);
  });

  it('population keys: figures that cannot split (all zero, or negative)', () => {
    const zeros = key({
      kind: 'POPULATION',
      populationYear: 2025,
      entries: THREE.map((municipalityNumber) => ({ municipalityNumber, populationOverride: 0 })),
    });
    expect(costKeySplitProblems(zeros, THREE, OFFICIAL)).toEqual([{ code: 'POPULATION_SUM_ZERO' }]);
    const negative = key({
      kind: 'POPULATION',
      populationYear: 2025,
      entries: [{ municipalityNumber: '3303', populationOverride: -1 }],
    });
    expect(costKeySplitProblems(negative, THREE, OFFICIAL)).toEqual([{ code: 'POPULATION_NEGATIVE' }]);
  });

  it('FIXED_PLUS_POPULATION: a fixed part from 0 to 100 %', () => {
    const fixed = (fixedPercent: string) =>
      key({ kind: 'FIXED_PLUS_POPULATION', fixedPercent, populationYear: 2025 });
    expect(costKeySplitProblems(fixed('0'), THREE, OFFICIAL)).toEqual([]);
    expect(costKeySplitProblems(fixed('30'), THREE, OFFICIAL)).toEqual([]);
    expect(costKeySplitProblems(fixed('100'), THREE, OFFICIAL)).toEqual([]);
    expect(costKeySplitProblems(fixed('100.01'), THREE, OFFICIAL)).toEqual([
      { code: 'FIXED_PERCENT_OUT_OF_RANGE' },
    ]);
    expect(costKeySplitProblems(fixed('-1'), THREE, OFFICIAL)).toEqual([
      { code: 'FIXED_PERCENT_OUT_OF_RANGE' },
    ]);
  });

  it('EQUAL splits among any participants', () => {
    expect(costKeySplitProblems(key({ kind: 'EQUAL' }), THREE, new Map())).toEqual([]);
  });
});

describe('benefitThresholdsProblem', () => {
  it('accepts yellow at or below green, green at most 100 %', () => {
    expect(benefitThresholdsProblem('90', '70')).toBeNull();
    expect(benefitThresholdsProblem('100', '100')).toBeNull();
    expect(benefitThresholdsProblem('72.5', '72.50')).toBeNull();
    expect(benefitThresholdsProblem('0', '0')).toBeNull();
  });

  it('refuses green above 100 %, and yellow above green', () => {
    expect(benefitThresholdsProblem('100.01', '70')).toBe('GREEN_ABOVE_100');
    expect(benefitThresholdsProblem('80', '80.5')).toBe('YELLOW_ABOVE_GREEN');
    expect(benefitThresholdsProblem('90', '150')).toBe('YELLOW_ABOVE_GREEN');
  });
});
