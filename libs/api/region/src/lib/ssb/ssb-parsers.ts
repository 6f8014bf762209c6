import { isMunicipalityNumber } from '@samarbeid/shared/domain';

import { jsonStatCells, JsonStatError } from '@samarbeid/api/data-access';

export interface PopulationFigure {
  readonly municipalityNumber: string;
  readonly year: number;
  readonly count: number;
}

/**
 * Population on 1 January from table 07459 (persons, `Personer1`), summed over any sex or age categories the
 * response still carries. Regions that are not municipality numbers and missing values are skipped.
 */
export function parsePopulation07459(response: unknown): PopulationFigure[] {
  const totals = new Map<string, PopulationFigure>();
  for (const cell of jsonStatCells(response)) {
    const region = cell.codes['Region'];
    const year = Number(cell.codes['Tid']);
    const contents = cell.codes['ContentsCode'];
    if (contents !== undefined && contents !== 'Personer1') continue;
    if (!isMunicipalityNumber(region) || !Number.isInteger(year) || cell.value === null) continue;
    const key = `${region}|${year}`;
    const previous = totals.get(key)?.count ?? 0;
    totals.set(key, { municipalityNumber: region, year, count: previous + cell.value });
  }
  if (totals.size === 0) throw new JsonStatError('no population figures in the response');
  return [...totals.values()].sort(
    (a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber) || a.year - b.year,
  );
}

export interface KlassMunicipality {
  readonly number: string;
  readonly name: string;
}

/** The municipality list valid on a date, from KLASS classification 131 `codesAt`. */
export function parseKlassCodes(response: unknown): KlassMunicipality[] {
  const codes = (response as { codes?: unknown })?.codes;
  if (!Array.isArray(codes)) throw new JsonStatError('not a KLASS codes response (codes missing)');
  return codes
    .filter((code): code is { code: string; name: string } => {
      const entry = code as { code?: unknown; name?: unknown };
      return isMunicipalityNumber(entry.code) && typeof entry.name === 'string' && entry.name.length > 0;
    })
    .map((code) => ({ number: code.code, name: code.name }));
}
