import type { Language } from '@samarbeid/web/data-access';

/**
 * Indicator values are exact decimals. The API takes and gives them as strings with a point ("38.5", at most 14
 * digits before and 4 after it); people write them the Norwegian way ("38,5"). Both directions are done on the
 * text alone, never through a JavaScript number, so nothing is rounded.
 */

/** At most 14 digits before the separator and 4 after, as the API allows. */
const MAX_WHOLE_DIGITS = 14;
const MAX_FRACTION_DIGITS = 4;

/** Spaces a Norwegian number may be grouped with: ordinary, no-break and narrow no-break. */
const GROUP_SPACES = /[ \u00a0\u202f]/g;
/** Digits grouped in threes: "1 250 000". */
const GROUPED = /^\d{1,3}([ \u00a0\u202f]\d{3})+$/;
const NORWEGIAN = /^([\d \u00a0\u202f]+)(?:[,.](\d+))?$/;
const ENGLISH = /^([\d \u00a0\u202f]+)(?:\.(\d+))?$/;

/**
 * What the user wrote → the API's form, or undefined when it is not a number the API accepts.
 * Norwegian: "38,5", "−3,25", "1 250,75" and "38.5" are all fine. English: the point is the decimal
 * separator ("38.5"); a comma is refused, since "1,250" would mean a thousand two hundred and fifty there.
 * Spaces may group the digits before the separator in threes. A minus sign (− or -) may lead.
 */
export function parseDecimal(text: string, language: Language): string | undefined {
  let rest = text.trim();
  let sign = '';
  if (rest.startsWith('-') || rest.startsWith('\u2212')) {
    sign = '-';
    rest = rest.slice(1).trimStart();
  }
  const match = (language === 'nb' ? NORWEGIAN : ENGLISH).exec(rest);
  if (!match) return undefined;
  const [, grouped, fraction] = match;
  const whole = grouped.replace(GROUP_SPACES, '');
  if (whole !== grouped && !GROUPED.test(grouped)) return undefined;
  if (whole.length > MAX_WHOLE_DIGITS) return undefined;
  if (fraction !== undefined && fraction.length > MAX_FRACTION_DIGITS) return undefined;
  return `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The API's "38.5" as people read it: "38,5" in Norwegian, "38.5" in English. */
export function formatDecimal(value: string, language: Language): string {
  return language === 'nb' ? value.replace('.', ',') : value;
}
