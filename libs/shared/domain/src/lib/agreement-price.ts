import Decimal from 'decimal.js';

import { allocate, roundToOre, type Share } from './allocation';

/** Enough significant digits for price × volume of the largest amounts the API accepts (14 + 2 digits each). */
const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/**
 * What a service-purchase agreement costs its buyers: the price per year (a fixed annual price, or price × volume for
 * hourly and per-case prices), for the months of a year it is in force, split among the buyers by their volumes
 * when every buyer has one, else equally, by largest remainder (whole kroner when the price is whole kroner, else
 * øre). Exact decimals throughout; a price computed from others (price × volume, a part of a year) is rounded half up
 * to whole øre, the unit money is paid in, before it is split.
 */
export interface ServicePurchasePrice {
  readonly priceModel: 'FIXED_ANNUAL' | 'HOURLY' | 'PER_CASE';
  readonly price: string;
  readonly volumeAmount: string | null;
  readonly buyers: readonly { readonly municipalityNumber: string; readonly volume: string | null }[];
}

/** The price for a whole year (price × volume rounded half up to øre), or null when a per-unit price has no volume. */
export function annualPrice(terms: ServicePurchasePrice): string | null {
  if (terms.priceModel === 'FIXED_ANNUAL') return roundToOre(terms.price);
  if (terms.volumeAmount === null) return null;
  return roundToOre(new Exact(terms.price).times(terms.volumeAmount).toFixed());
}

/** True when the buyers' volumes decide the split (every buyer has a volume above zero). */
export function splitByVolume(terms: ServicePurchasePrice): boolean {
  return terms.buyers.every((buyer) => buyer.volume !== null && new Decimal(buyer.volume).gt(0));
}

/** Each buyer's share of `total`, by volume or equally. */
export function buyerShares(total: string, terms: ServicePurchasePrice): Share[] {
  return allocate(
    total,
    terms.buyers.map((buyer) => ({
      municipalityNumber: buyer.municipalityNumber,
      units: buyer.volume ?? '0',
    })),
    splitByVolume(terms) ? { kind: 'USAGE' } : { kind: 'EQUAL' },
  );
}

/**
 * Months of `year` within [start, end] (ISO dates), counted by calendar month: a month counts when the agreement is
 * in force on any day of it. `end` null: open-ended.
 */
export function monthsInYear(start: string, end: string | null, year: number): number {
  const [startYear, startMonth] = start.split('-').map(Number);
  const [endYear, endMonth] = end ? end.split('-').map(Number) : [Number.MAX_SAFE_INTEGER, 12];
  const from = year < startYear ? 13 : year === startYear ? startMonth : 1;
  const to = year > endYear ? 0 : year === endYear ? endMonth : 12;
  return Math.max(0, to - from + 1);
}

/** The part of the annual price for `months` of a year: annual × months / 12, rounded half up to øre. */
export function priceForMonths(annual: string, months: number): string {
  return roundToOre(new Exact(annual).times(months).div(12).toFixed());
}
