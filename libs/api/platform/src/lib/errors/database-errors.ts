import { AppError, badUserInput, conflict } from './app-error';

/**
 * PostgreSQL refusals that a person's input can cause, by SQLSTATE, as sentences. The database is the last line:
 * services check first, but a value that slips past them (an unknown municipality number, a stale reference, a
 * number out of range) is answered as a mistake in the input, never as a server error. The change is rolled back
 * with its transaction, so nothing is half-written.
 */
const BY_SQLSTATE: Readonly<Record<string, () => AppError>> = {
  // integrity constraint violations
  '23503': () =>
    badUserInput({
      nb: 'Noe du viser til finnes ikke (eller er slettet). Kontroller valgene og prøv igjen.',
      en: 'Something you refer to does not exist (or was deleted). Check your choices and try again.',
    }),
  '23505': () =>
    conflict({
      nb: 'Dette finnes allerede. Last inn siden på nytt for å se det.',
      en: 'This already exists. Reload the page to see it.',
    }),
  '23514': () =>
    badUserInput({
      nb: 'En verdi er utenfor det som er tillatt. Kontroller tallene og datoene.',
      en: 'A value is outside what is allowed. Check the numbers and dates.',
    }),
  '23502': () =>
    badUserInput({
      nb: 'Et påkrevd felt mangler.',
      en: 'A required field is missing.',
    }),
  '23P01': () =>
    conflict({
      nb: 'Dette overlapper med noe som finnes fra før.',
      en: 'This overlaps with something that already exists.',
    }),
  // data exceptions
  '22001': () => badUserInput({ nb: 'En tekst er for lang.', en: 'A text is too long.' }),
  '22003': () =>
    badUserInput({
      nb: 'Et tall er for stort eller for lite.',
      en: 'A number is too large or too small.',
    }),
  '22007': () => badUserInput({ nb: 'En dato er ugyldig.', en: 'A date is invalid.' }),
  '22008': () => badUserInput({ nb: 'En dato er utenfor gyldig område.', en: 'A date is out of range.' }),
  '22012': () => badUserInput({ nb: 'Et tall ga deling på null.', en: 'A number led to division by zero.' }),
  '22021': () =>
    badUserInput({
      nb: 'En tekst inneholder tegn som ikke kan lagres.',
      en: 'A text contains characters that cannot be stored.',
    }),
  '22P02': () =>
    badUserInput({
      nb: 'En verdi har feil form (for eksempel en id eller et tall).',
      en: 'A value has the wrong form (an id or a number, for example).',
    }),
  '22P05': () =>
    badUserInput({
      nb: 'En tekst inneholder tegn som ikke kan lagres.',
      en: 'A text contains characters that cannot be stored.',
    }),
  // serialization failure and deadlock: someone else changed the same thing at the same moment
  '40001': () =>
    conflict({
      nb: 'Noen andre endret det samme samtidig. Prøv igjen.',
      en: 'Someone else changed the same thing at the same moment. Try again.',
    }),
  '40P01': () =>
    conflict({
      nb: 'Noen andre endret det samme samtidig. Prøv igjen.',
      en: 'Someone else changed the same thing at the same moment. Try again.',
    }),
};

/** The SQLSTATE of a PostgreSQL error (pg's own, or wrapped by TypeORM), or null. */
export function sqlStateOf(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string' && /^[0-9A-Z]{5}$/.test(own)) return own;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof driver === 'string' && /^[0-9A-Z]{5}$/.test(driver) ? driver : null;
}

/** The person-facing refusal for a database error caused by input, or null for a real fault. */
export function appErrorFromDatabase(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const state = sqlStateOf(error);
  const make = state ? BY_SQLSTATE[state] : undefined;
  if (!make) return null;
  const appError = make();
  appError.extensions['sqlState'] = state;
  return appError;
}
