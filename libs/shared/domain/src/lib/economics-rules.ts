import Decimal from 'decimal.js';

import type { DistributionKeyKind } from './economics';

/**
 * The economics rules the API enforces and the web shows before sending: can a distribution key split a cost among
 * the participants, and are the benefit status thresholds in order. Pure and exact (decimal.js, never floats); they
 * return problem codes with the figures behind them, and each side words them in its own language.
 */

/** A distribution key as typed or stored: its kind and, per municipality, the figures the kind uses. */
export interface CostKeyDraft {
  readonly kind: DistributionKeyKind;
  /** FIXED_PLUS_POPULATION: the percentage split equally. */
  readonly fixedPercent: string | null;
  /** Population keys: population on 1 January of this year. */
  readonly populationYear: number | null;
  readonly entries: readonly CostKeyDraftEntry[];
}

export interface CostKeyDraftEntry {
  readonly municipalityNumber: string;
  /** An agreed population instead of the official one (population keys). */
  readonly populationOverride?: number | null;
  /** USAGE: units of use. */
  readonly units?: string | null;
  /** MANUAL: agreed percentage. */
  readonly percent?: string | null;
}

export type CostKeyProblem =
  | { readonly code: 'DUPLICATE_MUNICIPALITY'; readonly municipalityNumber: string }
  | { readonly code: 'FIXED_PERCENT_MISSING' }
  | { readonly code: 'FIXED_PERCENT_OUT_OF_RANGE' }
  | { readonly code: 'PERCENT_MISSING'; readonly municipalityNumbers: readonly string[] }
  | { readonly code: 'PERCENT_SUM_NOT_100'; readonly sum: string }
  | { readonly code: 'UNITS_MISSING'; readonly municipalityNumbers: readonly string[] }
  | { readonly code: 'UNITS_NEGATIVE' }
  | { readonly code: 'UNITS_SUM_ZERO' }
  | { readonly code: 'POPULATION_YEAR_MISSING' }
  | { readonly code: 'POPULATION_MISSING'; readonly municipalityNumber: string }
  | { readonly code: 'POPULATION_NEGATIVE' }
  | { readonly code: 'POPULATION_SUM_ZERO' }
  | { readonly code: 'NOT_A_NUMBER'; readonly municipalityNumber: string | null };

export const usesPopulationFigures = (kind: DistributionKeyKind): boolean =>
  kind === 'POPULATION' || kind === 'FIXED_PLUS_POPULATION';

function decimalOrNull(value: string | number | null | undefined): Decimal | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    const result = new Decimal(value);
    return result.isFinite() ? result : null;
  } catch {
    return null;
  }
}

/** "" and null alike: nothing given. */
const given = (value: string | null | undefined): value is string =>
  value !== null && value !== undefined && value !== '';

/**
 * What the key says by itself, before anyone asks whom it splits among: each municipality once, and a fixed part
 * for FIXED_PLUS_POPULATION.
 */
export function costKeyInputProblems(key: CostKeyDraft): CostKeyProblem[] {
  const problems: CostKeyProblem[] = [];
  const seen = new Set<string>();
  for (const entry of key.entries) {
    if (seen.has(entry.municipalityNumber)) {
      problems.push({ code: 'DUPLICATE_MUNICIPALITY', municipalityNumber: entry.municipalityNumber });
    }
    seen.add(entry.municipalityNumber);
  }
  if (key.kind === 'FIXED_PLUS_POPULATION' && !given(key.fixedPercent)) {
    problems.push({ code: 'FIXED_PERCENT_MISSING' });
  }
  return problems;
}

/**
 * Whether the key can split a cost among today's participants (municipality numbers in number order), in the order
 * a person fixes them: missing figures first, then the figures' sums. `officialPopulation` is the official population
 * on 1 January of the key's year, by municipality number. No participants: nothing to split, so nothing to refuse.
 */
export function costKeySplitProblems(
  key: CostKeyDraft,
  participants: readonly string[],
  officialPopulation: ReadonlyMap<string, number>,
): CostKeyProblem[] {
  if (participants.length === 0) return [];
  const entries = new Map(key.entries.map((entry) => [entry.municipalityNumber, entry]));
  const entryOf = (number: string): CostKeyDraftEntry | undefined => entries.get(number);
  if (key.kind === 'MANUAL' || key.kind === 'USAGE') {
    const missing = participants.filter((number) =>
      key.kind === 'MANUAL' ? !given(entryOf(number)?.percent) : !given(entryOf(number)?.units),
    );
    if (missing.length) {
      return [
        { code: key.kind === 'MANUAL' ? 'PERCENT_MISSING' : 'UNITS_MISSING', municipalityNumbers: missing },
      ];
    }
  }
  switch (key.kind) {
    case 'EQUAL':
      return [];
    case 'POPULATION':
    case 'FIXED_PLUS_POPULATION':
      return populationProblems(key, participants, entryOf, officialPopulation);
    case 'USAGE':
      return sumProblems(participants, (number) => entryOf(number)?.units, 'USAGE');
    case 'MANUAL':
      return sumProblems(participants, (number) => entryOf(number)?.percent, 'MANUAL');
  }
}

function populationProblems(
  key: CostKeyDraft,
  participants: readonly string[],
  entryOf: (number: string) => CostKeyDraftEntry | undefined,
  officialPopulation: ReadonlyMap<string, number>,
): CostKeyProblem[] {
  if (key.populationYear === null) return [{ code: 'POPULATION_YEAR_MISSING' }];
  // The figure each participant is counted with: the agreed one, else the official one.
  const figures: number[] = [];
  for (const number of participants) {
    const figure = entryOf(number)?.populationOverride ?? officialPopulation.get(number);
    if (figure === undefined) return [{ code: 'POPULATION_MISSING', municipalityNumber: number }];
    figures.push(figure);
  }
  if (key.kind === 'FIXED_PLUS_POPULATION') {
    const fixed = decimalOrNull(key.fixedPercent);
    if (fixed === null) return [{ code: 'NOT_A_NUMBER', municipalityNumber: null }];
    if (fixed.isNegative() || fixed.greaterThan(100)) return [{ code: 'FIXED_PERCENT_OUT_OF_RANGE' }];
  }
  if (figures.some((figure) => figure < 0)) return [{ code: 'POPULATION_NEGATIVE' }];
  return figures.every((figure) => figure === 0) ? [{ code: 'POPULATION_SUM_ZERO' }] : [];
}

/** Usage units or agreed percentages: numbers, none negative, and a sum that can split (any for usage, 100 for percentages). */
function sumProblems(
  participants: readonly string[],
  figure: (number: string) => string | null | undefined,
  kind: 'USAGE' | 'MANUAL',
): CostKeyProblem[] {
  const values: Decimal[] = [];
  for (const number of participants) {
    const value = decimalOrNull(figure(number));
    if (value === null) return [{ code: 'NOT_A_NUMBER', municipalityNumber: number }];
    values.push(value);
  }
  const sum = values.reduce((total, value) => total.plus(value), new Decimal(0));
  const negative = values.some((value) => value.isNegative());
  if (kind === 'USAGE') {
    if (negative) return [{ code: 'UNITS_NEGATIVE' }];
    return sum.isZero() ? [{ code: 'UNITS_SUM_ZERO' }] : [];
  }
  return negative || !sum.equals(100) ? [{ code: 'PERCENT_SUM_NOT_100', sum: sum.toFixed() }] : [];
}

export type BenefitThresholdsProblem = 'GREEN_ABOVE_100' | 'YELLOW_ABOVE_GREEN';

/** The region's status thresholds: green at most 100 %, and yellow not above green. Null when they are in order. */
export function benefitThresholdsProblem(
  greenFromPercent: string,
  yellowFromPercent: string,
): BenefitThresholdsProblem | null {
  const green = new Decimal(greenFromPercent);
  if (green.greaterThan(100)) return 'GREEN_ABOVE_100';
  return new Decimal(yellowFromPercent).greaterThan(green) ? 'YELLOW_ABOVE_GREEN' : null;
}
