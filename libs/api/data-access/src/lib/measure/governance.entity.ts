import type { MeasureStatus } from '@samarbeid/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { NetworkEntity, NetworkMemberEntity } from '../network/network.entity';
import { RegionEntity } from '../region/region.entity';
import { UuidEntity, VersionedEntity } from '../versioned.entity';
import { MeasureEntity } from './measure.entity';

/** A region's readiness gates: which of its rules must be met before a measure is decided or started. */
@Entity({ name: 'region_governance' })
export class RegionGovernanceEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'boolean', name: 'require_anchoring', default: false })
  requireAnchoring!: boolean;

  @Column({ type: 'boolean', name: 'require_economics', default: false })
  requireEconomics!: boolean;

  @Column({ type: 'boolean', name: 'require_checklist', default: false })
  requireChecklist!: boolean;

  @Column({ type: 'boolean', name: 'require_union_consultation', default: false })
  requireUnionConsultation!: boolean;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;
}

/** An item of the region's checklist for development work (F9); retired items are kept with their ticks. */
@Entity({ name: 'governance_checklist_item' })
@Index('ix_governance_checklist_item_region', ['regionId', 'position'])
export class GovernanceChecklistItemEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  label!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A checklist item done for a measure. */
@Entity({ name: 'measure_checklist_tick' })
export class MeasureChecklistTickEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @PrimaryColumn({ type: 'uuid', name: 'item_id' })
  itemId!: string;

  @ManyToOne(() => GovernanceChecklistItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: GovernanceChecklistItemEntity;

  @Column({ type: 'varchar', length: 200, name: 'done_by' })
  doneBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'done_at' })
  doneAt!: Date;
}

/**
 * A measure as a steering document, and what its readiness gates read: political anchoring (date, body, case),
 * union consultation, a reason for no economic effect. One row per measure, written on the first save; guarded by
 * the measure's version.
 */
@Entity({ name: 'measure_governance' })
export class MeasureGovernanceEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'date', name: 'anchoring_decided_on', nullable: true })
  anchoringDecidedOn!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'anchoring_body', nullable: true })
  anchoringBody!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'anchoring_case_reference', nullable: true })
  anchoringCaseReference!: string | null;

  @Column({ type: 'text', name: 'no_economic_effect_reason', nullable: true })
  noEconomicEffectReason!: string | null;

  @Column({ type: 'boolean', name: 'union_consultation_needed', default: false })
  unionConsultationNeeded!: boolean;

  @Column({ type: 'date', name: 'union_consultation_date', nullable: true })
  unionConsultationDate!: string | null;

  @Column({ type: 'text', name: 'union_consultation_outcome', nullable: true })
  unionConsultationOutcome!: string | null;

  @Column({ type: 'text', name: 'current_situation', default: '' })
  currentSituation!: string;

  @Column({ type: 'text', default: '' })
  causes!: string;

  @Column({ type: 'text', name: 'desired_situation', default: '' })
  desiredSituation!: string;

  @Column({ type: 'text', default: '' })
  mandate!: string;

  /** The responsible person: a member of a network. */
  @Column({ type: 'uuid', name: 'responsible_member_id', nullable: true })
  responsibleMemberId!: string | null;

  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_member_id' })
  responsibleMember?: NetworkMemberEntity | null;

  @Column({ type: 'text', name: 'implementation_group', default: '' })
  implementationGroup!: string;

  @Column({ type: 'text', name: 'time_and_resource_frame', default: '' })
  timeAndResourceFrame!: string;

  @Column({ type: 'text', default: '' })
  preconditions!: string;

  @Column({ type: 'text', name: 'reporting_requirements', default: '' })
  reportingRequirements!: string;

  @Column({ type: 'boolean', name: 'political_decision_needed', default: false })
  politicalDecisionNeeded!: boolean;

  @Column({ type: 'varchar', length: 64, name: 'political_decision_case', nullable: true })
  politicalDecisionCase!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A network that co-operates on a measure besides its owner. */
@Entity({ name: 'measure_cooperating_network' })
export class MeasureCooperatingNetworkEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Index('ix_measure_cooperating_network_network')
  @PrimaryColumn({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
}

/** The secretariat let a measure past its readiness gates, with a reason and what was missing. */
@Entity({ name: 'measure_gate_override' })
@Check('ck_measure_gate_override_reason', 'length(trim("reason")) > 0')
export class MeasureGateOverrideEntity extends UuidEntity {
  @Index('ix_measure_gate_override_measure')
  @Column({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'varchar', length: 32, name: 'to_status' })
  toStatus!: MeasureStatus;

  @Column({ type: 'text' })
  reason!: string;

  /** What was missing, as sentences (Norwegian). */
  @Column({ type: 'jsonb' })
  missing!: string[];

  @Column({ type: 'varchar', length: 200, name: 'overridden_by' })
  overriddenBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'overridden_at' })
  overriddenAt!: Date;
}

export const GOVERNANCE_ENTITIES = [
  RegionGovernanceEntity,
  GovernanceChecklistItemEntity,
  MeasureChecklistTickEntity,
  MeasureGovernanceEntity,
  MeasureCooperatingNetworkEntity,
  MeasureGateOverrideEntity,
];
