import type { Sentence } from '@samarbeid/api/data-access';

import type { PopulationFigure } from '../ssb-parsers';

export interface ImportOutcome {
  /** Members whose name in SSB's classification differs from ours. */
  readonly renamed: readonly { number: string; from: string; to: string }[];
  /** Members SSB's classification does not list (their names are left alone). */
  readonly missing: readonly string[];
  /** The figures for the region's members only. */
  readonly figures: readonly PopulationFigure[];
  readonly years: readonly number[];
  /** The job's closing message. */
  readonly done: Sentence;
}

/**
 * What an SSB import changes, decided from what was fetched: the region's members renamed to SSB's names, the
 * population figures of the members (SSB may answer for more), and the sentence that reports it.
 */
export function importOutcome(
  members: readonly { number: string; name: string }[],
  klass: ReadonlyMap<string, string>,
  population: readonly PopulationFigure[],
): ImportOutcome {
  const numbers = members.map((member) => member.number);
  const figures = population.filter((figure) => numbers.includes(figure.municipalityNumber));
  const years = [...new Set(figures.map((figure) => figure.year))].sort();
  const renamed = members
    .filter((member) => klass.has(member.number) && klass.get(member.number) !== member.name)
    .map((member) => ({ number: member.number, from: member.name, to: klass.get(member.number) as string }));
  const missing = members.filter((member) => !klass.has(member.number)).map((member) => member.number);
  const counted = new Set(figures.map((figure) => figure.municipalityNumber)).size;
  return {
    renamed,
    missing,
    figures,
    years,
    done: {
      nb:
        `Ferdig: folketall for ${counted} kommuner (${years.join(', ')})` +
        (renamed.length ? `, ${renamed.length} navn oppdatert` : '') +
        (missing.length ? `. Ikke i SSBs kommuneliste: ${missing.join(', ')}` : '') +
        '.',
      en:
        `Done: population for ${counted} municipalities (${years.join(', ')})` +
        (renamed.length ? `, ${renamed.length} names updated` : '') +
        (missing.length ? `. Not in SSB's municipality list: ${missing.join(', ')}` : '') +
        '.',
    },
  };
}
