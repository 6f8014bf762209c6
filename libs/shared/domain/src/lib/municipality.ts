const MUNICIPALITY_NUMBER = /^\d{4}$/;

/**
 * A string {@link isMunicipalityNumber} has checked. Branded so that the check narrows only where it passes: a
 * string that fails it is still a string, not `never`.
 */
export type MunicipalityNumber = string & { readonly __brand: 'MunicipalityNumber' };

/** A municipality number in SSB's classification KLASS 131: exactly four digits, e.g. "3303". */
export function isMunicipalityNumber(value: unknown): value is MunicipalityNumber {
  return typeof value === 'string' && MUNICIPALITY_NUMBER.test(value);
}
