/**
 * Exact decimals as the product passes them around: strings with a point ("1250000.5"), never JavaScript numbers.
 * One reading of every way a decimal arrives — typed by a person in Norwegian ("1 250 000,50", "1 000 kr", "−3,25"),
 * sent by the web ("1250000.50"), returned by PostgreSQL ("1150.00") — used by the API and the web. Arithmetic is
 * on whole numbers (BigInt) scaled by the decimals given, so nothing is rounded; no decimal.js, so that pages can
 * import it without downloading a library.
 */

/** Digits, optionally grouped in threes by a space (ordinary, no-break or narrow no-break), then a decimal mark. */
const WRITTEN = /^([-\u2212]?)\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/;
const PARSED = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal as written → a decimal string with a point, the digits kept as written: "1 250 000,50" → "1250000.50",
 * "12591.5" → "12591.5", "1 000 kr" → "1000", "−3,25" → "-3.25". Null when the text is empty or not a number
 * (letters, two decimal marks, or spaces that do not group thousands: "12 50").
 */
export function parseDecimal(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const match = WRITTEN.exec(text.trim().replace(/\s*kr\.?$/i, ''));
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  return `${sign ? '-' : ''}${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A decimal in its one canonical form, so that equal values are equal strings: read as {@link parseDecimal} reads
 * it, then without leading zeros, trailing decimal zeros or a minus on zero. "1150.00" → "1150", "0.80" → "0.8",
 * "1 250 000,50" → "1250000.5", "-0" → "0". Null when it is not a number.
 */
export function normalizeDecimal(text: string | null | undefined): string | null {
  const parsed = parseDecimal(text);
  if (parsed === null) return null;
  const [, sign, digits, decimals = ''] = PARSED.exec(parsed) as RegExpExecArray;
  const whole = digits.replace(/^0+(?=\d)/, '');
  const fraction = decimals.replace(/0+$/, '');
  const zero = whole === '0' && fraction === '';
  return `${sign && !zero ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(text: string): Scaled | null {
  const parsed = parseDecimal(text);
  if (parsed === null) return null;
  const [, sign, whole, fraction = ''] = PARSED.exec(parsed) as RegExpExecArray;
  const units = BigInt(whole + fraction);
  return { units: sign ? -units : units, scale: fraction.length };
}

const atScale = (value: Scaled, scale: number): bigint => value.units * 10n ** BigInt(scale - value.scale);

function unscaled(units: bigint, scale: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return normalizeDecimal(`${units < 0n ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`) as string;
}

/** The exact sum, canonical ("33.333333" × 2 + "33.333334" → "100"); null if any value is not a number. */
export function sumDecimals(values: readonly string[]): string | null {
  const all = values.map(scaled);
  if (all.some((value) => value === null)) return null;
  const terms = all as Scaled[];
  const scale = Math.max(0, ...terms.map((value) => value.scale));
  return unscaled(
    terms.reduce((total, value) => total + atScale(value, scale), 0n),
    scale,
  );
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`; null if either is not a number. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 | null {
  const left = scaled(a);
  const right = scaled(b);
  if (left === null || right === null) return null;
  const scale = Math.max(left.scale, right.scale);
  const difference = atScale(left, scale) - atScale(right, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Whether two decimals are the same number ("100" and "100.00" are). */
export function sameDecimal(a: string, b: string): boolean {
  return compareDecimals(a, b) === 0;
}
