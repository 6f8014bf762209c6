import { describe, expect, it } from '@jest/globals';

import type { BenefitUnit, BenefitValues, PlannedValue, RecordedValue } from './benefit-years';
import { benefitYears, inKroner, latestActuals, sumYears } from './benefit-years';

const THRESHOLDS = { greenFromPercent: '90', yellowFromPercent: '70' };
const NOK: BenefitUnit = { id: 'nok', unitKind: 'NOK', fteCostNok: null };
const FTE: BenefitUnit = { id: 'fte', unitKind: 'FTE', fteCostNok: '780000' };
const QUALITATIVE: BenefitUnit = { id: 'days', unitKind: 'QUALITATIVE', fteCostNok: null };

const planned = (year: number, value: string, municipalityNumber: string | null = null): PlannedValue => ({
  year,
  municipalityNumber,
  planned: value,
});
const recorded = (year: number, municipalityNumber: string, value: string): RecordedValue => ({
  year,
  municipalityNumber,
  value,
});

function values(
  plan: Record<string, PlannedValue[]>,
  actuals: Record<string, RecordedValue[]> = {},
): BenefitValues {
  return { plan: new Map(Object.entries(plan)), actuals: new Map(Object.entries(actuals)) };
}

describe('latestActuals', () => {
  it('keeps the newest record per year and municipality (the list is newest first)', () => {
    const newest = recorded(2026, '3334', '40000');
    const older = recorded(2026, '3334', '35000');
    const other = recorded(2026, '3336', '110000');
    expect(latestActuals([newest, other, older])).toEqual([newest, other]);
  });
});

describe('inKroner', () => {
  it('kroner as they are, FTE times the cost of one, nothing for a qualitative indicator', () => {
    expect(inKroner(NOK, '1250.50')).toBe('1250.50');
    // 0.75 FTE × 780 000 = 585 000 exactly.
    expect(inKroner(FTE, '0.75')).toBe('585000');
    expect(inKroner(QUALITATIVE, '12')).toBeNull();
  });
});

describe('benefitYears', () => {
  it('gives GREEN, YELLOW and RED by the thresholds, and no status before anything is realised', () => {
    const figures = values(
      {
        nok: [planned(2026, '680000'), planned(2027, '100000'), planned(2028, '100000'), planned(2029, '50')],
      },
      {
        nok: [
          recorded(2026, '3334', '385000'), // 385 000 / 680 000 = 56.6 % → RED
          recorded(2027, '3334', '70000'), // exactly 70 % → YELLOW
          recorded(2028, '3334', '90000'), // exactly 90 % → GREEN
        ],
      },
    );
    expect(benefitYears(NOK, figures, THRESHOLDS)).toEqual([
      { year: 2026, planned: '680000', realised: '385000', percent: '56.6', status: 'RED' },
      { year: 2027, planned: '100000', realised: '70000', percent: '70.0', status: 'YELLOW' },
      { year: 2028, planned: '100000', realised: '90000', percent: '90.0', status: 'GREEN' },
      { year: 2029, planned: '50', realised: null, percent: null, status: null },
    ]);
  });

  it("uses the region's own thresholds", () => {
    const figures = values({ nok: [planned(2026, '1000')] }, { nok: [recorded(2026, '3334', '800')] });
    expect(benefitYears(NOK, figures, { greenFromPercent: '80', yellowFromPercent: '50' })[0].status).toBe(
      'GREEN',
    );
    expect(benefitYears(NOK, figures, { greenFromPercent: '80.5', yellowFromPercent: '50' })[0].status).toBe(
      'YELLOW',
    );
  });

  it('counts FTE in kroner on request, and one municipality only on request', () => {
    const figures = values(
      { fte: [planned(2026, '0.5', '3334'), planned(2026, '1.25', '3336')] },
      { fte: [recorded(2026, '3334', '0.5')] },
    );
    // Own unit, every municipality: 0.5 + 1.25 = 1.75 FTE planned, 0.5 realised (28.6 % → RED).
    expect(benefitYears(FTE, figures, THRESHOLDS)).toEqual([
      { year: 2026, planned: '1.75', realised: '0.5', percent: '28.6', status: 'RED' },
    ]);
    // Flesberg in kroner: 0.5 × 780 000 = 390 000 planned and realised (100 % → GREEN).
    expect(benefitYears(FTE, figures, THRESHOLDS, { kroner: true, municipalityNumber: '3334' })).toEqual([
      { year: 2026, planned: '390000', realised: '390000', percent: '100.0', status: 'GREEN' },
    ]);
  });

  it('a plan of zero is GREEN once anything is recorded', () => {
    const figures = values({ nok: [planned(2026, '0')] }, { nok: [recorded(2026, '3334', '5')] });
    expect(benefitYears(NOK, figures, THRESHOLDS)[0]).toMatchObject({ status: 'GREEN', percent: null });
  });
});

describe('sumYears', () => {
  it('sums benefits per year exactly and judges the sums, not the parts', () => {
    const a = [
      { year: 2026, planned: '0.1', realised: '0.1', percent: '100.0', status: 'GREEN' as const },
      { year: 2027, planned: '100', realised: null, percent: null, status: null },
    ];
    const b = [{ year: 2026, planned: '0.2', realised: '0.05', percent: '25.0', status: 'RED' as const }];
    // 0.1 + 0.2 = 0.3 exactly; realised 0.15 of 0.3 = 50 % → RED.
    expect(sumYears([a, b], THRESHOLDS)).toEqual([
      { year: 2026, planned: '0.3', realised: '0.15', percent: '50.0', status: 'RED' },
      { year: 2027, planned: '100', realised: null, percent: null, status: null },
    ]);
  });
});
