import { DEFAULT_REGION_SLUG } from '@samarbeid/web/data-access';

/** The region in the address (`?region=`), or the app's default region. */
export function regionOrDefault(region: string | undefined): string {
  return region && /^[a-z0-9-]{1,64}$/.test(region) ? region : DEFAULT_REGION_SLUG;
}

/** This year in Norway. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(now));
}

/** Today in Norway, YYYY-MM-DD. */
export function todayInNorway(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** The year in the address (`?ar=2026`), or this year. */
export function yearOr(value: string | undefined, fallback: number): number {
  const year = Number(value);
  return value && /^\d{4}$/.test(value) && year >= 2000 && year <= 2100 ? year : fallback;
}

/** The years to choose between: five back, one ahead, and the chosen one. */
export function yearChoices(selected: number, now: number): number[] {
  const years = new Set<number>();
  for (let year = now + 1; year >= now - 5; year--) years.add(year);
  years.add(selected);
  return [...years].sort((a, b) => b - a);
}
