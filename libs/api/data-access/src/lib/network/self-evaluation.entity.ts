import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { RegionEntity } from '../region/region.entity';
import { UuidEntity, VersionedEntity, VersionedUuidEntity } from '../versioned.entity';
import { NetworkEntity } from './network.entity';

/*
 * A network's yearly evaluation of itself (F2): the region's questions, each answered with a score on its scale and
 * a comment, once a year per network. A year can be changed until the secretariat closes it.
 */

/** The version that guards a region's question list as a whole. */
@Entity({ name: 'region_self_evaluation' })
export class RegionSelfEvaluationEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;
}

/** A question of the region's self-evaluation; answered questions are retired, never deleted. */
@Entity({ name: 'self_evaluation_question' })
@Index('ix_self_evaluation_question_region', ['regionId', 'position'])
@Check(
  'ck_self_evaluation_question_scale',
  '"scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 10',
)
export class SelfEvaluationQuestionEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'integer', name: 'scale_min', default: 1 })
  scaleMin!: number;

  @Column({ type: 'integer', name: 'scale_max', default: 5 })
  scaleMax!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A network's self-evaluation of one year: open until the secretariat closes it. */
@Entity({ name: 'self_evaluation' })
@Unique('uq_self_evaluation_network_year', ['networkId', 'year'])
export class SelfEvaluationEntity extends VersionedUuidEntity {
  @Column({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'integer' })
  year!: number;

  /** Who last saved the answers. */
  @Column({ type: 'varchar', length: 200, name: 'answered_by' })
  answeredBy!: string;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, name: 'closed_by', nullable: true })
  closedBy!: string | null;
}

/** A question's answer in a year's self-evaluation: a score on the question's scale and a comment. */
@Entity({ name: 'self_evaluation_answer' })
@Check('ck_self_evaluation_answer_score', '"score" BETWEEN 0 AND 10')
export class SelfEvaluationAnswerEntity {
  @PrimaryColumn({ type: 'uuid', name: 'evaluation_id' })
  evaluationId!: string;

  @ManyToOne(() => SelfEvaluationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: SelfEvaluationEntity;

  @Index('ix_self_evaluation_answer_question')
  @PrimaryColumn({ type: 'uuid', name: 'question_id' })
  questionId!: string;

  /** RESTRICT: an answered question cannot be deleted, only retired. */
  @ManyToOne(() => SelfEvaluationQuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: SelfEvaluationQuestionEntity;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment!: string;
}

export const SELF_EVALUATION_ENTITIES = [
  RegionSelfEvaluationEntity,
  SelfEvaluationQuestionEntity,
  SelfEvaluationEntity,
  SelfEvaluationAnswerEntity,
];
