import { badUserInput, type ErrorText } from '@samarbeid/api/platform';
import type { DistributionKeyKind } from '@samarbeid/shared/domain';
import type { CostKeyDraft, CostKeyProblem } from '@samarbeid/shared/domain/allocation';
import {
  costKeyInputProblems,
  costKeySplitProblems,
  formatQuantity,
  usesPopulationFigures,
} from '@samarbeid/shared/domain/allocation';

import type { MeasureContext } from '../../measure-context';
import type { KeyEntrySpec, KeySpec, Population } from '../cost-shares';

/** A distribution key as the client sends it (CostKeyInput). */
export interface KeyInput {
  readonly kind: DistributionKeyKind;
  readonly fixedPercent?: string | null;
  readonly populationYear?: number | null;
  readonly populationSource?: string | null;
  readonly entries?: readonly KeyEntryInput[] | null;
}

export interface KeyEntryInput {
  readonly municipalityNumber: string;
  readonly populationOverride?: number | null;
  readonly adjustmentNote?: string | null;
  readonly units?: string | null;
  readonly percent?: string | null;
}

/**
 * The key a client sent, keeping per municipality only the figures its kind uses. Refuses a municipality named
 * twice and a FIXED_PLUS_POPULATION key without its fixed part.
 */
export function keySpecOf(input: KeyInput): KeySpec {
  const entries = input.entries ?? [];
  const [problem] = costKeyInputProblems({
    kind: input.kind,
    fixedPercent: input.fixedPercent ?? null,
    populationYear: input.populationYear ?? null,
    entries,
  });
  if (problem) throw badUserInput(keyProblemText(problem, new Map(), null));
  const population = usesPopulationFigures(input.kind);
  return {
    kind: input.kind,
    fixedPercent: input.fixedPercent ?? null,
    populationYear: input.populationYear ?? null,
    populationSource: input.populationSource?.trim() || null,
    entries: new Map(
      entries.map((entry): [string, KeyEntrySpec] => [
        entry.municipalityNumber,
        {
          populationOverride: population ? (entry.populationOverride ?? null) : null,
          adjustmentNote:
            population && entry.populationOverride != null ? entry.adjustmentNote?.trim() || null : null,
          units: input.kind === 'USAGE' ? (entry.units ?? null) : null,
          percent: input.kind === 'MANUAL' ? (entry.percent ?? null) : null,
        },
      ]),
    ),
  };
}

/** Only the key's own fields: no population year or source but for population keys, no fixed part but for its kind. */
export function normaliseKey(spec: KeySpec): KeySpec {
  if (!usesPopulationFigures(spec.kind)) {
    return { ...spec, populationYear: null, populationSource: null, fixedPercent: null };
  }
  return spec.kind === 'POPULATION' ? { ...spec, fixedPercent: null } : spec;
}

/** A population key without its year or source: it takes the newest year with figures for every participant. */
export const lacksPopulationYear = (spec: KeySpec): boolean =>
  usesPopulationFigures(spec.kind) && (spec.populationYear === null || !spec.populationSource);

export function withPopulationYear(spec: KeySpec, found: { year: number; source: string } | null): KeySpec {
  return {
    ...spec,
    populationYear: spec.populationYear ?? found?.year ?? null,
    populationSource: spec.populationSource ?? found?.source ?? null,
  };
}

/** A key is saved only if it can split a cost among today's participants (the shared rule, in words). */
export function assertKeySplits(
  measure: MeasureContext,
  spec: KeySpec,
  populations: ReadonlyMap<string, Population>,
): void {
  const official = new Map([...populations].map(([number, population]) => [number, population.count]));
  const [problem] = costKeySplitProblems(
    draftOf(spec),
    measure.participants.map((participant) => participant.number),
    official,
  );
  if (!problem) return;
  const names = new Map(measure.participants.map((participant) => [participant.number, participant.name]));
  throw badUserInput(keyProblemText(problem, names, spec.populationYear));
}

function draftOf(spec: KeySpec): CostKeyDraft {
  return {
    kind: spec.kind,
    fixedPercent: spec.fixedPercent,
    populationYear: spec.populationYear,
    entries: [...spec.entries].map(([municipalityNumber, entry]) => ({ municipalityNumber, ...entry })),
  };
}

/** A key problem as the sentence the user reads; `names` by municipality number. */
export function keyProblemText(
  problem: CostKeyProblem,
  names: ReadonlyMap<string, string>,
  populationYear: number | null,
): ErrorText {
  const name = (number: string) => names.get(number) ?? number;
  switch (problem.code) {
    case 'DUPLICATE_MUNICIPALITY':
      return {
        nb: `Kommune ${problem.municipalityNumber} står to ganger i nøkkelen.`,
        en: `Municipality ${problem.municipalityNumber} appears twice in the key.`,
      };
    case 'FIXED_PERCENT_MISSING':
      return {
        nb: 'Oppgi hvor mange prosent som skal deles likt.',
        en: 'Give the percentage to be split equally.',
      };
    case 'FIXED_PERCENT_OUT_OF_RANGE':
      return { nb: 'Den faste andelen må være 0–100 %.', en: 'The fixed part must be 0–100 %.' };
    case 'PERCENT_MISSING':
    case 'UNITS_MISSING': {
      const list = problem.municipalityNumbers.map(name).join(', ');
      return problem.code === 'PERCENT_MISSING'
        ? { nb: `Mangler prosentandel for ${list}.`, en: `Percentage missing for ${list}.` }
        : { nb: `Mangler bruk for ${list}.`, en: `Usage missing for ${list}.` };
    }
    case 'PERCENT_SUM_NOT_100':
      return {
        nb: `Prosentandelene må summere til nøyaktig 100 (nå ${formatQuantity(problem.sum)}).`,
        en: `The percentages must sum to exactly 100 (now ${formatQuantity(problem.sum)}).`,
      };
    case 'UNITS_NEGATIVE':
      return { nb: 'Bruk kan ikke være negativ.', en: 'Usage cannot be negative.' };
    case 'UNITS_SUM_ZERO':
      return {
        nb: 'Ingen bruk er registrert, så kostnaden kan ikke fordeles etter bruk.',
        en: 'No usage is recorded, so the cost cannot be split by usage.',
      };
    case 'POPULATION_YEAR_MISSING':
      return {
        nb: 'Det finnes ingen folketall for alle deltakerne. Hent folketall fra SSB eller oppgi avtalte tall.',
        en: 'There are no population figures for every participant. Import them from SSB or give agreed figures.',
      };
    case 'POPULATION_MISSING':
      return {
        nb: `Mangler folketall for ${name(problem.municipalityNumber)} per 1.1.${populationYear ?? '?'}. Velg et annet år eller oppgi et avtalt folketall.`,
        en: `No population for ${name(problem.municipalityNumber)} on 1 Jan ${populationYear ?? '?'}. Choose another year or give an agreed population.`,
      };
    case 'POPULATION_NEGATIVE':
      return { nb: 'Folketall kan ikke være negativt.', en: 'A population cannot be negative.' };
    case 'POPULATION_SUM_ZERO':
      return { nb: 'Folketallene summerer til null.', en: 'The populations sum to zero.' };
    case 'NOT_A_NUMBER':
      return problem.municipalityNumber === null
        ? { nb: 'Den faste andelen må være et tall.', en: 'The fixed part must be a number.' }
        : {
            nb: `Tallet for ${name(problem.municipalityNumber)} må være et tall.`,
            en: `The figure for ${name(problem.municipalityNumber)} must be a number.`,
          };
  }
}
