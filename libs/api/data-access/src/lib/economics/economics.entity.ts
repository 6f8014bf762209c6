import type { BenefitType, BenefitUnitKind, CostKind, DistributionKeyKind } from '@samarbeid/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { MeasureEntity } from '../measure/measure.entity';
import { MunicipalityEntity, MunicipalityRelation } from '../region/municipality.entity';
import { RegionEntity } from '../region/region.entity';
import { RegionOwnedEntity } from '../region/region-owned.entity';
import { StrategyGoalEntity } from '../strategy/strategy.entity';
import { UuidEntity, VersionedEntity, VersionedUuidEntity } from '../versioned.entity';

/*
 * Economics of a measure. Money is PostgreSQL numeric, read as strings and computed with decimal.js: never floats.
 */

/** A measure's cost plan: the distribution key, and the version that guards its costs and key together. */
@Entity({ name: 'cost_plan' })
@Check('ck_cost_plan_fixed', `"key_kind" <> 'FIXED_PLUS_POPULATION' OR "fixed_percent" IS NOT NULL`)
@Check('ck_cost_plan_fixed_range', '"fixed_percent" IS NULL OR "fixed_percent" BETWEEN 0 AND 100')
export class CostPlanEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'varchar', length: 32, name: 'key_kind', default: 'EQUAL' })
  keyKind!: DistributionKeyKind;

  /** FIXED_PLUS_POPULATION: the percentage split equally. */
  @Column({ type: 'numeric', precision: 5, scale: 2, name: 'fixed_percent', nullable: true })
  fixedPercent!: string | null;

  /** POPULATION and FIXED_PLUS_POPULATION: population on 1 January of this year. */
  @Column({ type: 'integer', name: 'population_year', nullable: true })
  populationYear!: number | null;

  /** Where the population figures come from, as agreed ("SSB 07459"). */
  @Column({ type: 'varchar', length: 200, name: 'population_source', nullable: true })
  populationSource!: string | null;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;
}

/** One year's one-off (pukkelkostnad) or running cost of a measure. */
@Entity({ name: 'cost_line' })
@Check('ck_cost_line_amount', '"amount" >= 0')
export class CostLineEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => CostPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  plan?: CostPlanEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: CostKind;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  amount!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;
}

/**
 * A year's income and actual cost of a measure, beside its planned cost lines: income (e.g. a grant, or what buyers
 * pay for a service the measure sells) is split by the measure's key like its costs; the actual cost is compared
 * with the planned.
 */
@Entity({ name: 'cost_year_figure' })
@Check('ck_cost_year_figure_income', '"income" IS NULL OR "income" >= 0')
@Check('ck_cost_year_figure_actual', '"actual" IS NULL OR "actual" >= 0')
export class CostYearFigureEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => CostPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  plan?: CostPlanEntity;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  income!: string | null;

  /** What the income is ("Statstilskudd", "Salg av tjenester til Flesberg"). */
  @Column({ type: 'varchar', length: 200, name: 'income_source', default: '' })
  incomeSource!: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  actual!: string | null;

  @Column({ type: 'varchar', length: 500, name: 'actual_note', default: '' })
  actualNote!: string;
}

/** A participant's figures in the key: agreed population adjustment, units of use, or agreed percentage. */
@Entity({ name: 'cost_key_entry' })
@Check('ck_cost_key_entry_population', '"population_override" IS NULL OR "population_override" >= 0')
@Check('ck_cost_key_entry_units', '"units" IS NULL OR "units" >= 0')
@Check('ck_cost_key_entry_percent', '"percent" IS NULL OR "percent" BETWEEN 0 AND 100')
export class CostKeyEntryEntity {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => CostPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  plan?: CostPlanEntity;

  @PrimaryColumn({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  /** An agreed population used instead of SSB's (e.g. corrected for an asylum reception centre). */
  @Column({ type: 'integer', name: 'population_override', nullable: true })
  populationOverride!: number | null;

  @Column({ type: 'varchar', length: 500, name: 'adjustment_note', nullable: true })
  adjustmentNote!: string | null;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  units!: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  percent!: string | null;
}

/** A benefit in a measure's benefit-realisation plan (gevinstrealiseringsplan). */
@Entity({ name: 'benefit' })
@Check('ck_benefit_fte', `"unit_kind" <> 'FTE' OR "fte_cost_nok" > 0`)
@Check('ck_benefit_qualitative', `"unit_kind" <> 'QUALITATIVE' OR "unit" IS NOT NULL`)
export class BenefitEntity extends VersionedUuidEntity {
  @Index('ix_benefit_measure')
  @Column({ type: 'uuid', name: 'measure_id' })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: BenefitType;

  @Column({ type: 'varchar', length: 16, name: 'unit_kind' })
  unitKind!: BenefitUnitKind;

  /** FTE benefits: what one full-time equivalent costs, in NOK. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'fte_cost_nok', nullable: true })
  fteCostNok!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  indicator!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  unit!: string | null;

  /** Nullpunktsmåling: the value before any effect, and when it was measured. */
  @Column({ type: 'numeric', precision: 16, scale: 2, name: 'baseline_value', nullable: true })
  baselineValue!: string | null;

  @Column({ type: 'date', name: 'baseline_date', nullable: true })
  baselineDate!: string | null;

  /** The benefit owner in the line organisation. */
  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  /** Benefit map: the change the measure makes that brings this benefit. */
  @Column({ type: 'text', name: 'change_description', default: '' })
  change!: string;

  /** Benefit map: the strategy goal the benefit serves. */
  @Index('ix_benefit_goal')
  @Column({ type: 'uuid', name: 'goal_id', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => StrategyGoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  goal?: StrategyGoalEntity | null;

  /** Planned values per municipality (true) or for the whole region (false); never both. */
  @Column({ type: 'boolean', name: 'per_municipality', default: false })
  perMunicipality!: boolean;
}

/** A planned value of a benefit for a year, for one municipality or (null) the whole region. */
@Entity({ name: 'benefit_plan_value' })
@Index('uq_benefit_plan_region', ['benefitId', 'year'], {
  unique: true,
  where: '"municipality_number" IS NULL',
})
@Index('uq_benefit_plan_municipality', ['benefitId', 'year', 'municipalityNumber'], {
  unique: true,
  where: '"municipality_number" IS NOT NULL',
})
@Index('ix_benefit_plan_value_benefit', ['benefitId', 'year'])
@Check('ck_benefit_plan_value_planned', '"planned" >= 0')
export class BenefitPlanValueEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'benefit_id' })
  benefitId!: string;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: BenefitEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  planned!: string;
}

/**
 * An actual value of a benefit for a year in a municipality, as recorded (who, when, why). Records are kept: the
 * latest per year and municipality is the realised value.
 */
@Entity({ name: 'benefit_actual' })
@Index('ix_benefit_actual_benefit', ['benefitId', 'year', 'municipalityNumber', 'recordedAt'])
export class BenefitActualEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'benefit_id' })
  benefitId!: string;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: BenefitEntity;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'char', length: 4, name: 'municipality_number' })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  value!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment!: string;

  @Column({ type: 'varchar', length: 255, name: 'recorded_by_id' })
  recordedById!: string;

  @Column({ type: 'varchar', length: 200, name: 'recorded_by_name', nullable: true })
  recordedByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;
}

/** A region's economics settings: the benefit status thresholds (realised as % of planned). */
@Entity({ name: 'region_economics' })
@Check('ck_region_economics_thresholds', '"yellow_from_percent" BETWEEN 0 AND "green_from_percent"')
export class RegionEconomicsEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'numeric', precision: 5, scale: 2, name: 'green_from_percent', default: 90 })
  greenFromPercent!: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, name: 'yellow_from_percent', default: 70 })
  yellowFromPercent!: string;
}

/** A required saving (nedtrekk) for a year, for the region (municipality null) or one municipality. */
@Entity({ name: 'savings_requirement' })
@Index('uq_savings_requirement_region', ['regionId', 'year'], {
  unique: true,
  where: '"municipality_number" IS NULL',
})
@Index('uq_savings_requirement_municipality', ['regionId', 'year', 'municipalityNumber'], {
  unique: true,
  where: '"municipality_number" IS NOT NULL',
})
@Check('ck_savings_requirement_amount', '"amount" >= 0')
export class SavingsRequirementEntity extends RegionOwnedEntity {
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  amount!: string;
}

export const ECONOMICS_ENTITIES = [
  CostPlanEntity,
  CostLineEntity,
  CostYearFigureEntity,
  CostKeyEntryEntity,
  BenefitEntity,
  BenefitPlanValueEntity,
  BenefitActualEntity,
  RegionEconomicsEntity,
  SavingsRequirementEntity,
];
