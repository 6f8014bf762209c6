import type { CostKind } from '@samarbeid/shared/domain';

import { costLineTwice } from '../../economics.errors';
import { assertYearInPeriod, type MeasureContext } from '../../measure-context';
import type { CostLineRow } from '../cost-plan.repository';

/** A cost line as the client sends it (CostLineInput). */
export interface CostLineDraft {
  readonly year: number;
  readonly kind: CostKind;
  readonly amount: string;
  readonly note?: string | null;
}

const isZero = (amount: string): boolean => /^0+(\.0+)?$/.test(amount);

/**
 * The cost lines to store in place of a measure's costs: every year within the measure's period, each year and kind
 * once (refused otherwise, the first problem in the order given); a zero amount without a note is no line.
 */
export function costLinesToSave(measure: MeasureContext, costs: readonly CostLineDraft[]): CostLineRow[] {
  const seen = new Set<string>();
  for (const line of costs) {
    assertYearInPeriod(measure, line.year);
    const key = `${line.year}|${line.kind}`;
    if (seen.has(key)) throw costLineTwice(line.kind, line.year);
    seen.add(key);
  }
  return costs
    .filter((line) => !isZero(line.amount) || line.note?.trim())
    .map((line) => ({
      year: line.year,
      kind: line.kind,
      amount: line.amount,
      note: line.note?.trim() ?? '',
    }));
}
