import type { AgreementCostYear, CostKey, MeasureEconomics } from '../dto/economics.types';
import type { MeasureContext } from '../measure-context';
import type { StoredCostPlan } from './cost-plan.repository';
import type { KeySpec, Population } from './cost-shares';
import { shareTable } from './cost-shares';
import { costYearSummary, type CostYearRow, incomeLines } from './domain/cost-years';

/** What `measureEconomics` returns, from what the cost plan service loaded. */
export interface MeasureEconomicsParts {
  readonly measure: MeasureContext;
  readonly plan: StoredCostPlan;
  /** The plan's key with its population year filled in. */
  readonly spec: KeySpec;
  readonly populations: ReadonlyMap<string, Population>;
  readonly agreementCosts: readonly AgreementCostYear[];
  /** Income and actual costs per year, in year order. */
  readonly yearFigures: readonly CostYearRow[];
  readonly populationYears: readonly number[];
  readonly viewerCanEdit: boolean;
}

export function toMeasureEconomics(parts: MeasureEconomicsParts): MeasureEconomics {
  const { measure, plan, spec, populations } = parts;
  return {
    measureId: measure.id,
    measureCode: measure.code,
    measureTitle: measure.title,
    firstYear: measure.firstYear,
    lastYear: measure.lastYear,
    costs: plan.lines.map((line) => ({ ...line })),
    key: toCostKey(spec, measure, populations),
    participants: [...measure.participants],
    shares: shareTable(plan.lines, spec, measure.participants, populations),
    yearFigures: parts.yearFigures.map((figure) => ({ ...figure })),
    yearSummary: costYearSummary(plan.lines, parts.yearFigures),
    incomeShares: shareTable(incomeLines(parts.yearFigures), spec, measure.participants, populations),
    agreementCosts: [...parts.agreementCosts],
    populationYears: [...parts.populationYears],
    version: plan.version,
    viewerCanEdit: parts.viewerCanEdit,
  };
}

/** The key with one entry per participant, by number, and each one's official population. */
export function toCostKey(
  spec: KeySpec,
  measure: MeasureContext,
  populations: ReadonlyMap<string, Population>,
): CostKey {
  return {
    kind: spec.kind,
    fixedPercent: spec.fixedPercent,
    populationYear: spec.populationYear,
    populationSource: spec.populationSource,
    entries: measure.participants.map(({ number, name }) => {
      const entry = spec.entries.get(number);
      return {
        municipalityNumber: number,
        municipalityName: name,
        officialPopulation: populations.get(number)?.count ?? null,
        populationOverride: entry?.populationOverride ?? null,
        adjustmentNote: entry?.adjustmentNote ?? null,
        units: entry?.units ?? null,
        percent: entry?.percent ?? null,
      };
    }),
  };
}
