import Decimal from 'decimal.js';

import { formatNumber } from './norwegian-number';

/**
 * Cost allocation by distribution key (fordelingsnøkkel). Exact arithmetic throughout, never JS numbers: amounts are
 * parsed with decimal.js and split as integers (BigInt) in the total's unit. The unit is whole kroner when the total
 * is whole kroner, else øre; a total with more than two decimals is refused. Each share is rounded down to the unit,
 * and the units still missing go one each to the largest remainders (ties: the lower municipality number), so the
 * shares always sum exactly to the total. Only the participants given take part.
 */
export type DistributionKey =
  | { readonly kind: 'EQUAL' }
  | { readonly kind: 'POPULATION'; readonly populationLabel?: LocalizedText }
  /** `fixedPercent` of the total split equally, the rest by population. */
  | {
      readonly kind: 'FIXED_PLUS_POPULATION';
      readonly fixedPercent: string;
      readonly populationLabel?: LocalizedText;
    }
  | { readonly kind: 'USAGE' }
  | { readonly kind: 'MANUAL' };

export interface LocalizedText {
  readonly nb: string;
  readonly en: string;
}

export interface AllocationParticipant {
  readonly municipalityNumber: string;
  /** Population used by POPULATION and FIXED_PLUS_POPULATION (after any agreed adjustment). */
  readonly population?: string | number;
  /** Why the population differs from the official figure, shown in the explanation. */
  readonly populationNote?: LocalizedText;
  /** Units of use (hours, cases) for USAGE. */
  readonly units?: string;
  /** Agreed percentage for MANUAL. */
  readonly percent?: string;
}

/** Decimal places of `Share.exact` when the exact share has no finite decimal expansion (a third of 1 kr). */
export const EXACT_PLACES = 10;

export interface Share {
  readonly municipalityNumber: string;
  /**
   * The exact share before rounding, total × numerator / denominator (multiplied before divided): "0.1" for a third
   * of 0.30. When the quotient does not terminate it is rounded half up to `EXACT_PLACES` decimals and
   * `exactIsRounded` is true ("333.3366666667" for a third of 1 000.01).
   */
  readonly exact: string;
  /** True when `exact` is rounded to `EXACT_PLACES` decimals because the exact quotient does not terminate. */
  readonly exactIsRounded: boolean;
  /**
   * The share in the total's unit: whole kroner ("334") when the total is whole kroner, else kroner and øre with two
   * decimals ("333.34"). The shares sum exactly to the total.
   */
  readonly rounded: string;
  /** How the share was computed, e.g. "2 781 / 55 939 innbyggere × 100 000". */
  readonly explanation: { readonly nb: string; readonly en: string };
}

export class AllocationError extends Error {
  constructor(
    readonly nb: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'AllocationError';
  }
}

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

function decimal(value: string | number | undefined, what: string): Dec {
  try {
    const result = new D(value ?? NaN);
    if (!result.isFinite()) throw new Error('not finite');
    return result;
  } catch {
    throw new AllocationError(`${what} må være et tall.`, `${what} must be a number.`);
  }
}

function format(value: Dec): string {
  const [integer, fraction] = value.toFixed().split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** Rounds an amount half up to whole øre: "41666.6666…" → "41666.67". For totals computed from prices. */
export function roundToOre(value: string): string {
  return new D(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** Splits `total` among the participants by the key. Throws AllocationError with a Norwegian and English sentence. */
export function allocate(
  total: string,
  participants: readonly AllocationParticipant[],
  key: DistributionKey,
): Share[] {
  const { amount, sorted, weights, denominator, places, units, rounded } = split(total, participants, key);
  return sorted.map((participant, index) => {
    const exact = exactDecimal(units * weights[index].numerator, denominator * 10n ** BigInt(places));
    return {
      municipalityNumber: participant.municipalityNumber,
      exact: exact.text,
      exactIsRounded: exact.rounded,
      rounded: fromScaled(rounded[index], places),
      explanation: {
        nb: `${weights[index].nb} × ${formatNumber(amount.toFixed())} kr ${shown(exact, places)} kr`,
        en: `${weights[index].en} × ${formatNumber(amount.toFixed())} kr ${shown(exact, places)} kr`,
      },
    };
  });
}

/**
 * The rounded shares only (the `rounded` of `allocate`, by municipality number), for figures read across many
 * measures where the exact shares and explanations are not shown. Same rules, same refusals.
 */
export function allocateRounded(
  total: string,
  participants: readonly AllocationParticipant[],
  key: DistributionKey,
): Map<string, string> {
  return roundedSplitter(participants, key)(total);
}

/**
 * `allocateRounded` for several totals split by the same participants and key (a measure's years): the key's weights
 * are checked and computed once, at the first total. Throws AllocationError as `allocate` does, in the same order.
 */
export function roundedSplitter(
  participants: readonly AllocationParticipant[],
  key: DistributionKey,
): (total: string) => Map<string, string> {
  let prepared: { sorted: AllocationParticipant[]; numerators: bigint[]; denominator: bigint } | undefined;
  return (total) => {
    const amount = checkedAmount(total);
    if (participants.length === 0) {
      throw new AllocationError(
        'Ingen kommuner deltar, så kostnaden kan ikke fordeles.',
        'No municipality takes part, so the cost cannot be split.',
      );
    }
    if (!prepared) {
      const { sorted, weights, denominator } = checkedWeights(participants, key);
      prepared = { sorted, numerators: weights.map((weight) => weight.numerator), denominator };
    }
    const { sorted, numerators, denominator } = prepared;
    const places = amount.isInteger() ? 0 : 2;
    const rounded = largestRemainder(scaled(amount, places), numerators, denominator);
    return new Map(
      sorted.map((participant, index) => [
        participant.municipalityNumber,
        fromScaled(rounded[index], places),
      ]),
    );
  };
}

/** The checks and the integer split `allocate` makes. */
function split(total: string, participants: readonly AllocationParticipant[], key: DistributionKey) {
  const amount = checkedAmount(total);
  if (participants.length === 0) {
    throw new AllocationError(
      'Ingen kommuner deltar, så kostnaden kan ikke fordeles.',
      'No municipality takes part, so the cost cannot be split.',
    );
  }
  const { sorted, weights, denominator } = checkedWeights(participants, key);
  // The total in its unit, as an integer: 1000.01 kr → 100001 øre, 1000 kr → 1000 kroner.
  const places = amount.isInteger() ? 0 : 2;
  const units = scaled(amount, places);
  const rounded = largestRemainder(
    units,
    weights.map((weight) => weight.numerator),
    denominator,
  );
  return { amount, sorted, weights, denominator, places, units, rounded };
}

/** The total as a decimal with at most two places (øre). */
function checkedAmount(total: string): Dec {
  const amount = decimal(total, 'Beløpet');
  if (amount.decimalPlaces() > 2) {
    throw new AllocationError(
      `Beløpet kan ha høyst to desimaler (øre), ikke ${format(amount)}.`,
      `The amount can have at most two decimals (øre), not ${amount.toFixed()}.`,
    );
  }
  return amount;
}

/** The participants in municipality order (each once) and the key's weights over them. */
function checkedWeights(participants: readonly AllocationParticipant[], key: DistributionKey) {
  const numbers = new Set(participants.map((p) => p.municipalityNumber));
  if (numbers.size !== participants.length) {
    throw new AllocationError('En kommune står flere ganger.', 'A municipality appears more than once.');
  }
  const sorted = [...participants].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
  return { sorted, ...weightsFor(sorted, key) };
}

/**
 * The exact share in an explanation. Shares in whole kroner: "= 49 714,87" (the exact share to the øre, as it always
 * was). Shares in øre: the exact share to four decimals, "= 0,10" when that is all of it, else "≈ 333,3367".
 */
function shown(exact: { text: string; rounded: boolean }, places: number): string {
  const value = new D(exact.text);
  if (places === 0) return `= ${formatNumber(value.toDecimalPlaces(2).toFixed())}`;
  const complete = !exact.rounded && value.decimalPlaces() <= 4;
  return `${complete ? '=' : '≈'} ${oreFigure(exact.text)}`;
}

/** An exact share next to shares in øre: two to four decimals, "0,10", "333,3367". */
function oreFigure(value: string): string {
  const decimals = Math.min(4, Math.max(2, new D(value).decimalPlaces()));
  return formatNumber(value, decimals);
}

/** A participant's part of the total: `numerator / denominator` of the key's common denominator. */
interface Weight {
  readonly numerator: bigint;
  readonly nb: string;
  readonly en: string;
}

/** The weights over one common denominator; the numerators are never negative and sum to the denominator. */
interface Weights {
  readonly denominator: bigint;
  readonly weights: Weight[];
}

/** `value` × 10^places as an integer; `value` has at most `places` decimals, so nothing is rounded. */
function scaled(value: Dec, places: number): bigint {
  return BigInt(value.toFixed(places).replace('.', ''));
}

/** Decimals as integers on one scale: [1.5, 2] → { values: [15, 20], places: 1 }. */
function onCommonScale(values: readonly Dec[]): { values: bigint[]; places: number } {
  const places = Math.max(0, ...values.map((value) => value.decimalPlaces()));
  return { values: values.map((value) => scaled(value, places)), places };
}

const sumOf = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

function weightsFor(participants: readonly AllocationParticipant[], key: DistributionKey): Weights {
  const count = participants.length;
  const byPopulation = () => {
    const populations = participants.map((p) =>
      decimal(p.population, `Folketallet for ${p.municipalityNumber}`),
    );
    if (populations.some((p) => p.isNegative())) {
      throw new AllocationError('Folketall kan ikke være negativt.', 'A population cannot be negative.');
    }
    const sum = populations.reduce((a, b) => a.plus(b), new D(0));
    if (sum.isZero()) {
      throw new AllocationError('Folketallene summerer til null.', 'The populations sum to zero.');
    }
    const label = 'populationLabel' in key ? key.populationLabel : undefined;
    const { values } = onCommonScale(populations);
    return {
      denominator: sumOf(values),
      weights: populations.map((p, index): Weight => {
        const note = participants[index].populationNote;
        return {
          numerator: values[index],
          nb: `innbyggere ${format(p)}${note ? ` (${note.nb})` : ''} av ${format(sum)}${label ? ` ${label.nb}` : ''}`,
          en: `population ${format(p)}${note ? ` (${note.en})` : ''} of ${format(sum)}${label ? ` ${label.en}` : ''}`,
        };
      }),
    };
  };
  switch (key.kind) {
    case 'EQUAL':
      return {
        denominator: BigInt(count),
        weights: participants.map(() => ({ numerator: 1n, nb: `1/${count}`, en: `1/${count}` })),
      };
    case 'POPULATION':
      return byPopulation();
    case 'FIXED_PLUS_POPULATION': {
      const fixed = decimal(key.fixedPercent, 'Fast andel');
      if (fixed.isNegative() || fixed.greaterThan(100)) {
        throw new AllocationError('Den faste andelen må være 0–100 %.', 'The fixed part must be 0–100 %.');
      }
      // fixed/100 × 1/count + (1 − fixed/100) × p/P, over the common denominator 100 × count × P (fixed and 100
      // scaled alike when the fixed part has decimals).
      const fixedPlaces = fixed.decimalPlaces();
      const f = scaled(fixed, fixedPlaces);
      const hundred = 100n * 10n ** BigInt(fixedPlaces);
      const population = byPopulation();
      const n = BigInt(count);
      return {
        denominator: hundred * n * population.denominator,
        weights: population.weights.map((weight) => ({
          numerator: f * population.denominator + (hundred - f) * n * weight.numerator,
          nb: `(${weight.nb} × ${format(new D(100).minus(fixed))} % + 1/${count} × ${format(fixed)} %)`,
          en: `(${weight.en} × ${format(new D(100).minus(fixed))} % + 1/${count} × ${format(fixed)} %)`,
        })),
      };
    }
    case 'USAGE': {
      const units = participants.map((p) => decimal(p.units ?? '0', `Bruken for ${p.municipalityNumber}`));
      if (units.some((u) => u.isNegative())) {
        throw new AllocationError('Bruk kan ikke være negativ.', 'Usage cannot be negative.');
      }
      const sum = units.reduce((a, b) => a.plus(b), new D(0));
      if (sum.isZero()) {
        throw new AllocationError(
          'Ingen bruk er registrert, så kostnaden kan ikke fordeles etter bruk.',
          'No usage is recorded, so the cost cannot be split by usage.',
        );
      }
      const { values } = onCommonScale(units);
      return {
        denominator: sumOf(values),
        weights: units.map((u, index) => ({
          numerator: values[index],
          nb: `${format(u)} / ${format(sum)} enheter`,
          en: `${format(u)} / ${format(sum)} units`,
        })),
      };
    }
    case 'MANUAL': {
      const percents = participants.map((p) =>
        decimal(p.percent, `Prosentandelen for ${p.municipalityNumber}`),
      );
      const sum = percents.reduce((a, b) => a.plus(b), new D(0));
      if (!sum.equals(100) || percents.some((p) => p.isNegative())) {
        throw new AllocationError(
          `Prosentandelene må summere til nøyaktig 100 (nå ${format(sum)}).`,
          `The percentages must sum to exactly 100 (now ${format(sum)}).`,
        );
      }
      const { values, places } = onCommonScale(percents);
      return {
        denominator: 100n * 10n ** BigInt(places),
        weights: percents.map((p, index) => ({
          numerator: values[index],
          nb: `${format(p)} %`,
          en: `${format(p)} %`,
        })),
      };
    }
  }
}

/**
 * Integer shares of `total` (in its unit) that sum to it: each exact share `total × numerator / denominator` rounded
 * towards zero, then the units still missing go one each to the largest remainders (ties: the lower municipality
 * number, which is the order given). Integer arithmetic, so the remainders compare exactly.
 */
function largestRemainder(total: bigint, numerators: readonly bigint[], denominator: bigint): bigint[] {
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const products = numerators.map((numerator) => magnitude * numerator);
  const result = products.map((product) => product / denominator);
  let missing = magnitude - sumOf(result);
  const order = products
    .map((product, index) => ({ index, remainder: product % denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (missing <= 0n) break;
    result[index] += 1n;
    missing -= 1n;
  }
  return result.map((value) => value * sign);
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** An integer count of 10^-places as a decimal string: (-12345, 2) → "-123.45", (5, 2) → "0.05". */
function fromScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${text}` : text;
}

/**
 * numerator / denominator (denominator > 0) as a decimal string: exact when the reduced denominator has no prime
 * factors but 2 and 5 (the quotient terminates), else rounded half up to `EXACT_PLACES` decimals and flagged.
 */
function exactDecimal(numerator: bigint, denominator: bigint): { text: string; rounded: boolean } {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const divisor = gcd(magnitude, denominator);
  const n = magnitude / divisor;
  const d = denominator / divisor;
  let rest = d;
  let twos = 0;
  let fives = 0;
  for (; rest % 2n === 0n; rest /= 2n) twos += 1;
  for (; rest % 5n === 0n; rest /= 5n) fives += 1;
  const terminates = rest === 1n;
  const places = terminates ? Math.max(twos, fives) : EXACT_PLACES;
  const power = 10n ** BigInt(places);
  const digits = terminates ? (n * power) / d : (2n * n * power + d) / (2n * d);
  const text = fromScaled(digits, places);
  return { text: negative && digits !== 0n ? `-${text}` : text, rounded: !terminates };
}

/** A share with everyone taking part, against the same share in a "what if" without some of them. */
export interface ShareChange {
  readonly municipalityNumber: string;
  /** Rounded what-if share minus rounded baseline share, in the shares' unit (whole kroner, or øre: "-0.01"). */
  readonly change: string;
  /**
   * The exact share rose (or stayed) but the rounded share fell: the largest-remainder method's known paradox.
   * It is at most one unit (1 kr, or 1 øre for a total with øre), and the explanation says so rather than hiding it.
   */
  readonly roundingParadox: boolean;
  readonly explanation: LocalizedText | null;
}

/** Compares what-if shares to the baseline, for the municipalities in both. */
export function compareShares(baseline: readonly Share[], whatIf: readonly Share[]): ShareChange[] {
  const before = new Map(baseline.map((share) => [share.municipalityNumber, share]));
  return whatIf.flatMap((share) => {
    const previous = before.get(share.municipalityNumber);
    if (!previous) return [];
    const ore = share.rounded.includes('.') || previous.rounded.includes('.');
    const change = new D(share.rounded).minus(previous.rounded);
    // Rounding `exact` (when it does not terminate) never reverses an order, so comparing the strings is safe.
    const paradox = change.isNegative() && new D(share.exact).gte(previous.exact);
    const exactText = (value: string) => (ore ? oreFigure(value) : format(new D(value).toDecimalPlaces(2)));
    const from = exactText(previous.exact);
    const to = exactText(share.exact);
    const lower = ore ? formatNumber(change.abs().toFixed(), 2) : format(change.abs());
    return [
      {
        municipalityNumber: share.municipalityNumber,
        change: change.toFixed(ore ? 2 : 0),
        roundingParadox: paradox,
        explanation: paradox
          ? ore
            ? {
                nb: `Den eksakte andelen øker fra ${from} til ${to} kr, men avrundet til øre blir den ${lower} kr lavere: største-rest-metoden gir de gjenværende ørene til de største restene, og de har flyttet seg.`,
                en: `The exact share rises from ${from} to ${to} kr, but rounded to the øre it is ${lower} kr lower: the largest-remainder method gives the remaining øre to the largest remainders, and those have moved.`,
              }
            : {
                nb: `Den eksakte andelen øker fra ${from} til ${to} kr, men avrundet til hele kroner blir den ${lower} kr lavere: største-rest-metoden gir de gjenværende kronene til de største restene, og de har flyttet seg.`,
                en: `The exact share rises from ${from} to ${to} kr, but rounded to whole kroner it is ${lower} kr lower: the largest-remainder method gives the remaining kroner to the largest remainders, and those have moved.`,
              }
          : null,
      },
    ];
  });
}

export interface BenefitThresholds {
  /** Realised at least this percentage of planned is GREEN. */
  readonly greenFromPercent: string;
  /** At least this (and below green) is YELLOW; below is RED. */
  readonly yellowFromPercent: string;
}

/**
 * Status of a benefit for a year: realised as a percentage of planned against the region's thresholds. Null when
 * nothing is realised yet (no status before anyone has measured). A plan of zero is GREEN once anything is recorded.
 */
export function benefitStatus(
  planned: string,
  realised: string | null,
  thresholds: BenefitThresholds,
): { status: 'GREEN' | 'YELLOW' | 'RED'; percent: string | null } | null {
  if (realised === null) return null;
  const plan = decimal(planned, 'Planlagt verdi');
  const actual = decimal(realised, 'Realisert verdi');
  if (plan.lte(0)) return { status: 'GREEN', percent: null };
  const percent = actual.div(plan).times(100);
  const status = percent.gte(thresholds.greenFromPercent)
    ? 'GREEN'
    : percent.gte(thresholds.yellowFromPercent)
      ? 'YELLOW'
      : 'RED';
  return { status, percent: percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1) };
}

/** Exact sum of decimal strings. */
export function sumAmounts(values: readonly (string | null | undefined)[]): string {
  return values.reduce((total: Dec, value) => (value ? total.plus(value) : total), new D(0)).toFixed();
}

/** Exact product of decimal strings, e.g. FTE × cost per FTE. */
export function multiplyAmounts(a: string, b: string): string {
  return new D(a).times(b).toFixed();
}
