import { formatKroner, type I18nService } from '@samarbeid/web/data-access';

/**
 * Helpers over the API's decimal strings (NOK). Money is never turned into a JavaScript number here: signs and
 * formatting work on the text. Only the chart converts to numbers, for bar heights in pixels.
 */

export interface YearAmount {
  readonly year: number;
  readonly amount: string;
}

/** The amount for a year in a per-year list, or null when the list has none. */
export function amountIn(list: readonly YearAmount[], year: number): string | null {
  return list.find((entry) => entry.year === year)?.amount ?? null;
}

/** The years of some per-year lists, ascending, each once. */
export function yearsOf(...lists: readonly (readonly YearAmount[])[]): number[] {
  return [...new Set(lists.flatMap((list) => list.map((entry) => entry.year)))].sort((a, b) => a - b);
}

/** "-1200.50" is negative; "-0", "0.00" and "12" are not. */
export function isNegative(value: string): boolean {
  return value.trim().startsWith('-') && /[1-9]/.test(value);
}

/** "0", "0.00", "-0" are zero. */
export function isZero(value: string): boolean {
  return !/[1-9]/.test(value);
}

export type GapKind = 'short' | 'over' | 'even';

export interface GapCell {
  readonly kind: GapKind;
  /** "−500 000 kr (mangler)", "+250 000 kr (over kravet)", "0 kr (som kravet)": the sign and a word, not colour. */
  readonly text: string;
}

/** A gap (planned or realised minus required) with its sign spelled out in words. */
export function gapCell(value: string, t: I18nService['t']): GapCell {
  const kind: GapKind = isNegative(value) ? 'short' : isZero(value) ? 'even' : 'over';
  return { kind, text: t(`economicsPages.gap.${kind}`, { amount: formatKroner(value) }) };
}

/** A percentage from the API ("90", "87.50") the Norwegian way: "90", "87,5". */
export function formatPercent(value: string): string {
  const [whole, fraction = ''] = value.trim().split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept ? `${whole},${kept}` : whole;
}
