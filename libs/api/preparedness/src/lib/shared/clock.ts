/** The calendar date in Norway (Europe/Oslo) now, as "YYYY-MM-DD": the day deadlines and reviews are judged on. */
export function osloToday(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
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
