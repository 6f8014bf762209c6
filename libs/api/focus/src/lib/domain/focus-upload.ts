import {
  type FocusFrequency,
  focusPeriodProblem,
  focusValueOf,
  MAX_VALUES_PER_BATCH,
  PERIOD_EXAMPLES,
  type PeriodProblem,
} from './focus-rules';

/*
 * The upload of focus values as a CSV file (semicolon or comma separated, UTF-8, as Excel saves "CSV UTF-8") or as
 * an Excel workbook (.xlsx, the first sheet), with the same columns:
 *
 *   fokuspost;kommune;periode;verdi
 *   Bruk av vikarbyrå;;2026-03;1 250 000
 *   Sykefravær;3303;2026-03;7,4
 *
 * Every row is checked before anything is saved; every bad row is listed with its row number and a sentence.
 */

export interface Text {
  readonly nb: string;
  readonly en: string;
}

export interface RowError {
  /** The row in the file, counting the header as row 1 (as a spreadsheet shows it). */
  readonly row: number;
  readonly reason: Text;
}

/** A focus item as the upload matches it: by name (case and spacing ignored) and municipality. */
export interface UploadItem {
  readonly id: string;
  readonly name: string;
  readonly municipalityNumber: string | null;
  readonly frequency: FocusFrequency;
}

export interface UploadValue {
  readonly row: number;
  readonly focusItemId: string;
  readonly period: string;
  readonly value: string;
}

export interface UploadResult {
  readonly values: readonly UploadValue[];
  readonly errors: readonly RowError[];
}

const HEADERS = {
  item: ['fokuspost', 'focus item', 'navn', 'name'],
  municipality: ['kommune', 'kommunenummer', 'municipality'],
  period: ['periode', 'period'],
  value: ['verdi', 'value'],
} as const;

const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** Splits one CSV line; quotes ("a;b", "say ""hi""") are honoured. */
export function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

const PERIOD_TEXT: Readonly<Record<PeriodProblem, (frequency: FocusFrequency) => Text>> = {
  NOT_A_PERIOD: (f) => ({
    nb: `Perioden er ikke gyldig; skriv den som ${PERIOD_EXAMPLES[f]}.`,
    en: `The period is not valid; write it as ${PERIOD_EXAMPLES[f]}.`,
  }),
  WRONG_KIND: (f) => ({
    nb: `Fokusposten måles ${FREQUENCY_NB[f]}; skriv perioden som ${PERIOD_EXAMPLES[f]}.`,
    en: `The focus item is measured ${FREQUENCY_EN[f]}; write the period as ${PERIOD_EXAMPLES[f]}.`,
  }),
  OUT_OF_RANGE: () => ({
    nb: 'Perioden må ligge mellom år 2000 og 2100.',
    en: 'The period must lie between the years 2000 and 2100.',
  }),
};

export const FREQUENCY_NB: Readonly<Record<FocusFrequency, string>> = {
  MONTHLY: 'per måned',
  QUARTERLY: 'per kvartal',
  YEARLY: 'per år',
};
const FREQUENCY_EN: Readonly<Record<FocusFrequency, string>> = {
  MONTHLY: 'monthly',
  QUARTERLY: 'quarterly',
  YEARLY: 'yearly',
};

/** The sentence for a period problem (shared by the upload, the API and manual entry). */
export function periodProblemText(problem: PeriodProblem, frequency: FocusFrequency): Text {
  return PERIOD_TEXT[problem](frequency);
}

export const VALUE_TEXT: Text = {
  nb: 'Verdien må være et tall (f.eks. 1 250 000 eller 7,4) med høyst 14 sifre før og 4 etter komma.',
  en: 'The value must be a number (e.g. 1250000 or 7.4) with at most 14 digits before and 4 after the decimal mark.',
};

/** Reads the file's text against the region's focus items: every value, or every error. */
export function parseFocusUpload(text: string, items: readonly UploadItem[]): UploadResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  return parseFocusRows(
    lines.map((line) => (line.trim() === '' ? [] : splitCsvLine(line, separator))),
    items,
  );
}

/** The columns of a sheet's first row (-1: not there). */
export function focusColumns(header: readonly string[]) {
  const names = header.map(key);
  const column = (wanted: readonly string[]) => names.findIndex((name) => wanted.includes(name));
  return {
    item: column(HEADERS.item),
    municipality: column(HEADERS.municipality),
    period: column(HEADERS.period),
    value: column(HEADERS.value),
  };
}

/**
 * Reads rows of cells (the first the headings; row n of the file at index n − 1; an empty row as no cells), from a
 * CSV file or a spreadsheet, against the region's focus items: every value, or every error.
 */
export function parseFocusRows(
  sheet: readonly (readonly string[])[],
  items: readonly UploadItem[],
): UploadResult {
  const rows = [...sheet];
  const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
  while (rows.length > 0 && blank(rows[rows.length - 1])) rows.pop();
  const at = focusColumns(rows[0] ?? []);
  if (at.item < 0 || at.period < 0 || at.value < 0) {
    return {
      values: [],
      errors: [
        {
          row: 1,
          reason: {
            nb: 'Første rad må være overskriftene fokuspost, kommune (kan utelates), periode og verdi.',
            en: 'The first row must hold the headings fokuspost, kommune (may be left out), periode and verdi.',
          },
        },
      ],
    };
  }
  const dataRows = rows.length - 1;
  if (dataRows === 0) {
    return {
      values: [],
      errors: [{ row: 2, reason: { nb: 'Filen har ingen verdier.', en: 'The file has no values.' } }],
    };
  }
  if (dataRows > MAX_VALUES_PER_BATCH) {
    return {
      values: [],
      errors: [
        {
          row: MAX_VALUES_PER_BATCH + 2,
          reason: {
            nb: `Filen har ${dataRows} rader; høyst ${MAX_VALUES_PER_BATCH} kan lastes opp om gangen.`,
            en: `The file has ${dataRows} rows; at most ${MAX_VALUES_PER_BATCH} can be uploaded at a time.`,
          },
        },
      ],
    };
  }
  const byKey = new Map(items.map((item) => [`${key(item.name)}|${item.municipalityNumber ?? ''}`, item]));
  const values: UploadValue[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (blank(cells)) return;
    const name = cells[at.item] ?? '';
    const municipality = at.municipality < 0 ? '' : (cells[at.municipality] ?? '');
    const period = cells[at.period] ?? '';
    const rawValue = cells[at.value] ?? '';
    const fail = (reason: Text): void => void errors.push({ row, reason });
    if (name === '') return fail({ nb: 'Fokuspost mangler.', en: 'The focus item is missing.' });
    if (municipality !== '' && !/^\d{4}$/.test(municipality)) {
      return fail({ nb: 'Kommunenummer har fire sifre.', en: 'A municipality number has four digits.' });
    }
    const item = byKey.get(`${key(name)}|${municipality}`);
    if (!item) {
      return fail({
        nb: `Fant ingen fokuspost «${name.slice(0, 80)}»${municipality ? ` for kommune ${municipality}` : ' for regionen'}.`,
        en: `No focus item "${name.slice(0, 80)}"${municipality ? ` for municipality ${municipality}` : ' for the region'}.`,
      });
    }
    const problem = focusPeriodProblem(period, item.frequency);
    if (problem) return fail(periodProblemText(problem, item.frequency));
    const value = focusValueOf(rawValue);
    if (value === null) return fail(VALUE_TEXT);
    const duplicate = seen.get(`${item.id}|${period}`);
    if (duplicate !== undefined) {
      return fail({
        nb: `Samme fokuspost og periode står også i rad ${duplicate}.`,
        en: `The same focus item and period are also in row ${duplicate}.`,
      });
    }
    seen.set(`${item.id}|${period}`, row);
    values.push({ row, focusItemId: item.id, period, value });
  });
  return { values: errors.length > 0 ? [] : values, errors };
}
