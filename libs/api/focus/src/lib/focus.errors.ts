import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';

import type { FocusFrequency, PeriodProblem } from './domain/focus-rules';
import { MAX_FOCUS_ITEMS_PER_REGION, MAX_VALUES_PER_BATCH } from './domain/focus-rules';
import { periodProblemText, type RowError, VALUE_TEXT } from './domain/focus-upload';

/** The refusals of the focus feature, in Norwegian and English. */
export const focusItemNotFound = () =>
  notFound({ nb: 'Fant ikke fokusposten.', en: 'The focus item was not found.' });

export const regionNotFound = (slug: string) =>
  notFound({
    nb: `Fant ingen region med kortnavnet «${slug}».`,
    en: `No region has the short name "${slug}".`,
  });

export const mayNotDefine = () =>
  forbidden({
    nb: 'Bare sekretariatet kan opprette og endre fokusposter og mål.',
    en: 'Only the secretariat can create and change focus items and targets.',
  });

export const mayNotRecord = () =>
  forbidden({
    nb: 'Du kan ikke registrere verdier på denne fokusposten. Sekretariatet registrerer for alle, kommunedirektøren for egen kommune.',
    en: 'You cannot record values on this focus item. The secretariat records for all, a municipal director for their own municipality.',
  });

export const notTheIntegrationsRegion = (region: string | null | undefined) =>
  forbidden(
    region
      ? {
          nb: `Integrasjonsklienten kan bare sende verdier til fokusposter i regionen «${region}».`,
          en: `The integration client can only send values to focus items in the region "${region}".`,
        }
      : {
          nb: 'Integrasjonsklienten er ikke knyttet til noen region (kravet «region» mangler), og kan ikke sende verdier.',
          en: 'The integration client is not tied to a region (the "region" claim is missing) and cannot send values.',
        },
  );

export const municipalityNotInRegion = (number: string) =>
  badUserInput({
    nb: `Kommune ${number} er ikke med i regionen.`,
    en: `Municipality ${number} is not a member of the region.`,
  });

export const nameTaken = (name: string) =>
  badUserInput({
    nb: `Det finnes allerede en fokuspost som heter «${name}» her.`,
    en: `There is already a focus item called "${name}" here.`,
  });

export const tooManyItems = () =>
  badUserInput({
    nb: `En region kan ha høyst ${MAX_FOCUS_ITEMS_PER_REGION} fokusposter.`,
    en: `A region can have at most ${MAX_FOCUS_ITEMS_PER_REGION} focus items.`,
  });

export const badPeriod = (problem: PeriodProblem, frequency: FocusFrequency) =>
  badUserInput(periodProblemText(problem, frequency));

export const badValue = () => badUserInput(VALUE_TEXT);

export const tooManyValues = () =>
  badUserInput({
    nb: `Høyst ${MAX_VALUES_PER_BATCH} verdier kan sendes om gangen.`,
    en: `At most ${MAX_VALUES_PER_BATCH} values can be sent at a time.`,
  });

export const notUtf8Text = () =>
  badUserInput({
    nb: 'Filen må være en Excel-fil (.xlsx) eller en CSV-fil lagret som UTF-8 (i Excel: «CSV UTF-8»). Ingenting er lagret.',
    en: 'The file must be an Excel file (.xlsx) or a CSV file saved as UTF-8 (in Excel: "CSV UTF-8"). Nothing was saved.',
  });

export const unreadableWorkbook = () =>
  badUserInput({
    nb: 'Filen kunne ikke leses som en Excel-fil (.xlsx). Ingenting er lagret.',
    en: 'The file could not be read as an Excel file (.xlsx). Nothing was saved.',
  });

export const emptyFile = () =>
  badUserInput({ nb: 'Filen er tom. Ingenting er lagret.', en: 'The file is empty. Nothing was saved.' });

/** Every bad row or entry: the first three in the sentence, every one in `extensions.rowErrors`. */
export function rowsHaveErrors(errors: readonly RowError[], unit: { nb: string; en: string }) {
  const first = (word: string, reason: (e: RowError) => string) =>
    errors
      .slice(0, 3)
      .map((e) => `${word} ${e.row}: ${reason(e)}`)
      .join(' ');
  return badUserInput(
    {
      nb: `${errors.length} feil. Ingenting er lagret. ${first(unit.nb, (e) => e.reason.nb)}`,
      en: `${errors.length} error${errors.length === 1 ? '' : 's'}. Nothing was saved. ${first(unit.en, (e) => e.reason.en)}`,
    },
    {
      rowErrors: errors.map((e) => ({ row: e.row, column: '', reason: e.reason.nb, reasonEn: e.reason.en })),
    },
  );
}
