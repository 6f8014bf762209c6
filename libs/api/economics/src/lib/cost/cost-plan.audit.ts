import type { AuditRecord } from '@samarbeid/api/data-access';
import { DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';

import type { MeasureContext } from '../measure-context';
import type { CostLineRow, StoredCostPlan } from './cost-plan.repository';
import type { KeySpec } from './cost-shares';
import type { CostYearRow } from './domain/cost-years';

/** The change history's records of cost-plan changes (Norwegian summaries, before and after as stored). */

export function costsChanged(
  measure: MeasureContext,
  before: StoredCostPlan,
  lines: readonly CostLineRow[],
  years: { readonly before: readonly CostYearRow[]; readonly after: readonly CostYearRow[] } | null = null,
): AuditRecord {
  const figures = years ? `, inntekter og faktiske kostnader for ${years.after.length} år` : '';
  return {
    action: 'UPDATE',
    entityType: 'measure',
    entityId: measure.id,
    regionId: measure.regionId,
    summary: `${measure.code}: kostnader endret (${lines.length} linjer${figures})`,
    before: { costs: before.lines, ...(years ? { years: years.before } : {}) },
    after: {
      costs: lines.map(({ year, kind, amount, note }) => ({ year, kind, amount, note })),
      ...(years ? { years: years.after } : {}),
    },
  };
}

export function keyChanged(measure: MeasureContext, before: KeySpec, after: KeySpec): AuditRecord {
  const label = (spec: KeySpec) => DISTRIBUTION_KEY_LABELS[spec.kind].nb.toLowerCase();
  return {
    action: 'UPDATE',
    entityType: 'measure',
    entityId: measure.id,
    regionId: measure.regionId,
    summary: `${measure.code}: fordelingsnøkkel ${label(before)} → ${label(after)}`,
    before: keySnapshot(before),
    after: keySnapshot(after),
  };
}

function keySnapshot(spec: KeySpec) {
  return {
    kind: spec.kind,
    fixedPercent: spec.fixedPercent,
    populationYear: spec.populationYear,
    populationSource: spec.populationSource,
    entries: Object.fromEntries(spec.entries),
  };
}
