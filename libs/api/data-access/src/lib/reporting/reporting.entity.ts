import type {
  ReportingPeriodKind,
  ReportingPeriodStatus,
  ReportRag,
  ReportSubjectKind,
  StatusReportState,
} from '@samarbeid/shared/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { MeasureEntity } from '../measure/measure.entity';
import { NetworkEntity } from '../network/network.entity';
import { VersionedRegionOwnedEntity } from '../region/region-owned.entity';
import { UuidEntity, VersionedUuidEntity } from '../versioned.entity';

/**
 * A reporting period the secretariat opens for the region ("1. halvår 2026"): its kind, from/to, the due date of the
 * owners' reports, open until closed. The compiled report's own summary text is kept here until it is frozen.
 */
@Entity({ name: 'reporting_period' })
@Unique('uq_reporting_period_name', ['regionId', 'name'])
@Check('ck_reporting_period_dates', '"period_from" <= "period_to"')
export class ReportingPeriodEntity extends VersionedRegionOwnedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ReportingPeriodKind;

  @Column({ type: 'date', name: 'period_from' })
  periodFrom!: string;

  @Column({ type: 'date', name: 'period_to' })
  periodTo!: string;

  @Column({ type: 'date', name: 'due_date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status!: ReportingPeriodStatus;

  /** The secretariat's own summary for the compiled report. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'varchar', length: 255, name: 'opened_by' })
  openedBy!: string;
}

/**
 * A report request and its report: one per measure under way and one per network's action plan in a period, owned
 * by the network (its leader), who may hand it to a member (`assigneeUserId`). Reminders are marked once per rule.
 */
@Entity({ name: 'status_report' })
@Unique('uq_status_report_subject', ['periodId', 'subjectKey'])
@Index('ix_status_report_network', ['networkId'])
@Check('ck_status_report_progress', '"progress_percent" IS NULL OR "progress_percent" BETWEEN 0 AND 100')
export class StatusReportEntity extends VersionedUuidEntity {
  @Column({ type: 'uuid', name: 'period_id' })
  periodId!: string;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: ReportingPeriodEntity;

  @Column({ type: 'varchar', length: 16, name: 'subject_kind' })
  subjectKind!: ReportSubjectKind;

  /** The measure's id, or "plan:<network id>": unique in the period. */
  @Column({ type: 'varchar', length: 64, name: 'subject_key' })
  subjectKey!: string;

  @Column({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Index('ix_status_report_measure')
  @Column({ type: 'uuid', name: 'measure_id', nullable: true })
  measureId!: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity | null;

  /** A network member the leader handed the report to (identity-provider subject), or null: the leader. */
  @Column({ type: 'varchar', length: 255, name: 'assignee_user_id', nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'assignee_name', nullable: true })
  assigneeName!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'NOT_STARTED' })
  state!: StatusReportState;

  @Column({ type: 'varchar', length: 8, nullable: true })
  rag!: ReportRag | null;

  @Column({ type: 'integer', name: 'progress_percent', nullable: true })
  progressPercent!: number | null;

  @Column({ type: 'text', default: '' })
  done!: string;

  @Column({ type: 'text', default: '' })
  deviations!: string;

  @Column({ type: 'text', name: 'next_steps', default: '' })
  nextSteps!: string;

  @Column({ type: 'text', default: '' })
  risks!: string;

  /** Realised economic benefits so far (NOK), filled from the benefit plan's actual values. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'realised_benefits_nok', nullable: true })
  realisedBenefitsNok!: string | null;

  /** Costs so far (NOK), filled from the cost plan. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'costs_nok', nullable: true })
  costsNok!: string | null;

  @Column({ type: 'text', name: 'return_comment', nullable: true })
  returnComment!: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, name: 'submitted_by_name', nullable: true })
  submittedByName!: string | null;

  @Column({ type: 'timestamptz', name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'reminded_before_due_at', nullable: true })
  remindedBeforeDueAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'reminded_overdue_at', nullable: true })
  remindedOverdueAt!: Date | null;
}

/**
 * A frozen version of a period's compiled report: its figures stored with it as JSON, numbered per period (the
 * region's report) or per period and municipality (a municipality's variant), never changed; a correction freezes a
 * new version.
 */
@Entity({ name: 'frozen_report' })
@Index('uq_frozen_report_number', ['periodId', 'number'], {
  unique: true,
  where: '"municipality_number" IS NULL',
})
@Index('uq_frozen_report_municipality_number', ['periodId', 'municipalityNumber', 'number'], {
  unique: true,
  where: '"municipality_number" IS NOT NULL',
})
export class FrozenReportEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'period_id' })
  periodId!: string;

  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: ReportingPeriodEntity;

  /** The municipality of a variant; null for the region's report. */
  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  data!: unknown;

  @Column({ type: 'varchar', length: 255, name: 'frozen_by_id' })
  frozenById!: string;

  @Column({ type: 'varchar', length: 200, name: 'frozen_by_name', nullable: true })
  frozenByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'frozen_at' })
  frozenAt!: Date;
}

export const REPORTING_ENTITIES = [ReportingPeriodEntity, StatusReportEntity, FrozenReportEntity];
