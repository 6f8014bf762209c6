import type { DistributionKeyKind } from './economics';
import type { AllocationParticipant, DistributionKey } from './allocation';
import { AllocationError } from './allocation';

/**
 * A measure's stored distribution key and the population figures it uses, turned into what `allocate` splits by:
 * the same for the measure's share table, a municipality's economics and the compiled reports.
 */

/** A distribution key as stored or as tried in a preview. */
export interface KeySpec {
  readonly kind: DistributionKeyKind;
  readonly fixedPercent: string | null;
  readonly populationYear: number | null;
  readonly populationSource: string | null;
  readonly entries: ReadonlyMap<string, KeyEntrySpec>;
}

export interface KeyEntrySpec {
  readonly populationOverride: number | null;
  readonly adjustmentNote: string | null;
  readonly units: string | null;
  readonly percent: string | null;
}

export interface Population {
  readonly count: number;
  readonly source: string;
}

const usesPopulation = (kind: DistributionKeyKind) =>
  kind === 'POPULATION' || kind === 'FIXED_PLUS_POPULATION';

/** "1.1.2025 (SSB 07459)" for the explanation of a population key. */
function populationLabel(spec: KeySpec): { nb: string; en: string } | undefined {
  if (spec.populationYear === null) return undefined;
  const source = spec.populationSource ? ` (${spec.populationSource})` : '';
  return { nb: `per 1.1.${spec.populationYear}${source}`, en: `on 1 Jan ${spec.populationYear}${source}` };
}

/** The allocation library's key and participants for a key spec; throws AllocationError when figures are missing. */
export function allocationInput(
  spec: KeySpec,
  participants: readonly { readonly number: string; readonly name: string }[],
  populations: ReadonlyMap<string, Population>,
): { key: DistributionKey; participants: AllocationParticipant[] } {
  const label = populationLabel(spec);
  const key: DistributionKey =
    spec.kind === 'POPULATION'
      ? { kind: 'POPULATION', populationLabel: label }
      : spec.kind === 'FIXED_PLUS_POPULATION'
        ? { kind: 'FIXED_PLUS_POPULATION', fixedPercent: spec.fixedPercent ?? '', populationLabel: label }
        : { kind: spec.kind };
  return {
    key,
    participants: participants.map(({ number, name }) => {
      const entry = spec.entries.get(number);
      if (!usesPopulation(spec.kind)) {
        return {
          municipalityNumber: number,
          units: entry?.units ?? '0',
          percent: entry?.percent ?? undefined,
        };
      }
      if (entry?.populationOverride !== null && entry?.populationOverride !== undefined) {
        const note = entry.adjustmentNote ?? 'avtalt justering';
        return {
          municipalityNumber: number,
          population: entry.populationOverride,
          populationNote: {
            nb: `justert: ${note}`,
            en: `adjusted: ${entry.adjustmentNote ?? 'agreed adjustment'}`,
          },
        };
      }
      const official = populations.get(number);
      if (!official) {
        throw new AllocationError(
          `Mangler folketall for ${name} per 1.1.${spec.populationYear ?? '?'}. Velg et annet år eller oppgi et avtalt folketall.`,
          `No population for ${name} on 1 Jan ${spec.populationYear ?? '?'}. Choose another year or give an agreed population.`,
        );
      }
      return { municipalityNumber: number, population: official.count };
    }),
  };
}
