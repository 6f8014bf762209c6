const MUNICIPALITY_NUMBER = /^\d{4}$/;

/** A municipality number in SSB's classification KLASS 131: exactly four digits, e.g. "3303". */
export function isMunicipalityNumber(value: unknown): value is string {
  return typeof value === 'string' && MUNICIPALITY_NUMBER.test(value);
}
