import Decimal from 'decimal.js';
import { cellContent, type CellContent } from '@samarbeid/api/documents';

/**
 * Reading what people type into spreadsheet cells: text, numbers in Norwegian format ("12 591,50"), dates
 * ("31.12.2025"). A formula cell counts as its cached result.
 */

export interface Reason {
  readonly nb: string;
  readonly en: string;
}

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Reason };

export { cellContent, type CellContent };

export function ok<T>(value: T): Read<T> {
  return { ok: true, value };
}

export function fail<T>(nb: string, en: string): Read<T> {
  return { ok: false, reason: { nb, en } };
}

/** The cell as a person would read it, for messages. */
export function displayText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'text':
      return content.text;
    case 'number':
      return String(content.value);
    case 'date':
      return norwegianDate(isoDate(content.value));
    case 'boolean':
      return content.value ? 'SANN' : 'USANN';
    case 'error':
      return '';
  }
}

/** Spaces people and Excel put in numbers: space, no-break, narrow no-break, thin, figure and punctuation space. */
const SPACES = /[\s\u00a0\u2007\u2008\u2009\u202f]+/g;
const NUMBER_TEXT = /^([-\u2212]?)(\d{1,3}(?: \d{3})+|\d+)(?:([,.])(\d+))?$/;

/**
 * A number typed as text in Norwegian format: space (or no-break or thin space) between thousands, comma before
 * decimals, optionally "kr" before or after. A dot is also taken as the decimal mark, except in a number like
 * "12.591" where it is more likely a thousands separator; that is refused as ambiguous.
 */
export function parseNumberText(text: string): Read<Decimal> {
  const normalised = text
    .replace(SPACES, ' ')
    .trim()
    .replace(/^kr\.?\s*/i, '')
    .replace(/\s*(kr\.?|,-)$/i, '')
    .trim();
  const match = NUMBER_TEXT.exec(normalised);
  if (!match) {
    return fail(
      `«${text}» er ikke et tall. Skriv for eksempel 12 591 eller 12 591,50.`,
      `"${text}" is not a number. Write e.g. 12 591 or 12 591,50.`,
    );
  }
  const [, sign, integer, mark, decimals] = match;
  if (mark === '.' && decimals.length === 3 && !integer.includes(' ')) {
    return fail(
      `«${text}» er tvetydig. Bruk mellomrom som tusenskille (12 591) og komma som desimaltegn (12,5).`,
      `"${text}" is ambiguous. Use a space between thousands (12 591) and a comma before decimals (12,5).`,
    );
  }
  const digits = `${sign === '' ? '' : '-'}${integer.replace(/ /g, '')}${decimals === undefined ? '' : `.${decimals}`}`;
  return ok(new Decimal(digits));
}

/**
 * A number from a numeric cell (through `String(value)`, never arithmetic on the JS number) or from text, rounded
 * to two decimals (half up).
 */
export function readDecimal(content: CellContent): Read<Decimal> {
  let read: Read<Decimal>;
  switch (content.kind) {
    case 'number':
      read = ok(new Decimal(String(content.value)));
      break;
    case 'text':
      read = parseNumberText(content.text);
      break;
    case 'error':
      return { ok: false, reason: content.reason };
    default:
      return fail(`«${displayText(content)}» er ikke et tall.`, `"${displayText(content)}" is not a number.`);
  }
  if (!read.ok) return read;
  const rounded = read.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return ok(rounded.isZero() ? new Decimal(0) : rounded);
}

/** A decimal as a plain string without exponent or trailing zeros: "12591000", "1234.5". */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}

export function isoDate(date: Date): string {
  // exceljs gives a date cell as midnight UTC of the calendar date.
  return date.toISOString().slice(0, 10);
}

export function norwegianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return isoDate(date);
}

/** A date cell, or text "DD.MM.YYYY" (also D.M.YYYY) or "YYYY-MM-DD", as YYYY-MM-DD. */
export function readDate(content: CellContent): Read<string> {
  if (content.kind === 'date') {
    if (Number.isNaN(content.value.getTime())) return fail('Datoen er ugyldig.', 'The date is invalid.');
    return ok(isoDate(content.value));
  }
  if (content.kind === 'error') return { ok: false, reason: content.reason };
  const text = displayText(content);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const parts = norwegian
    ? [norwegian[3], norwegian[2], norwegian[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : null;
  const date =
    parts && content.kind === 'text' ? validDate(Number(parts[0]), Number(parts[1]), Number(parts[2])) : null;
  if (date === null) {
    return fail(
      `«${text}» er ikke en gyldig dato. Skriv datoen som DD.MM.ÅÅÅÅ, for eksempel 01.01.2025.`,
      `"${text}" is not a valid date. Write the date as DD.MM.YYYY, e.g. 01.01.2025.`,
    );
  }
  return ok(date);
}

/**
 * Trimmed text, numbers and dates as displayed. Runs of whitespace become one space, unless `multiline`, where
 * line breaks are kept.
 */
export function readText(content: CellContent, multiline = false): Read<string> {
  if (content.kind === 'error') return { ok: false, reason: content.reason };
  const text = displayText(content);
  return ok(multiline ? text.replace(/\r\n?/g, '\n').trim() : text.replace(/\s+/g, ' ').trim());
}
