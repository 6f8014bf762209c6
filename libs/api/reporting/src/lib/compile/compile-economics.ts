import type { MunicipalityFigures, MunicipalityMeasureFigures } from '@samarbeid/api/economics-read';
import type { CompiledMunicipalityEconomics, CompiledShare } from '@samarbeid/shared/domain';
import { sumDecimals } from '@samarbeid/shared/domain';

/** The exact sum of amounts with at most two decimals, written with two ("1200.5" → "1200.50"). */
export function sumMoney(values: readonly string[]): string {
  const sum = sumDecimals(['0', ...values]) ?? '0';
  const [whole = '0', fraction = ''] = sum.split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** One municipality's part of one measure's figures (zeros when it does not take part). */
export function shareOf(
  rows: readonly MunicipalityMeasureFigures[],
  measureId: string,
  municipalityNumber: string,
): CompiledShare {
  const row = rows.find(
    (candidate) => candidate.measureId === measureId && candidate.municipalityNumber === municipalityNumber,
  );
  return {
    costShareNok: row ? row.costShareNok : '0.00',
    plannedBenefitsNok: row?.plannedBenefitsNok ?? '0.00',
    realisedBenefitsNok: row?.realisedBenefitsNok ?? '0.00',
  };
}

/**
 * Each member's shares over the measures of the economics section: how many it takes part in, its own requirement,
 * its cost shares summed (leaving out, and naming, measures whose key could not split the costs) and its benefits.
 */
export function municipalitiesEconomics(
  members: readonly { readonly number: string; readonly name: string }[],
  measures: readonly { readonly id: string; readonly code: string }[],
  figures: MunicipalityFigures,
  requirements: ReadonlyMap<string, string>,
): CompiledMunicipalityEconomics[] {
  const codes = new Map(measures.map((measure) => [measure.id, measure.code]));
  return members.map((member) => {
    const rows = figures.rows.filter((row) => row.municipalityNumber === member.number);
    const unsplit = rows
      .filter((row) => row.costShareNok === null)
      .map((row) => codes.get(row.measureId) ?? row.measureId);
    return {
      number: member.number,
      name: member.name,
      measureCount: rows.length,
      requiredNok: sumMoney([requirements.get(member.number) ?? '0']),
      costShareNok: sumMoney(rows.flatMap((row) => (row.costShareNok === null ? [] : [row.costShareNok]))),
      plannedBenefitsNok: sumMoney(rows.map((row) => row.plannedBenefitsNok)),
      realisedBenefitsNok: sumMoney(rows.map((row) => row.realisedBenefitsNok)),
      unsplit,
    };
  });
}
