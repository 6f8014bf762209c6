import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@samarbeid/api/platform';
import type {
  CollaborationTier,
  DecisionBody,
  LegalForm,
  MeasureStatus,
  MobilisationRating,
  NetworkKind,
  NetworkRole,
  ParticipationState,
  PoliticalAnchoringState,
  ServiceArea,
} from '@samarbeid/shared/domain';

import {
  CollaborationTierEnum,
  DecisionBodyEnum,
  DependencyKindEnum,
  LegalFormEnum,
  MeasureStatusEnum,
  MobilisationRatingEnum,
  NetworkKindEnum,
  NetworkRoleEnum,
  ParticipationStateEnum,
  PoliticalAnchoringEnum,
  ServiceAreaEnum,
} from './enums';

@ObjectType()
export class Network {
  @Field(() => ID)
  id!: string;

  regionId!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => NetworkKindEnum)
  kind!: NetworkKind;

  @Field(() => ServiceAreaEnum)
  serviceArea!: ServiceArea;

  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'What the network or working group is set up to do.' })
  mandate!: string | null;

  @Field(() => String, { nullable: true, description: "A working group's planned end (ISO date)." })
  endsOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day the network was closed (ISO date); null: open.',
  })
  closedOn!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class NetworkMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  personName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  municipalityNumber!: string | null;

  @Field(() => NetworkRoleEnum)
  role!: NetworkRole;

  @Field(() => String, { description: 'The first day of the membership (ISO date).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first day without it (ISO date); null while it lasts.',
  })
  validTo!: string | null;

  @Field(() => Boolean, {
    description: 'Whether the person has a user (and so may lead the network in the app).',
  })
  hasUser!: boolean;
}

@ObjectType()
export class Measure {
  @Field(() => ID)
  id!: string;

  regionId!: string;

  @Field(() => String, { description: 'Unique in the region, e.g. "T7".' })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  networkId!: string;

  @Field(() => ServiceAreaEnum)
  serviceArea!: ServiceArea;

  @Field(() => CollaborationTierEnum)
  tier!: CollaborationTier;

  @Field(() => LegalFormEnum, { nullable: true })
  legalForm!: LegalForm | null;

  @Field(() => MeasureStatusEnum)
  status!: MeasureStatus;

  @Field(() => MobilisationRatingEnum, { nullable: true })
  mobilisation!: MobilisationRating | null;

  @Field(() => PoliticalAnchoringEnum)
  politicalAnchoring!: PoliticalAnchoringState;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  endDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Own progress 0–100 (see `progress` for the roll-up).' })
  progressPercent!: number | null;

  @Field(() => Int, { nullable: true })
  weight!: number | null;

  parentId!: string | null;

  @Field(() => Int, { description: 'Send back with every change: a stale version is refused with CONFLICT.' })
  version!: number;
}

@ObjectType()
export class MeasureConnection extends Connection(Measure) {}

@ObjectType()
export class MeasureDependency {
  @Field(() => DependencyKindEnum)
  kind!: 'START' | 'FINISH';

  measureId!: string;
  dependsOnId!: string;
}

@ObjectType()
export class Participation {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => ParticipationStateEnum)
  state!: ParticipationState;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType()
export class Decision {
  @Field(() => ID)
  id!: string;

  regionId!: string;

  @Field(() => DecisionBodyEnum)
  body!: DecisionBody;

  @Field(() => String, { nullable: true })
  municipalityNumber!: string | null;

  networkId!: string | null;

  @Field(() => String, { description: 'ISO date.' })
  decidedOn!: string;

  @Field(() => String)
  caseReference!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType()
export class DecisionConnection extends Connection(Decision) {}

@ObjectType()
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  actorId!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the object before the change.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the object after the change.' })
  after!: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@ObjectType()
export class NetworkConnection extends Connection(Network) {}
