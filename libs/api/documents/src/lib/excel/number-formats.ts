import Decimal from 'decimal.js';

/**
 * Excel number formats in Norwegian. The `[$-414]` prefix (Norwegian bokmål) makes LibreOffice show a space between
 * thousands and a decimal comma whatever the reader's own locale; Excel keeps the reader's separators, which in a
 * Norwegian Excel are the same. The format codes themselves always use "," and "." as Excel requires.
 */
const NORWEGIAN = '[$-414]';

/** `# ##0,00 "kr"` with `decimals` decimals and an optional unit after the number. */
export function excelNumberFormat(decimals: number, unit?: string): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const suffix = unit ? ` "${unit.replace(/"/g, '')}"` : '';
  return `${NORWEGIAN}#,##0${fraction}${suffix}`;
}

export const EXCEL_FORMATS = {
  /** Whole kroner: "1 250 000 kr". */
  kroner: excelNumberFormat(0, 'kr'),
  /** Kroner and øre: "1 234,50 kr". */
  kronerAndOre: excelNumberFormat(2, 'kr'),
  /** Full-time equivalents, always two decimals: "0,50", "1,00". */
  fte: excelNumberFormat(2),
  integer: excelNumberFormat(0),
  /** A year, without a thousands separator: "2027". */
  year: '0',
  date: `${NORWEGIAN}dd.mm.yyyy`,
  /** Text, e.g. a municipality number with a leading zero ("0301"). */
  text: '@',
} as const;

/** The decimals the values need (0, 1 or 2), so that every value of one unit shows the same number of decimals. */
export function decimalsFor(values: readonly Decimal[]): number {
  return Math.min(2, Math.max(0, ...values.map((value) => value.decimalPlaces())));
}

/** Kroner in whole kroner, unless one of `values` has øre: then every value shows øre. */
export function kronerFormatFor(values: readonly Decimal[]): string {
  return decimalsFor(values) === 0 ? EXCEL_FORMATS.kroner : EXCEL_FORMATS.kronerAndOre;
}
