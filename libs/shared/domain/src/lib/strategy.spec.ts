import { describe, expect, it } from '@jest/globals';

import {
  actionPlanProblem,
  missingCodes,
  normaliseMeasureCode,
  STRATEGY_STATUSES,
  strategyContentProblem,
  strategyIsOpen,
  strategyStepper,
  strategyStepProblem,
} from './strategy';

describe('strategy lifecycle', () => {
  it('goes draft → consultation → adopted (with a decision) → archived, one step at a time', () => {
    expect(strategyStepProblem('DRAFT', 'CONSULTATION')).toBeNull();
    expect(strategyStepProblem('CONSULTATION', 'ADOPTED', 'kdu-4-26')).toBeNull();
    expect(strategyStepProblem('ADOPTED', 'ARCHIVED')).toBeNull();
  });

  it('refuses a skipped step, a step back, standing still and a way back to draft', () => {
    expect(strategyStepProblem('DRAFT', 'ADOPTED', 'kdu-4-26')).toBe('NOT_FROM_HERE');
    expect(strategyStepProblem('DRAFT', 'ARCHIVED')).toBe('NOT_FROM_HERE');
    expect(strategyStepProblem('ADOPTED', 'CONSULTATION')).toBe('NOT_FROM_HERE');
    expect(strategyStepProblem('ARCHIVED', 'ADOPTED', 'kdu-4-26')).toBe('NOT_FROM_HERE');
    for (const status of STRATEGY_STATUSES) {
      expect(strategyStepProblem(status, status, 'kdu-4-26')).toBe('NOT_FROM_HERE');
      expect(strategyStepProblem(status, 'DRAFT')).toBe('NOT_FROM_HERE');
    }
  });

  it('needs the adopting decision, but only for adoption', () => {
    expect(strategyStepProblem('CONSULTATION', 'ADOPTED')).toBe('DECISION_REQUIRED');
    expect(strategyStepProblem('CONSULTATION', 'ADOPTED', '')).toBe('DECISION_REQUIRED');
    expect(strategyStepProblem('CONSULTATION', 'ADOPTED', null)).toBe('DECISION_REQUIRED');
    // A wrong step is named before a missing decision: "not from here" is the real answer.
    expect(strategyStepProblem('DRAFT', 'ADOPTED')).toBe('NOT_FROM_HERE');
  });

  it('lets editors submit, and only the secretariat adopt and archive', () => {
    expect(strategyStepper('CONSULTATION')).toBe('EDITOR');
    expect(strategyStepper('ADOPTED')).toBe('SECRETARIAT');
    expect(strategyStepper('ARCHIVED')).toBe('SECRETARIAT');
  });

  it('keeps only drafts and strategies on consultation open for changes', () => {
    expect(STRATEGY_STATUSES.filter(strategyIsOpen)).toEqual(['DRAFT', 'CONSULTATION']);
  });
});

describe('strategy content', () => {
  const indicator = (name: string, baselineYear: number, targetYear: number) => ({
    name,
    baselineYear,
    targetYear,
  });

  it('accepts a one-year period and a target in the baseline year', () => {
    expect(strategyContentProblem({ periodFrom: 2026, periodTo: 2026 })).toBeNull();
    expect(
      strategyContentProblem({
        periodFrom: 2026,
        periodTo: 2029,
        goals: [{ indicators: [indicator('Sykefravær', 2025, 2025)] }],
      }),
    ).toBeNull();
  });

  it('refuses a period that ends before it begins, before looking at the goals', () => {
    expect(
      strategyContentProblem({
        periodFrom: 2029,
        periodTo: 2026,
        goals: [{ indicators: [indicator('x', 2030, 2020)] }],
      }),
    ).toEqual({ code: 'PERIOD_BACKWARDS' });
  });

  it('accepts no consultation end and a real day, and refuses a day that does not exist', () => {
    expect(strategyContentProblem({ periodFrom: 2026, periodTo: 2029, consultationEndsOn: null })).toBeNull();
    expect(
      strategyContentProblem({ periodFrom: 2026, periodTo: 2029, consultationEndsOn: '2028-02-29' }),
    ).toBeNull();
    expect(
      strategyContentProblem({ periodFrom: 2026, periodTo: 2029, consultationEndsOn: '2027-02-29' }),
    ).toEqual({ code: 'CONSULTATION_END_NOT_A_DATE' });
  });

  it('names the first indicator whose target year is before its baseline year', () => {
    expect(
      strategyContentProblem({
        periodFrom: 2026,
        periodTo: 2029,
        goals: [
          { indicators: [indicator('Saksbehandlingstid', 2025, 2029)] },
          { indicators: [indicator('Kostnad per sak', 2029, 2028), indicator('Ventetid', 2030, 2020)] },
        ],
      }),
    ).toEqual({ code: 'TARGET_BEFORE_BASELINE', indicator: 'Kostnad per sak' });
  });
});

describe('action plan', () => {
  const period = { periodFrom: 2026, periodTo: 2029 };

  it('accepts the first and last year of the period, and an empty plan', () => {
    expect(actionPlanProblem(period, 2026, ['T5', 'T7'])).toBeNull();
    expect(actionPlanProblem(period, 2029, [])).toBeNull();
  });

  it('refuses a year outside the period, naming the period', () => {
    expect(actionPlanProblem(period, 2025, ['T5'])).toEqual({
      code: 'YEAR_OUTSIDE_PERIOD',
      periodFrom: 2026,
      periodTo: 2029,
    });
    expect(actionPlanProblem(period, 2030, [])?.code).toBe('YEAR_OUTSIDE_PERIOD');
  });

  it('refuses a measure listed twice, however its code is written', () => {
    expect(actionPlanProblem(period, 2026, ['T7', ' t7'])).toEqual({ code: 'DUPLICATE_MEASURE' });
    expect(actionPlanProblem(period, 2026, ['T7', 'T17'])).toBeNull();
  });

  it('compares codes trimmed and in capitals', () => {
    expect(normaliseMeasureCode(' ho2 ')).toBe('HO2');
  });

  it('lists the codes not found, in the order asked', () => {
    expect(missingCodes(['T99', 'T5', 'F42'], ['T5'])).toEqual(['T99', 'F42']);
    expect(missingCodes(['T5'], ['T5', 'T7'])).toEqual([]);
  });
});
