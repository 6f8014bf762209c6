import Decimal from 'decimal.js';

/**
 * Cost allocation by distribution key (fordelingsnøkkel). Exact decimals throughout (decimal.js, never JS numbers);
 * shares are rounded to whole kroner by the largest-remainder method, so they always sum exactly to the total
 * (rounded to whole kroner), ties broken by municipality number. Only the participants given take part.
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

export interface Share {
  readonly municipalityNumber: string;
  /** The exact share, before rounding. */
  readonly exact: string;
  /** Whole kroner. */
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

/** Splits `total` among the participants by the key. Throws AllocationError with a Norwegian and English sentence. */
export function allocate(
  total: string,
  participants: readonly AllocationParticipant[],
  key: DistributionKey,
): Share[] {
  const amount = decimal(total, 'Beløpet');
  if (participants.length === 0) {
    throw new AllocationError(
      'Ingen kommuner deltar, så kostnaden kan ikke fordeles.',
      'No municipality takes part, so the cost cannot be split.',
    );
  }
  const numbers = new Set(participants.map((p) => p.municipalityNumber));
  if (numbers.size !== participants.length) {
    throw new AllocationError('En kommune står flere ganger.', 'A municipality appears more than once.');
  }
  const sorted = [...participants].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
  const weights = weightsFor(sorted, key);
  const exact = sorted.map((_, index) => amount.times(weights[index].fraction));
  const rounded = largestRemainder(amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP), exact);
  return sorted.map((participant, index) => ({
    municipalityNumber: participant.municipalityNumber,
    exact: exact[index].toFixed(),
    rounded: rounded[index].toFixed(0),
    explanation: {
      nb: `${weights[index].nb} × ${format(amount)} kr = ${format(exact[index].toDecimalPlaces(2))} kr`,
      en: `${weights[index].en} × ${format(amount)} kr = ${format(exact[index].toDecimalPlaces(2))} kr`,
    },
  }));
}

interface Weight {
  readonly fraction: Dec;
  readonly nb: string;
  readonly en: string;
}

function weightsFor(participants: readonly AllocationParticipant[], key: DistributionKey): Weight[] {
  const count = participants.length;
  const equal = (): Weight[] =>
    participants.map(() => ({ fraction: new D(1).div(count), nb: `1/${count}`, en: `1/${count}` }));
  const byPopulation = (): Weight[] => {
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
    return populations.map((p, index) => {
      const note = participants[index].populationNote;
      return {
        fraction: p.div(sum),
        nb: `innbyggere ${format(p)}${note ? ` (${note.nb})` : ''} av ${format(sum)}${label ? ` ${label.nb}` : ''}`,
        en: `population ${format(p)}${note ? ` (${note.en})` : ''} of ${format(sum)}${label ? ` ${label.en}` : ''}`,
      };
    });
  };
  switch (key.kind) {
    case 'EQUAL':
      return equal();
    case 'POPULATION':
      return byPopulation();
    case 'FIXED_PLUS_POPULATION': {
      const fixed = decimal(key.fixedPercent, 'Fast andel');
      if (fixed.isNegative() || fixed.greaterThan(100)) {
        throw new AllocationError('Den faste andelen må være 0–100 %.', 'The fixed part must be 0–100 %.');
      }
      const fixedShare = fixed.div(100);
      const population = byPopulation();
      return population.map((weight) => ({
        fraction: fixedShare.div(count).plus(new D(1).minus(fixedShare).times(weight.fraction)),
        nb: `(${weight.nb} × ${format(new D(100).minus(fixed))} % + 1/${count} × ${format(fixed)} %)`,
        en: `(${weight.en} × ${format(new D(100).minus(fixed))} % + 1/${count} × ${format(fixed)} %)`,
      }));
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
      return units.map((u) => ({
        fraction: u.div(sum),
        nb: `${format(u)} / ${format(sum)} enheter`,
        en: `${format(u)} / ${format(sum)} units`,
      }));
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
      return percents.map((p) => ({ fraction: p.div(100), nb: `${format(p)} %`, en: `${format(p)} %` }));
    }
  }
}

/**
 * Whole kroner that sum to `total`: each exact share rounded towards zero, then the kroner still missing go one each
 * to the largest remainders (ties: the lower municipality number, which is the order given).
 */
function largestRemainder(total: Dec, exact: readonly Dec[]): Dec[] {
  const sign = total.isNegative() ? -1 : 1;
  const magnitudes = exact.map((value) => value.times(sign));
  const floors = magnitudes.map((value) => value.toDecimalPlaces(0, Decimal.ROUND_FLOOR));
  let missing = total.times(sign).minus(floors.reduce((a, b) => a.plus(b), new D(0)));
  const order = magnitudes
    .map((value, index) => ({ index, remainder: value.minus(floors[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  for (const { index } of order) {
    if (missing.lte(0)) break;
    result[index] = result[index].plus(1);
    missing = missing.minus(1);
  }
  return result.map((value) => value.times(sign));
}

/** A share with everyone taking part, against the same share in a "what if" without some of them. */
export interface ShareChange {
  readonly municipalityNumber: string;
  /** Rounded what-if share minus rounded baseline share, whole kroner. */
  readonly change: string;
  /**
   * The exact share rose (or stayed) but the rounded share fell: the largest-remainder method's known paradox.
   * It is at most 1 kr, and the explanation says so rather than hiding it.
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
    const change = new D(share.rounded).minus(previous.rounded);
    const paradox = change.isNegative() && new D(share.exact).gte(previous.exact);
    return [
      {
        municipalityNumber: share.municipalityNumber,
        change: change.toFixed(0),
        roundingParadox: paradox,
        explanation: paradox
          ? {
              nb: `Den eksakte andelen øker fra ${format(new D(previous.exact).toDecimalPlaces(2))} til ${format(new D(share.exact).toDecimalPlaces(2))} kr, men avrundet til hele kroner blir den ${format(change.abs())} kr lavere: største-rest-metoden gir de gjenværende kronene til de største restene, og de har flyttet seg.`,
              en: `The exact share rises from ${format(new D(previous.exact).toDecimalPlaces(2))} to ${format(new D(share.exact).toDecimalPlaces(2))} kr, but rounded to whole kroner it is ${format(change.abs())} kr lower: the largest-remainder method gives the remaining kroner to the largest remainders, and those have moved.`,
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
