/**
 * Reading list filters from a URL: what a user or a shared link put in the query string is only trusted when the
 * web app knows the value, and a filter object keeps only the filters actually chosen.
 */

/** Only values the web app knows; anything else from a URL is ignored. */
export function knownValue<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** The same filters without the ones left unset, so "no filter" is `{}` and compares equal. */
export function withoutUnset<T extends object>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as T;
}
