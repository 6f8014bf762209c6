import type { AuditRecord } from '@samarbeid/api/data-access';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';

import type { RegionRow } from '../portfolio-reads.repository';
import type { RequirementRow } from './savings.repository';
import { trimZeros } from './domain/thresholds';

/** The change history's records of a region's savings targets (Norwegian summaries; the region is the entity). */

const onRegion = (region: RegionRow) =>
  ({ entityType: 'region', entityId: region.id, regionId: region.id }) as const;

export function thresholdsChanged(
  region: RegionRow,
  before: BenefitThresholds,
  after: BenefitThresholds,
): AuditRecord {
  return {
    action: 'UPDATE',
    ...onRegion(region),
    summary: `Statusgrenser for gevinster: grønn fra ${trimZeros(after.greenFromPercent)} %, gul fra ${trimZeros(after.yellowFromPercent)} %`,
    before,
    after: { greenFromPercent: after.greenFromPercent, yellowFromPercent: after.yellowFromPercent },
  };
}

export function requirementsChanged(
  region: RegionRow,
  municipalityNumber: string | null,
  before: readonly RequirementRow[],
  after: readonly { year: number; amount: string }[],
): AuditRecord {
  return {
    action: 'UPDATE',
    ...onRegion(region),
    summary: `Nedtrekkskrav ${municipalityNumber ? `for ${municipalityNumber}` : 'for regionen'} endret (${after.length} år)`,
    before: { municipalityNumber, values: before.map(({ year, amount }) => ({ year, amount })) },
    after: { municipalityNumber, values: after.map(({ year, amount }) => ({ year, amount })) },
  };
}
