/**
 * Exact decimal arithmetic on the API's decimal strings ("33.333333"), for the editor's live sums: scaled to whole
 * numbers (BigInt), never through floating point.
 */
const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);
const DECIMAL = /^(\d+)(?:\.(\d{1,6}))?$/;

function scaled(value: string): bigint | null {
  const match = DECIMAL.exec(value);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * FACTOR + BigInt(fraction.padEnd(SCALE, '0'));
}

function unscaled(value: bigint): string {
  const whole = value / FACTOR;
  const fraction = (value % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** The exact sum of non-negative decimals (up to six decimals); null if any is not such a number. */
export function sumDecimals(values: readonly string[]): string | null {
  let total = 0n;
  for (const value of values) {
    const next = scaled(value);
    if (next === null) return null;
    total += next;
  }
  return unscaled(total);
}

/** Whether two decimals are equal ("100" and "100.00" are). */
export function sameDecimal(a: string, b: string): boolean {
  const left = scaled(a);
  return left !== null && left === scaled(b);
}

/** A decimal as a person writes it in Norwegian: "33.5" → "33,5" (no rounding, unlike money). */
export function decimalForInput(value: string | null | undefined): string {
  return value ? value.replace('.', ',') : '';
}

/** A decimal shown in text, Norwegian style: "1200.5" → "1 200,5". */
export function formatDecimal(value: string | null | undefined): string {
  if (!value) return '';
  const [whole, fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${grouped},${fraction}` : grouped;
}
