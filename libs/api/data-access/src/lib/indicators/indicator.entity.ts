import type { ReportingFrequency } from '@samarbeid/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { MunicipalityEntity, MunicipalityRelation } from '../region/municipality.entity';
import { RegionEntity } from '../region/region.entity';
import { GoalIndicatorEntity } from '../strategy/strategy.entity';
import { VersionedEntity, VersionedUuidEntity } from '../versioned.entity';

/*
 * Indicators over time. The indicator itself (unit, baseline, target, direction) is a goal_indicator row, on a
 * strategy goal, a measure, a benefit or a KPI set; these tables add the KPI sets, how often it is measured, its link to a KOSTRA key figure, the values measured
 * per period per municipality and for the region, and KOSTRA figures imported from SSB.
 */

/**
 * A region's or one municipality's own KPI set (e.g. Bærum's table of key figures): a named list of indicators
 * (goal_indicator rows with kpi_set_id). The secretariat manages the region's sets, a municipality's director that
 * municipality's. The owner is who gets the reminders when a value is due.
 */
@Entity({ name: 'kpi_set' })
@Index('uq_kpi_set_name', ['regionId', 'name'], { unique: true })
export class KpiSetEntity extends VersionedUuidEntity {
  @Index('ix_kpi_set_region')
  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  /** Null: the region's own set. */
  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @MunicipalityRelation('municipality_number')
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Who created the set (identity-provider subject): the region set's reminders go to them. */
  @Column({ type: 'varchar', length: 255, name: 'owner_user_id', nullable: true })
  ownerUserId!: string | null;
}

/** How an indicator is followed up: its reporting frequency and the KOSTRA key figure it compares with. */
@Entity({ name: 'indicator_setting' })
export class IndicatorSettingEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => GoalIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: GoalIndicatorEntity;

  @Column({ type: 'varchar', length: 16, default: 'YEARLY' })
  frequency!: ReportingFrequency;

  /** A code of the shipped KOSTRA catalogue, or null. */
  @Column({ type: 'varchar', length: 40, name: 'kostra_figure', nullable: true })
  kostraFigure!: string | null;
}

/**
 * That the owners of an indicator were reminded of its missing value for a closed period: the scheduled run's mark,
 * written in the transaction of the notifications, so each period is reminded once however many processes run.
 */
@Entity({ name: 'indicator_reminder' })
export class IndicatorReminderEntity {
  @PrimaryColumn({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => GoalIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: GoalIndicatorEntity;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'reminded_at' })
  remindedAt!: Date;
}

/**
 * One measured value of an indicator for a period ("2025" or "2025-H1") and a municipality, or the region when the
 * municipality is null. "Not measured" is explicit: `not_measured` with no value — never zero, never a gap.
 */
@Entity({ name: 'indicator_value' })
@Index('uq_indicator_value_municipality', ['indicatorId', 'period', 'municipalityNumber'], {
  unique: true,
  where: '"municipality_number" IS NOT NULL',
})
@Index('uq_indicator_value_region', ['indicatorId', 'period'], {
  unique: true,
  where: '"municipality_number" IS NULL',
})
@Check('ck_indicator_value_measured', '("value" IS NULL) = "not_measured"')
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_indicator_value_indicator')
  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => GoalIndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: GoalIndicatorEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value!: string | null;

  @Column({ type: 'boolean', name: 'not_measured', default: false })
  notMeasured!: boolean;

  @Column({ type: 'varchar', length: 300, default: '' })
  source!: string;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ type: 'varchar', length: 255, name: 'recorded_by' })
  recordedBy!: string;

  @Column({ type: 'varchar', length: 200, name: 'recorded_by_name', nullable: true })
  recordedByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;
}

/**
 * A KOSTRA key figure from SSB for a year and an area: a municipality number, a KOSTRA group ("EKG13") or the
 * national average ("EAKUO"). SSB's "." (not applicable) and ".." (confidential or missing) are kept as the symbol
 * with no value: neither is zero.
 */
@Entity({ name: 'kostra_value' })
@Check('ck_kostra_value_missing', `("value" IS NULL) = ("missing_symbol" IS NOT NULL)`)
@Check('ck_kostra_value_symbol', `"missing_symbol" IS NULL OR "missing_symbol" IN ('.', '..', '...', ':')`)
export class KostraValueEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, name: 'figure' })
  figure!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, name: 'area_code' })
  areaCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value!: string | null;

  @Column({ type: 'varchar', length: 3, name: 'missing_symbol', nullable: true })
  missingSymbol!: string | null;

  @Column({ type: 'varchar', length: 300 })
  source!: string;

  @Column({ type: 'timestamptz', name: 'imported_at', default: () => 'now()' })
  importedAt!: Date;
}

/** The KOSTRA group a municipality belongs to (SSB's grouping), as the catalogue ships it or an import sets it. */
@Entity({ name: 'municipality_kostra_group' })
export class MunicipalityKostraGroupEntity {
  @PrimaryColumn({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 10, name: 'group_code' })
  groupCode!: string;

  @Column({ type: 'varchar', length: 200, name: 'group_name' })
  groupName!: string;
}

export const INDICATOR_ENTITIES = [
  KpiSetEntity,
  IndicatorReminderEntity,
  IndicatorSettingEntity,
  IndicatorValueEntity,
  KostraValueEntity,
  MunicipalityKostraGroupEntity,
] as const;
