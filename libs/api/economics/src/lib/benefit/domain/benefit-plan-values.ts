import { planScopeMixed, planValueTwice } from '../../economics.errors';
import { assertParticipant, assertYearInPeriod, type MeasureContext } from '../../measure-context';
import type { PlanValueRow } from '../benefit.repository';

/** A planned value as the client (or the Excel import) sends it. */
export interface PlanValueDraft {
  readonly year: number;
  /** Null or left out: the whole region. */
  readonly municipalityNumber?: string | null;
  readonly planned: string;
}

/**
 * The planned values to store in place of a benefit's: each year within the measure's period, each municipality a
 * participant, each (year, municipality) once, and either all for the whole region or all per municipality. An empty
 * plan keeps the benefit's scope as it was.
 */
export function planToSave(
  measure: MeasureContext,
  values: readonly PlanValueDraft[],
  perMunicipalityBefore: boolean,
): { readonly values: PlanValueRow[]; readonly perMunicipality: boolean } {
  const seen = new Set<string>();
  for (const value of values) {
    assertYearInPeriod(measure, value.year);
    if (value.municipalityNumber) assertParticipant(measure, value.municipalityNumber);
    const key = `${value.year}|${value.municipalityNumber ?? ''}`;
    if (seen.has(key)) throw planValueTwice(value.year, value.municipalityNumber);
    seen.add(key);
  }
  const perMunicipality = values.map((value) => Boolean(value.municipalityNumber));
  if (perMunicipality.includes(true) && perMunicipality.includes(false)) throw planScopeMixed();
  return {
    values: values.map((value) => ({
      year: value.year,
      municipalityNumber: value.municipalityNumber ?? null,
      planned: value.planned,
    })),
    perMunicipality: values.length ? perMunicipality.includes(true) : perMunicipalityBefore,
  };
}
