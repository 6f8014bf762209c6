import { graphqlEnum } from '@samarbeid/api/platform';
import {
  COLLABORATION_TIERS,
  DECISION_BODIES,
  LEGAL_FORMS,
  MEASURE_STATUSES,
  MOBILISATION_RATINGS,
  NETWORK_KINDS,
  NETWORK_ROLES,
  PARTICIPATION_STATES,
  POLITICAL_ANCHORING_STATES,
  SERVICE_AREAS,
} from '@samarbeid/shared/domain';

export const ServiceAreaEnum = graphqlEnum('ServiceArea', SERVICE_AREAS);
export const NetworkKindEnum = graphqlEnum('NetworkKind', NETWORK_KINDS);
export const NetworkRoleEnum = graphqlEnum('NetworkRole', NETWORK_ROLES);
export const CollaborationTierEnum = graphqlEnum(
  'CollaborationTier',
  COLLABORATION_TIERS,
  'How binding a collaboration is, from NETWORK (least) to STATUTORY (most).',
);
export const LegalFormEnum = graphqlEnum(
  'LegalForm',
  LEGAL_FORMS,
  'Legal form of a statutory collaboration.',
);
export const MeasureStatusEnum = graphqlEnum('MeasureStatus', MEASURE_STATUSES);
export const MobilisationRatingEnum = graphqlEnum('MobilisationRating', MOBILISATION_RATINGS);
export const ParticipationStateEnum = graphqlEnum('ParticipationState', PARTICIPATION_STATES);
export const PoliticalAnchoringEnum = graphqlEnum('PoliticalAnchoring', POLITICAL_ANCHORING_STATES);
export const DecisionBodyEnum = graphqlEnum('DecisionBody', DECISION_BODIES);
export const DependencyKindEnum = graphqlEnum('DependencyKind', ['START', 'FINISH'] as const);
