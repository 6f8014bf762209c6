import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';
import { READINESS_GATES } from '@samarbeid/shared/domain';
import type { MeasureStatus, ReadinessGate, ReadinessProblemCode } from '@samarbeid/shared/domain';

import { MeasureStatusEnum } from '../dto/enums';

export const ReadinessGateEnum = graphqlEnum('ReadinessGate', READINESS_GATES);
export const ReadinessProblemCodeEnum = graphqlEnum('ReadinessProblemCode', [
  'ANCHORING_NOT_RECORDED',
  'COSTS_MISSING',
  'DISTRIBUTION_KEY_MISSING',
  'BENEFITS_MISSING',
  'CHECKLIST_ITEM_OPEN',
  'UNION_CONSULTATION_NOT_RECORDED',
] as const);

@ObjectType({ description: "An item of the region's checklist for development work (F9)." })
export class ChecklistItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  position!: number;
}

@ObjectType({
  description: 'Which of the region’s rules must be met before a measure is decided or started.',
})
export class RegionGovernance {
  regionId!: string;

  @Field(() => Boolean, { description: 'F1: political anchoring recorded where it is needed.' })
  requireAnchoring!: boolean;

  @Field(() => Boolean, {
    description: 'F4: costs, distribution key and benefit plan, or a reason for none.',
  })
  requireEconomics!: boolean;

  @Field(() => Boolean, { description: 'F9: every item of the region’s checklist done.' })
  requireChecklist!: boolean;

  @Field(() => Boolean, { description: 'Union consultation recorded where the measure is flagged.' })
  requireUnionConsultation!: boolean;

  @Field(() => [ChecklistItem], { description: 'The active checklist items, in order.' })
  checklist!: ChecklistItem[];

  @Field(() => Int, { description: '0 until the settings are first saved.' })
  version!: number;
}

@ObjectType()
export class ReadinessProblemView {
  @Field(() => ReadinessGateEnum)
  gate!: ReadinessGate;

  @Field(() => ReadinessProblemCodeEnum)
  code!: ReadinessProblemCode;

  @Field(() => String, { nullable: true, description: 'The checklist item, for CHECKLIST_ITEM_OPEN.' })
  item!: string | null;

  @Field(() => String, { description: 'What is missing, in Norwegian.' })
  text!: string;

  @Field(() => String)
  textEn!: string;
}

@ObjectType()
export class ReadinessGateView {
  @Field(() => ReadinessGateEnum)
  gate!: ReadinessGate;

  @Field(() => Boolean, { description: 'The region applies this gate.' })
  required!: boolean;

  @Field(() => Boolean, { description: 'The gate concerns this measure.' })
  applies!: boolean;

  @Field(() => [ReadinessProblemView])
  problems!: ReadinessProblemView[];
}

@ObjectType()
export class MeasureChecklistEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  done!: boolean;

  @Field(() => String, { nullable: true })
  doneBy!: string | null;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;
}

@ObjectType({ description: 'Whether the measure may become DECIDED or IN_PROGRESS, gate by gate.' })
export class MeasureReadiness {
  @Field(() => Boolean, { description: 'No gate the region applies is missing anything.' })
  ready!: boolean;

  @Field(() => [ReadinessGateView])
  gates!: ReadinessGateView[];

  @Field(() => [ReadinessProblemView], {
    description: 'What stops the decision, as a refusal would list it.',
  })
  blocking!: ReadinessProblemView[];

  @Field(() => [MeasureChecklistEntry])
  checklist!: MeasureChecklistEntry[];
}

@ObjectType({ description: 'The secretariat let the measure past its gates, with a reason.' })
export class GateOverride {
  @Field(() => ID)
  id!: string;

  @Field(() => MeasureStatusEnum)
  toStatus!: MeasureStatus;

  @Field(() => String)
  reason!: string;

  @Field(() => [String], { description: 'What was missing (Norwegian).' })
  missing!: string[];

  @Field(() => String)
  overriddenBy!: string;

  @Field(() => Date)
  overriddenAt!: Date;
}

@ObjectType({ description: 'The measure as a steering document, and the facts its gates read.' })
export class MeasureSteering {
  @Field(() => String, { nullable: true, description: 'ISO date of the political anchoring.' })
  anchoringDecidedOn!: string | null;

  @Field(() => String, { nullable: true })
  anchoringBody!: string | null;

  @Field(() => String, { nullable: true })
  anchoringCaseReference!: string | null;

  @Field(() => String, { nullable: true })
  noEconomicEffectReason!: string | null;

  @Field(() => Boolean)
  unionConsultationNeeded!: boolean;

  @Field(() => String, { nullable: true })
  unionConsultationDate!: string | null;

  @Field(() => String, { nullable: true })
  unionConsultationOutcome!: string | null;

  @Field(() => String)
  currentSituation!: string;

  @Field(() => String)
  causes!: string;

  @Field(() => String)
  desiredSituation!: string;

  @Field(() => String)
  mandate!: string;

  @Field(() => ID, { nullable: true, description: 'A network member.' })
  responsibleMemberId!: string | null;

  @Field(() => String, { nullable: true })
  responsibleName!: string | null;

  @Field(() => String)
  implementationGroup!: string;

  @Field(() => String)
  timeAndResourceFrame!: string;

  @Field(() => String)
  preconditions!: string;

  @Field(() => String)
  reportingRequirements!: string;

  @Field(() => Boolean)
  politicalDecisionNeeded!: boolean;

  @Field(() => String, { nullable: true })
  politicalDecisionCase!: string | null;

  @Field(() => [ID], { description: 'Networks that co-operate on the measure besides its owner.' })
  cooperatingNetworkIds!: string[];
}
