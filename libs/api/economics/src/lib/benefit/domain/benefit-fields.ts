import type { BenefitType, BenefitUnitKind } from '@samarbeid/shared/domain';

import { benefitNameOrOwnerMissing, fteCostMissing, qualitativeUnitMissing } from '../../economics.errors';
import type { BenefitFieldValues } from '../benefit.repository';

/** A benefit's fields as the client (or the Excel import) sends them. */
export interface BenefitFieldsDraft {
  readonly title: string;
  readonly type: BenefitType;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok?: string | null;
  readonly indicator?: string | null;
  readonly unit?: string | null;
  readonly baselineValue?: string | null;
  readonly baselineDate?: string | null;
  readonly owner: string;
  readonly change?: string | null;
  readonly goalId?: string | null;
}

const isZero = (amount: string): boolean => /^0+(\.0+)?$/.test(amount);

/**
 * A benefit's fields, checked and normalised: an FTE benefit states what one FTE costs (more than nothing), a
 * qualitative one the unit of its indicator, and every benefit a name and an owner; texts trimmed, and only an FTE
 * benefit keeps a cost per FTE. (Whether the goal is the region's is the caller's to check.)
 */
export function checkedBenefitFields(input: BenefitFieldsDraft): BenefitFieldValues {
  if (input.unitKind === 'FTE' && (!input.fteCostNok || isZero(input.fteCostNok))) throw fteCostMissing();
  if (input.unitKind === 'QUALITATIVE' && !input.unit?.trim()) throw qualitativeUnitMissing();
  if (!input.title.trim() || !input.owner.trim()) throw benefitNameOrOwnerMissing();
  return {
    title: input.title.trim(),
    type: input.type,
    unitKind: input.unitKind,
    fteCostNok: input.unitKind === 'FTE' ? (input.fteCostNok ?? null) : null,
    indicator: input.indicator?.trim() || null,
    unit: input.unit?.trim() || null,
    baselineValue: input.baselineValue ?? null,
    baselineDate: input.baselineDate ?? null,
    owner: input.owner.trim(),
    change: input.change?.trim() ?? '',
    goalId: input.goalId ?? null,
  };
}
