import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import { MeasureEntity } from '../measure/measure.entity';
import { NetworkEntity } from '../network/network.entity';
import { RegionOwnedEntity } from '../region/region-owned.entity';
import { VersionedUuidEntity } from '../versioned.entity';

/** A milestone of a measure in the implementation plan ("Avtale signert", 2026-03-01), done or not. */
@Entity({ name: 'plan_milestone' })
@Index('ix_plan_milestone_measure', ['measureId', 'date'])
export class PlanMilestoneEntity extends VersionedUuidEntity {
  @Column({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean', default: false })
  done!: boolean;
}

/**
 * The plan as adopted on a day ("Vedtatt i KDU 12.06.2026"), frozen by the secretariat. Immutable: its rows are
 * written once, when it is frozen (a trigger refuses any later UPDATE).
 */
@Entity({ name: 'plan_baseline' })
@Unique('uq_plan_baseline_name', ['regionId', 'name'])
export class PlanBaselineEntity extends RegionOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'frozen_at' })
  frozenAt!: Date;

  @Column({ type: 'varchar', length: 255, name: 'frozen_by' })
  frozenBy!: string;
}

/** One measure as a baseline froze it: its dates and milestones, with its code and title as they were. */
@Entity({ name: 'plan_baseline_measure' })
export class PlanBaselineMeasureEntity {
  @PrimaryColumn({ type: 'uuid', name: 'baseline_id' })
  baselineId!: string;

  @ManyToOne(() => PlanBaselineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'baseline_id' })
  baseline?: PlanBaselineEntity;

  /** No foreign key: the snapshot outlives a deleted measure. */
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  /** `[{ id, name, date }]` as they were. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  milestones!: { id: string; name: string; date: string }[];
}

/** How many measures a network can run at once beside daily operations; without a row, the default. */
@Entity({ name: 'plan_network_setting' })
@Check('ck_plan_network_setting_capacity', '"capacity" BETWEEN 0 AND 100')
export class PlanNetworkSettingEntity {
  @PrimaryColumn({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** What the plan knows of a measure besides its dates: resources it needs from other parts of the organisation. */
@Entity({ name: 'measure_plan' })
export class MeasurePlanEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'text', name: 'resources_from_other_units', default: '' })
  resourcesFromOtherUnits!: string;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A user's calendar feed of the plan (a region's, or one network's) at a secret address. Only the SHA-256 of the
 * secret is kept; a revoked feed answers 404.
 */
@Entity({ name: 'plan_calendar_feed' })
@Index('ix_plan_calendar_feed_user', ['userId'])
export class PlanCalendarFeedEntity extends RegionOwnedEntity {
  @Column({ type: 'varchar', length: 255, name: 'user_id' })
  userId!: string;

  @Column({ type: 'uuid', name: 'network_id', nullable: true })
  networkId!: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity | null;

  /** Hex SHA-256 of the secret in the address. */
  @Index('uq_plan_calendar_feed_token', { unique: true })
  @Column({ type: 'char', length: 64, name: 'token_hash' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}

export const PLAN_ENTITIES = [
  PlanMilestoneEntity,
  PlanBaselineEntity,
  PlanBaselineMeasureEntity,
  PlanNetworkSettingEntity,
  MeasurePlanEntity,
  PlanCalendarFeedEntity,
];
