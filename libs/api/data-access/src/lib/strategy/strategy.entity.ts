import type { IndicatorDirection, StrategyStatus } from '@samarbeid/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { UuidEntity, VersionedUuidEntity } from '../versioned.entity';

import { DecisionEntity } from '../measure/decision.entity';
import { MeasureEntity } from '../measure/measure.entity';
import { NetworkEntity } from '../network/network.entity';

// The vocabulary lives in the shared domain (the web app uses it too); re-exported for the entity's users.
export { INDICATOR_DIRECTIONS, STRATEGY_STATUSES } from '@samarbeid/shared/domain';
export type { IndicatorDirection, StrategyStatus } from '@samarbeid/shared/domain';

/** A network's strategy for a period, e.g. 2026–2029: draft → consultation → adopted (by a decision) → archived. */
@Entity({ name: 'strategy' })
@Check('ck_strategy_period', '"period_to" >= "period_from"')
@Check(
  'ck_strategy_adopted',
  `("status" IN ('ADOPTED', 'ARCHIVED')) = ("adopted_by_decision_id" IS NOT NULL)`,
)
export class StrategyEntity extends VersionedUuidEntity {
  @Index('ix_strategy_network')
  @Column({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'integer', name: 'period_from' })
  periodFrom!: number;

  @Column({ type: 'integer', name: 'period_to' })
  periodTo!: number;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status!: StrategyStatus;

  @Column({ type: 'uuid', name: 'adopted_by_decision_id', nullable: true })
  adoptedByDecisionId!: string | null;

  /** The last day of the consultation (høringsfrist), when one is set: shown among the overview's deadlines. */
  @Column({ type: 'date', name: 'consultation_ends_on', nullable: true })
  consultationEndsOn!: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_by_decision_id' })
  adoptedBy?: DecisionEntity | null;
}

@Entity({ name: 'strategy_goal' })
export class StrategyGoalEntity extends UuidEntity {
  @Index('ix_strategy_goal_strategy')
  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId!: string;

  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: StrategyEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;
}

/**
 * How something is measured: unit, baseline (year, value), target (year, value), direction. Values are exact
 * decimals. An indicator sits on exactly one of: a strategy goal, a measure, a benefit, or a KPI set (the indicators
 * feature's own columns, indicators/indicator.entity.ts, set by its migration); the strategy's code sees only the
 * goal's.
 */
@Entity({ name: 'goal_indicator' })
@Check('ck_goal_indicator_years', '"target_year" >= "baseline_year"')
@Check('ck_goal_indicator_owner', 'num_nonnulls("goal_id", "measure_id", "benefit_id", "kpi_set_id") = 1')
export class GoalIndicatorEntity extends UuidEntity {
  @Index('ix_goal_indicator_goal')
  @Column({ type: 'uuid', name: 'goal_id', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => StrategyGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: StrategyGoalEntity;

  @Index('ix_goal_indicator_measure')
  @Column({ type: 'uuid', name: 'measure_id', nullable: true })
  measureId!: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity | null;

  // By entity name: the benefit and the KPI set live in files that import this one.
  @Index('ix_goal_indicator_benefit')
  @Column({ type: 'uuid', name: 'benefit_id', nullable: true })
  benefitId!: string | null;

  @ManyToOne('BenefitEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: unknown;

  @Index('ix_goal_indicator_kpi_set')
  @Column({ type: 'uuid', name: 'kpi_set_id', nullable: true })
  kpiSetId!: string | null;

  @ManyToOne('KpiSetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kpi_set_id' })
  kpiSet?: unknown;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  unit!: string;

  @Column({ type: 'integer', name: 'baseline_year' })
  baselineYear!: number;

  @Column({ type: 'numeric', precision: 18, scale: 4, name: 'baseline_value' })
  baselineValue!: string;

  @Column({ type: 'integer', name: 'target_year' })
  targetYear!: number;

  @Column({ type: 'numeric', precision: 18, scale: 4, name: 'target_value' })
  targetValue!: string;

  @Column({ type: 'varchar', length: 16 })
  direction!: IndicatorDirection;
}

/** A prioritised measure in a strategy's action plan (handlingsplan) for a year. */
@Entity({ name: 'action_plan_item' })
@Check('ck_action_plan_priority', '"priority" >= 1')
export class ActionPlanItemEntity {
  @Column({ type: 'uuid', name: 'strategy_id', primary: true })
  strategyId!: string;

  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: StrategyEntity;

  @Column({ type: 'integer', primary: true })
  year!: number;

  @Index('ix_action_plan_item_measure')
  @Column({ type: 'uuid', name: 'measure_id', primary: true })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Column({ type: 'integer' })
  priority!: number;
}

/** Links a measure to the strategy goals it serves. */
@Entity({ name: 'measure_goal' })
export class MeasureGoalEntity {
  @Column({ type: 'uuid', name: 'measure_id', primary: true })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Index('ix_measure_goal_goal')
  @Column({ type: 'uuid', name: 'goal_id', primary: true })
  goalId!: string;

  @ManyToOne(() => StrategyGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: StrategyGoalEntity;
}
