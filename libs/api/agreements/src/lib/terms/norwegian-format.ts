import Decimal from 'decimal.js';

/**
 * Norwegian formatting on the server (diffs, notifications, e-mails): exact, from decimal strings, never through
 * floating point. Thousands are grouped with a space, decimals follow a comma.
 */

/** "1250000" → "1 250 000", "1150.5" → "1 150,50" (two decimals when there are any). */
export function formatNumber(value: string, decimals?: number): string {
  const amount = new Decimal(value);
  const places = decimals ?? (amount.isInteger() ? 0 : 2);
  const [integer, fraction] = amount.abs().toFixed(places).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${amount.isNegative() && !amount.isZero() ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "1250000" → "1 250 000 kr". */
export function formatKroner(value: string): string {
  return `${formatNumber(value)} kr`;
}

/** A quantity with up to six decimals, trailing zeros dropped: "0.80" → "0,8", "1200.00" → "1 200". */
export function formatQuantity(value: string): string {
  const amount = new Decimal(value);
  const [integer, fraction] = amount.abs().toFixed().split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${amount.isNegative() ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "2026-01-01" → "1.1.2026". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** An instant as Norwegians read it, in Norwegian time: "22.11.2026 kl. 09.15". */
export function formatDateTime(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${Number(parts['day'])}.${Number(parts['month'])}.${parts['year']} kl. ${parts['hour']}.${parts['minute']}`;
}

/** The calendar date in Norway (Europe/Oslo) of an instant, as "YYYY-MM-DD". */
export function osloDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** A decimal string without trailing zeros ("1150.00" → "1150"), for comparing and sending. */
export function normalizeDecimal(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toFixed();
}
