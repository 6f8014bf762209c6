import Decimal from 'decimal.js';

/**
 * Norwegian number formatting, exact, from decimal strings, never through floating point: thousands grouped with a
 * space, decimals after a comma. For text the server writes (explanations, diffs, notifications, e-mails).
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
