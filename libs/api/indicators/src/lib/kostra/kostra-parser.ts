import { jsonStatCells, JsonStatError } from '@samarbeid/api/data-access';

import type { KostraFigureDefinition } from './kostra-catalogue';

/** SSB's symbols for a missing value: "." not applicable, ".." confidential or not available, "..." not yet. */
export const MISSING_SYMBOLS = ['.', '..', '...', ':'] as const;

/** One KOSTRA figure for an area (municipality, KOSTRA group or the country) and a year. */
export interface KostraFigureValue {
  readonly figure: string;
  readonly areaCode: string;
  readonly year: number;
  /** A decimal string, or null when SSB marks it missing. */
  readonly value: string | null;
  /** SSB's symbol when the value is missing ("." or ".."); never a zero. */
  readonly missingSymbol: string | null;
}

const REGION_DIMENSIONS = ['KOKkommuneregion0000', 'Region'];

/** A number as an exact decimal string (SSB sends JSON numbers; never exponent notation here). */
function decimalText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(4).replace(/\.?0+$/, '') : text;
}

/**
 * The figures of one KOSTRA table's JSON-stat 2.0 answer for the asked areas: content codes mapped to the
 * catalogue's figures of that table, years from `Tid`. A missing value keeps SSB's symbol from `status` (".." when
 * SSB gives none). Any other dimension must have one category (the table's total); anything else is unreadable.
 */
export function parseKostraTable(
  response: unknown,
  figures: readonly KostraFigureDefinition[],
  areaCodes: readonly string[],
): KostraFigureValue[] {
  const cells = jsonStatCells(response);
  const dataset = response as { id: readonly string[]; size: readonly number[] };
  const regionDimension = dataset.id.find(
    (id) => REGION_DIMENSIONS.includes(id) || id.startsWith('KOKkommuneregion'),
  );
  if (!regionDimension) throw new JsonStatError('no region dimension in the KOSTRA table');
  if (!dataset.id.includes('ContentsCode') || !dataset.id.includes('Tid')) {
    throw new JsonStatError('ContentsCode or Tid missing in the KOSTRA table');
  }
  dataset.id.forEach((id, position) => {
    if (![regionDimension, 'ContentsCode', 'Tid'].includes(id) && dataset.size[position] !== 1) {
      throw new JsonStatError(`dimension ${id} has more than one category`);
    }
  });
  const byContents = new Map(figures.map((entry) => [entry.contentsCode, entry.code]));
  const areas = new Set(areaCodes);
  const values: KostraFigureValue[] = [];
  for (const cell of cells) {
    const figure = byContents.get(cell.codes['ContentsCode']);
    const areaCode = cell.codes[regionDimension];
    const year = Number(cell.codes['Tid']);
    if (!figure || !areas.has(areaCode) || !Number.isInteger(year)) continue;
    if (cell.value === null) {
      const symbol =
        cell.status && (MISSING_SYMBOLS as readonly string[]).includes(cell.status) ? cell.status : '..';
      values.push({ figure, areaCode, year, value: null, missingSymbol: symbol });
    } else {
      values.push({ figure, areaCode, year, value: decimalText(cell.value), missingSymbol: null });
    }
  }
  return values;
}
