import { notFound } from '@samarbeid/api/platform';

/** The one NOT_FOUND for a region slug, whichever feature looks it up. */
export const regionNotFound = (slug: string) =>
  notFound({
    nb: `Fant ingen region med kortnavnet «${slug}».`,
    en: `No region has the short name "${slug}".`,
  });

/**
 * SQL condition: the membership row (optionally under `alias`) is in force today. Memberships are dated, so every
 * query of "the region's municipalities" uses this.
 */
export function currentMembership(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('valid_from')} <= current_date AND (${column('valid_to')} IS NULL OR ${column('valid_to')} > current_date)`;
}
