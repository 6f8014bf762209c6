import type { KeySpec, Population, Share } from '@samarbeid/shared/domain/allocation';
import {
  allocate,
  AllocationError,
  allocationInput,
  compareShares,
  formatKroner,
  sumAmounts,
} from '@samarbeid/shared/domain/allocation';

import type { CostShare, CostShareTable, CostShareYear } from '../dto/economics.types';

/** The key and its allocation input live in the shared domain (the reports compute the same shares). */
export type { KeyEntrySpec, KeySpec, Population } from '@samarbeid/shared/domain/allocation';
export { allocationInput } from '@samarbeid/shared/domain/allocation';

export interface CostLine {
  readonly year: number;
  readonly kind: 'ONE_OFF' | 'RUNNING';
  readonly amount: string;
}

function toCostShare(share: Share, names: ReadonlyMap<string, string>): CostShare {
  return {
    municipalityNumber: share.municipalityNumber,
    municipalityName: names.get(share.municipalityNumber) ?? share.municipalityNumber,
    exact: share.exact,
    exactIsRounded: share.exactIsRounded,
    amount: share.rounded,
    explanation: share.explanation.nb,
    explanationEn: share.explanation.en,
    change: null,
    roundingParadox: false,
    paradoxExplanation: null,
    paradoxExplanationEn: null,
  };
}

function withChanges(shares: CostShare[], baseline: readonly Share[] | null, whatIf: readonly Share[]) {
  if (!baseline) return shares;
  const changes = new Map(
    compareShares(baseline, whatIf).map((change) => [change.municipalityNumber, change]),
  );
  return shares.map((share) => {
    const change = changes.get(share.municipalityNumber);
    return change
      ? {
          ...share,
          change: change.change,
          roundingParadox: change.roundingParadox,
          paradoxExplanation: change.explanation?.nb ?? null,
          paradoxExplanationEn: change.explanation?.en ?? null,
        }
      : share;
  });
}

/**
 * Totals over the years: the sum of each participant's shares (exact, whatever their unit) and of their exact shares
 * (rounded when any of them is).
 */
function totalsOf(years: readonly CostShareYear[], names: ReadonlyMap<string, string>): CostShare[] {
  const numbers = [
    ...new Set(years.flatMap((year) => year.shares.map((share) => share.municipalityNumber))),
  ].sort();
  return numbers.map((number) => {
    const shares = years.flatMap((year) =>
      year.shares.filter((share) => share.municipalityNumber === number),
    );
    const amount = sumAmounts(shares.map((share) => share.amount));
    const described = years
      .map((year) => [year.year, year.shares.find((share) => share.municipalityNumber === number)] as const)
      .filter(([, share]) => share)
      .map(([year, share]) => `${year}: ${formatKroner(share?.amount ?? '0')}`);
    return {
      municipalityNumber: number,
      municipalityName: names.get(number) ?? number,
      exact: sumAmounts(shares.map((share) => share.exact)),
      exactIsRounded: shares.some((share) => share.exactIsRounded),
      amount,
      explanation: `Sum av årene (${described.join('; ')})`,
      explanationEn: `Sum of the years (${described.join('; ')})`,
      change: null,
      roundingParadox: shares.some((share) => share.roundingParadox),
      paradoxExplanation: null,
      paradoxExplanationEn: null,
    };
  });
}

/**
 * Each participant's share of each year's costs. With `exclude`, a what-if: the shares if those municipalities
 * opted out, each with its change from the shares with everyone (and the rounding paradox shown, not hidden).
 */
export function shareTable(
  lines: readonly CostLine[],
  spec: KeySpec,
  participants: readonly { readonly number: string; readonly name: string }[],
  populations: ReadonlyMap<string, Population>,
  exclude: readonly string[] = [],
): CostShareTable {
  const names = new Map(participants.map((participant) => [participant.number, participant.name]));
  const remaining = participants.filter((participant) => !exclude.includes(participant.number));
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  try {
    const everyone = allocationInput(spec, participants, populations);
    const tried = exclude.length ? allocationInput(spec, remaining, populations) : everyone;
    const table: CostShareYear[] = years.map((year) => {
      const oneOff = sumAmounts(
        lines.filter((l) => l.year === year && l.kind === 'ONE_OFF').map((l) => l.amount),
      );
      const running = sumAmounts(
        lines.filter((l) => l.year === year && l.kind === 'RUNNING').map((l) => l.amount),
      );
      const total = sumAmounts([oneOff, running]);
      const shares = allocate(total, tried.participants, tried.key);
      const baseline = exclude.length ? allocate(total, everyone.participants, everyone.key) : null;
      return {
        year,
        oneOff,
        running,
        total,
        shares: withChanges(
          shares.map((share) => toCostShare(share, names)),
          baseline,
          shares,
        ),
      };
    });
    return {
      years: table,
      totals: totalsOf(table, names),
      error: null,
      errorEn: null,
      excluded: [...exclude],
    };
  } catch (error) {
    if (!(error instanceof AllocationError)) throw error;
    return { years: [], totals: [], error: error.nb, errorEn: error.en, excluded: [...exclude] };
  }
}
