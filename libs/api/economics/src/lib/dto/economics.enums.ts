import { graphqlEnum } from '@samarbeid/api/platform';
import {
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  BENEFIT_UNIT_KINDS,
  COST_KINDS,
  DISTRIBUTION_KEY_KINDS,
} from '@samarbeid/shared/domain';

/** The economics enums in the schema. */

export const CostKindEnum = graphqlEnum('CostKind', COST_KINDS, 'One-off (pukkel) or running cost.');
export const DistributionKeyKindEnum = graphqlEnum(
  'DistributionKeyKind',
  DISTRIBUTION_KEY_KINDS,
  'How a cost is split among the participating municipalities.',
);
export const BenefitTypeEnum = graphqlEnum('BenefitType', BENEFIT_TYPES, "Benefit types in DFØ's guidance.");
export const BenefitUnitKindEnum = graphqlEnum('BenefitUnitKind', BENEFIT_UNIT_KINDS);
export const BenefitStatusEnum = graphqlEnum(
  'BenefitStatus',
  BENEFIT_STATUSES,
  "Realised against planned, by the region's thresholds.",
);
