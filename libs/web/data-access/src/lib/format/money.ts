/**
 * Money in Norwegian format, exactly: the API sends decimal strings ("12591000", "1234.5") and these functions work
 * on the digits, never through floating point. Thousands are grouped with a no-break space, decimals follow a comma.
 */
const NBSP = '\u00a0';

/** "1234567.5" → "1 234 567,50" (two decimals only when there are any; `decimals` forces a number of them). */
export function formatAmount(value: string | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, integer, fraction = ''] = match;
  const digits = decimals ?? (fraction.replace(/0+$/, '') ? 2 : 0);
  const { whole, part } = roundDigits(integer, fraction, digits);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const negative = sign === '-' && /[1-9]/.test(whole + part);
  return `${negative ? '\u2212' : ''}${grouped}${digits > 0 ? `,${part}` : ''}`;
}

/** "12591000" → "12 591 000 kr". */
export function formatKroner(value: string | null | undefined, decimals?: number): string {
  const amount = formatAmount(value, decimals);
  return amount ? `${amount}${NBSP}kr` : '';
}

/** Rounds half up on the decimal digits, carrying into the whole part. */
function roundDigits(integer: string, fraction: string, digits: number): { whole: string; part: string } {
  const padded = fraction.padEnd(digits + 1, '0');
  const kept = integer + padded.slice(0, digits);
  const roundUp = Number(padded[digits]) >= 5;
  let result = kept;
  if (roundUp) {
    const chars = kept.split('');
    let index = chars.length - 1;
    while (index >= 0) {
      if (chars[index] === '9') {
        chars[index] = '0';
        index -= 1;
      } else {
        chars[index] = String(Number(chars[index]) + 1);
        break;
      }
    }
    result = (index < 0 ? '1' : '') + chars.join('');
  }
  const whole = result.slice(0, result.length - digits).replace(/^0+(?=\d)/, '') || '0';
  return { whole, part: result.slice(result.length - digits) };
}

/**
 * What a person typed, as the API's decimal string: "12 591,50" or "12591.5" or "1 000 kr" → "12591.50" /
 * "12591.5" / "1000". Null when it is not a number.
 */
export function parseAmount(text: string): string | null {
  const cleaned = text
    .replace(/kr\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return cleaned.replace(',', '.');
}
