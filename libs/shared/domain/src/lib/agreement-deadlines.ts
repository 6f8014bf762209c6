import { Labels } from './portfolio';

/**
 * Calendar arithmetic for agreement deadlines (end dates, notice periods) on ISO dates ("YYYY-MM-DD").
 * Everything works on year/month/day integers: no `Date` objects, so the machine's time zone and daylight
 * saving never shift a day. Years 0001–9999; an invalid date is refused with a RangeError.
 */

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseParts(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parse(value: string): CalendarDate {
  const parts = parseParts(value);
  if (!parts) throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${value}"`);
  return parts;
}

function format({ year, month, day }: CalendarDate): string {
  if (year < 1 || year > 9999) throw new RangeError(`Year ${year} is outside 0001–9999`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a real calendar date written "YYYY-MM-DD" (so "2027-02-29" and "2027-2-1" are false). */
export function isValidIsoDate(value: string): boolean {
  return parseParts(value) !== undefined;
}

/**
 * The same day `months` later (earlier when negative), clamped to the last day of the target month:
 * 2026-08-31 + 6 → 2027-02-28, 2028-03-31 − 1 → 2028-02-29.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number (got ${months})`);
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * The last day notice can be given for the agreement to end on `endDate`: notice given on or before this date
 * takes effect by the end date; notice given later runs past it. It is the end date moved back by the notice
 * period, clamped to the month's last day (end 2027-08-31 with 6 months' notice → notice by 2027-02-28).
 * With no notice period (0 months) it is the end date itself.
 */
export function lastNoticeDate(endDate: string, noticeMonths: number): string {
  if (!Number.isInteger(noticeMonths) || noticeMonths < 0) {
    throw new RangeError(
      `The notice period must be a whole number of months, 0 or more (got ${noticeMonths})`,
    );
  }
  return addMonths(endDate, -noticeMonths);
}

export const DEADLINE_STATUSES = ['PASSED', 'SOON', 'LATER'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const DEADLINE_STATUS_LABELS: Labels<DeadlineStatus> = {
  PASSED: { nb: 'Passert', en: 'Passed' },
  SOON: { nb: 'Snart', en: 'Soon' },
  LATER: { nb: 'Senere', en: 'Later' },
};

/**
 * Where a deadline stands seen from `today`: PASSED when it is before today (a deadline today is still open),
 * SOON when it falls on or before `today + withinMonths`, otherwise LATER.
 */
export function deadlineStatus(date: string, today: string, withinMonths: number): DeadlineStatus {
  if (compareIsoDates(date, today) < 0) return 'PASSED';
  return compareIsoDates(date, addMonths(today, withinMonths)) <= 0 ? 'SOON' : 'LATER';
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parse(to)) - dayNumber(parse(from));
}

/** Orders two ISO dates (negative, 0, positive), after checking both are real dates. */
export function compareIsoDates(a: string, b: string): number {
  return Math.sign(daysBetween(b, a));
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), integers only. */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
