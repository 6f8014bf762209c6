import { formatAmount, parseAmount } from '@samarbeid/web/data-access';

/**
 * The pure part of the two editors on `/okonomi`: what a person typed (the Norwegian way: "1 250 000,50") to what
 * the API takes (decimal strings with a point: "1250000.50"), checked against the API's own rules first.
 */

/** The API's amount rule: not negative, at most 14 digits and 2 decimals. */
const API_AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;
/** The API's percentage rule (0–100 is checked apart). */
const API_PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export interface RequirementRow {
  /** Stable identity for the template (ids, tracking). */
  readonly key: number;
  readonly year: string;
  readonly amount: string;
}

export type RequirementProblem = 'yearInvalid' | 'yearDuplicate' | 'amountInvalid';

export interface RowProblems {
  readonly year?: RequirementProblem;
  readonly amount?: RequirementProblem;
}

export interface RequirementValue {
  readonly year: number;
  readonly amount: string;
}

export type RequirementsCheck =
  | { readonly ok: true; readonly values: readonly RequirementValue[] }
  | { readonly ok: false; readonly problems: ReadonlyMap<number, RowProblems> };

let nextRowKey = 0;

/** A new row with its own key. */
export function requirementRow(year: string, amount: string): RequirementRow {
  nextRowKey += 1;
  return { key: nextRowKey, year, amount };
}

/** The saved requirements as editable rows, amounts in Norwegian format ("1 250 000"). */
export function requirementRows(saved: readonly RequirementValue[]): RequirementRow[] {
  return [...saved]
    .sort((a, b) => a.year - b.year)
    .map((value) => requirementRow(String(value.year), formatAmount(value.amount)));
}

/** The year a new row suggests: the year after the last one, or this year. */
export function nextYear(rows: readonly RequirementRow[], currentYear: number): string {
  const years = rows.map((row) => Number(row.year.trim())).filter((year) => Number.isInteger(year));
  return String(years.length > 0 ? Math.max(...years) + 1 : currentYear);
}

/** Norwegian amount text → the API's decimal string, or null when the API would refuse it. */
export function parseRequirementAmount(text: string): string | null {
  const parsed = parseAmount(text.trim());
  return parsed !== null && API_AMOUNT.test(parsed) ? parsed : null;
}

/**
 * Rows → the values to send, in year order. Rows left entirely blank are ignored; every other row needs a year
 * (2000–2100, each once) and an amount the API takes.
 */
export function checkRequirements(rows: readonly RequirementRow[]): RequirementsCheck {
  const problems = new Map<number, RowProblems>();
  const values: RequirementValue[] = [];
  const seen = new Set<number>();
  for (const row of rows) {
    const yearText = row.year.trim();
    if (yearText === '' && row.amount.trim() === '') continue;
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    let yearProblem: RequirementProblem | undefined;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) yearProblem = 'yearInvalid';
    else if (seen.has(year)) yearProblem = 'yearDuplicate';
    const amount = parseRequirementAmount(row.amount);
    if (yearProblem || amount === null) {
      problems.set(row.key, {
        ...(yearProblem ? { year: yearProblem } : {}),
        ...(amount === null ? { amount: 'amountInvalid' as const } : {}),
      });
    }
    if (!yearProblem) seen.add(year);
    if (!yearProblem && amount !== null) values.push({ year, amount });
  }
  if (problems.size > 0) return { ok: false, problems };
  return { ok: true, values: values.sort((a, b) => a.year - b.year) };
}

/** Compares two non-negative decimal strings exactly: negative, zero or positive like `a - b`. */
export function compareDecimals(a: string, b: string): number {
  const [aWhole, aFraction = ''] = a.split('.');
  const [bWhole, bFraction = ''] = b.split('.');
  const wholeA = aWhole.replace(/^0+(?=\d)/, '');
  const wholeB = bWhole.replace(/^0+(?=\d)/, '');
  if (wholeA.length !== wholeB.length) return wholeA.length - wholeB.length;
  if (wholeA !== wholeB) return wholeA < wholeB ? -1 : 1;
  const length = Math.max(aFraction.length, bFraction.length);
  const fractionA = aFraction.padEnd(length, '0');
  const fractionB = bFraction.padEnd(length, '0');
  return fractionA === fractionB ? 0 : fractionA < fractionB ? -1 : 1;
}

/** "87,5 %" → "87.5"; null unless it is a percentage from 0 to 100 with at most two decimals. */
export function parsePercent(text: string): string | null {
  const parsed = parseAmount(text.trim().replace(/\s*%$/, ''));
  if (parsed === null || !API_PERCENT.test(parsed)) return null;
  return compareDecimals(parsed, '100') <= 0 ? parsed : null;
}

export type ThresholdProblem = 'invalid' | 'order';

export type ThresholdsCheck =
  | { readonly ok: true; readonly greenFromPercent: string; readonly yellowFromPercent: string }
  | {
      readonly ok: false;
      readonly green?: ThresholdProblem;
      readonly yellow?: ThresholdProblem;
    };

/** Both thresholds as the API takes them; yellow may not be above green. */
export function checkThresholds(green: string, yellow: string): ThresholdsCheck {
  const greenFromPercent = parsePercent(green);
  const yellowFromPercent = parsePercent(yellow);
  if (greenFromPercent === null || yellowFromPercent === null) {
    return {
      ok: false,
      ...(greenFromPercent === null ? { green: 'invalid' as const } : {}),
      ...(yellowFromPercent === null ? { yellow: 'invalid' as const } : {}),
    };
  }
  if (compareDecimals(yellowFromPercent, greenFromPercent) > 0) return { ok: false, yellow: 'order' };
  return { ok: true, greenFromPercent, yellowFromPercent };
}
