import type { PopulationFigure } from '../ssb-parsers';

/** A sentence in Norwegian and English. */
export interface Sentence {
  readonly nb: string;
  readonly en: string;
}

/** A job still RUNNING after this long was cut off (the process stopped): it is shown as failed. */
export const STALE_AFTER_MS = 10 * 60_000;

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

/** A RUNNING job older than {@link STALE_AFTER_MS} was cut off: shown as failed, with what that means. */
export function shownJob<T extends { status: string; startedAt: Date; message: string; messageEn: string }>(
  job: T,
  now: number,
): T {
  if (job.status !== 'RUNNING' || now - job.startedAt.getTime() <= STALE_AFTER_MS) return job;
  return {
    ...job,
    status: 'FAILED',
    message: 'Importen ble avbrutt. Ingenting er endret. Start den på nytt.',
    messageEn: 'The import was interrupted. Nothing was changed. Start it again.',
  };
}

/** Why an import failed, as the job shows it: SSB unreachable, SSB's answer unreadable, or anything else. */
export function failureMessage(kind: 'UNAVAILABLE' | 'UNREADABLE' | 'OTHER'): Sentence {
  switch (kind) {
    case 'UNAVAILABLE':
      return {
        nb: 'Fikk ikke kontakt med SSB. Ingenting er endret. Prøv igjen senere.',
        en: 'Could not reach SSB. Nothing was changed. Try again later.',
      };
    case 'UNREADABLE':
      return {
        nb: 'SSB svarte med noe vi ikke kunne lese. Ingenting er endret.',
        en: 'SSB answered with something we could not read. Nothing was changed.',
      };
    case 'OTHER':
      return { nb: 'Importen feilet. Ingenting er endret.', en: 'The import failed. Nothing was changed.' };
  }
}
