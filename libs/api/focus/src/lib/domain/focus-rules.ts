import { normalizeDecimal, parseDecimal } from '@samarbeid/shared/domain';

// The status rules are shared with the read library the overview uses (libs/api/focus-read).
export {
  FOCUS_DIRECTIONS,
  FOCUS_STATUSES,
  FOCUS_TRENDS,
  type FocusDirection,
  type FocusStatus,
  type FocusTrend,
  focusStatus,
  focusTrend,
  type PeriodValue,
  targetFor,
} from '@samarbeid/api/focus-read';

/*
 * The pure rules of focus items: periods, status against the target, trend, who may do what. No I/O.
 */

export const FOCUS_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type FocusFrequency = (typeof FOCUS_FREQUENCIES)[number];

export const FOCUS_SOURCES = ['API', 'UPLOAD', 'MANUAL'] as const;
export type FocusSource = (typeof FOCUS_SOURCES)[number];

/** A region keeps a few focus items, not hundreds: every page shows them all. */
export const MAX_FOCUS_ITEMS_PER_REGION = 200;
/** Values one API call or one file may carry. */
export const MAX_VALUES_PER_BATCH = 1000;

const PERIOD_PATTERNS: Readonly<Record<FocusFrequency, RegExp>> = {
  MONTHLY: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
  YEARLY: /^(\d{4})$/,
};

export const PERIOD_EXAMPLES: Readonly<Record<FocusFrequency, string>> = {
  MONTHLY: '2026-03',
  QUARTERLY: '2026-Q1',
  YEARLY: '2026',
};

export type PeriodProblem = 'NOT_A_PERIOD' | 'WRONG_KIND' | 'OUT_OF_RANGE';

/** Why `period` is not a period of an item measured at `frequency`, or null when it is. */
export function focusPeriodProblem(period: string, frequency: FocusFrequency): PeriodProblem | null {
  const match = PERIOD_PATTERNS[frequency].exec(period);
  if (!match) {
    const otherKind = FOCUS_FREQUENCIES.some((kind) => PERIOD_PATTERNS[kind].test(period));
    return otherKind ? 'WRONG_KIND' : 'NOT_A_PERIOD';
  }
  const year = Number(match[1]);
  return year < 2000 || year > 2100 ? 'OUT_OF_RANGE' : null;
}

/** Values PostgreSQL's numeric(18,4) holds: at most 14 digits before the mark and 4 after. */
export function focusValueOf(text: string): string | null {
  const parsed = parseDecimal(text);
  if (parsed === null) return null;
  const [whole, fraction = ''] = parsed.replace('-', '').split('.');
  if (whole.replace(/^0+(?=\d)/, '').length > 14 || fraction.length > 4) return null;
  return normalizeDecimal(parsed);
}

export interface FocusCaller {
  readonly roles: readonly string[];
  readonly municipalityNumber: string | null;
}

/** Only the secretariat defines focus items and their targets. */
export function mayDefineFocusItems(caller: FocusCaller): boolean {
  return caller.roles.includes('secretariat');
}

/**
 * Who records a value by hand: the secretariat for every item; a municipal director for the items of their own
 * municipality.
 */
export function mayRecordFocusValue(
  caller: FocusCaller,
  item: { readonly municipalityNumber: string | null },
): boolean {
  if (caller.roles.includes('secretariat')) return true;
  return (
    caller.roles.includes('municipal-director') &&
    item.municipalityNumber !== null &&
    item.municipalityNumber === caller.municipalityNumber
  );
}
