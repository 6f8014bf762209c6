/**
 * Dates as Norway sees them: the calendar day in Europe/Oslo (deadlines, reviews and due dates are judged on it) and
 * the Norwegian ways of writing a date and a time. Server and browser both use these.
 */
const OSLO = 'Europe/Oslo';

/** The calendar date in Norway (Europe/Oslo) of an instant, now by default, as "YYYY-MM-DD". */
export function osloDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
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
      timeZone: OSLO,
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
