/**
 * Decimals as the agreement pages show them. Reading what people type, sums and comparisons are the shared domain's
 * (parseDecimal, sumDecimals, sameDecimal in @samarbeid/shared/domain), the same the API uses.
 */

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
