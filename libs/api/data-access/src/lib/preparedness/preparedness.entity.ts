import type {
  ExerciseKind,
  ExerciseScope,
  ExerciseStatus,
  FollowUpSourceKind,
  FollowUpStatus,
  OutsideActor,
} from '@samarbeid/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MeasureEntity } from '../measure/measure.entity';
import { MunicipalityEntity } from '../region/municipality.entity';
import { RegionEntity } from '../region/region.entity';
import { VersionedEntity } from '../versioned.entity';

/**
 * One person on a psychosocial crisis team: the region's team (`teamMunicipalityNumber` null) or a municipality's.
 * Phone and e-mail are personal data, shown only to the team's members (a member is a row of the same team whose
 * `userId` is the reader's subject) and the secretariat. A deputy is a row of its own pointing at the member it
 * stands in for (`deputyOfId`), with its own contact details.
 */
@Entity({ name: 'crisis_team_member' })
@Index('ix_crisis_team_member_team', ['regionId', 'teamMunicipalityNumber'])
@Index('ix_crisis_team_member_user', ['userId'])
export class CrisisTeamMemberEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  /** The municipality whose team this is; null for the region's team. */
  @Column({ type: 'char', length: 4, name: 'team_municipality_number', nullable: true })
  teamMunicipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_municipality_number' })
  teamMunicipality?: MunicipalityEntity | null;

  /** The role on the team, e.g. "Leder", "Koordinator", "Psykolog". */
  @Column({ type: 'varchar', length: 100 })
  role!: string;

  @Column({ type: 'varchar', length: 200, name: 'person_name' })
  personName!: string;

  /** Subject at the identity provider, when the person has a user: makes them a member who sees the contacts. */
  @Column({ type: 'varchar', length: 255, name: 'user_id', nullable: true })
  userId!: string | null;

  /** The municipality the person works in (a regional team is drawn from several). */
  @Column({ type: 'char', length: 4, name: 'home_municipality_number' })
  homeMunicipalityNumber!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_municipality_number' })
  homeMunicipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  /** For a deputy: the member they stand in for (same team). */
  @Index('ix_crisis_team_member_deputy_of')
  @Column({ type: 'uuid', name: 'deputy_of_id', nullable: true })
  deputyOfId!: string | null;

  @ManyToOne(() => CrisisTeamMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deputy_of_id' })
  deputyOf?: CrisisTeamMemberEntity | null;
}

/**
 * An exercise, planned or held: the region's joint one (REGIONAL) or a municipality's own (MUNICIPAL, organised by
 * `organiserMunicipalityNumber`), with the municipalities taking part, outside actors, the evaluation and the
 * lessons learned. Follow-up actions point at it.
 */
@Entity({ name: 'exercise' })
@Index('ix_exercise_region_date', ['regionId', 'heldOn'])
@Check('ck_exercise_kind', `"kind" IN ('TABLE_TOP', 'FUNCTIONAL', 'FULL_SCALE')`)
@Check('ck_exercise_scope', `"scope" IN ('REGIONAL', 'MUNICIPAL')`)
@Check('ck_exercise_status', `"status" IN ('PLANNED', 'HELD')`)
@Check(
  'ck_exercise_organiser',
  `("scope" = 'MUNICIPAL' AND "organiser_municipality_number" IS NOT NULL) OR ("scope" = 'REGIONAL' AND "organiser_municipality_number" IS NULL)`,
)
export class ExerciseEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'date', name: 'held_on' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ExerciseKind;

  @Column({ type: 'varchar', length: 16 })
  scope!: ExerciseScope;

  @Column({ type: 'varchar', length: 16 })
  status!: ExerciseStatus;

  /** A municipal exercise's organiser; null for the regional one (organised by the region). */
  @Column({ type: 'char', length: 4, name: 'organiser_municipality_number', nullable: true })
  organiserMunicipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_municipality_number' })
  organiserMunicipality?: MunicipalityEntity | null;

  /** What is exercised: the scenario. */
  @Column({ type: 'text' })
  scenario!: string;

  @Column({ type: 'text', name: 'outside_actors', array: true, default: () => "'{}'" })
  outsideActors!: OutsideActor[];

  /** Outside actors not in the list, as written. */
  @Column({ type: 'varchar', length: 500, name: 'other_actors', nullable: true })
  otherActors!: string | null;

  /** The evaluation: what worked. */
  @Column({ type: 'text', name: 'went_well', nullable: true })
  wentWell!: string | null;

  /** The evaluation: what did not. */
  @Column({ type: 'text', name: 'went_badly', nullable: true })
  wentBadly!: string | null;

  @Column({ type: 'text', name: 'lessons_learned', nullable: true })
  lessonsLearned!: string | null;
}

/** A municipality taking part in an exercise (the organiser always does). */
@Entity({ name: 'exercise_participant' })
@Index('ix_exercise_participant_municipality', ['municipalityNumber'])
export class ExerciseParticipantEntity {
  @Column({ type: 'uuid', name: 'exercise_id', primary: true })
  exerciseId!: string;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ExerciseEntity;

  @Column({ type: 'char', length: 4, name: 'municipality_number', primary: true })
  municipalityNumber!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity;
}

/**
 * Something someone must do after an exercise (or another occasion): owner, municipality (null: the region's),
 * deadline and status, optionally linked to the exercise it came from and to a measure. `remindedAt` is when the
 * owner was last reminded that it is overdue (cleared when the deadline moves).
 */
@Entity({ name: 'follow_up_action' })
@Index('ix_follow_up_action_region', ['regionId', 'deadline'])
@Index('ix_follow_up_action_owner', ['ownerUserId', 'status'])
@Check('ck_follow_up_action_status', `"status" IN ('OPEN', 'IN_PROGRESS', 'DONE')`)
@Check(
  'ck_follow_up_action_source_kind',
  `"source_kind" IS NULL OR "source_kind" IN ('DECISION', 'AGREEMENT')`,
)
@Check('ck_follow_up_action_source', `("source_kind" IS NULL) = ("source_id" IS NULL)`)
export class FollowUpActionEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The municipality responsible; null when it is the region's. */
  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'varchar', length: 200, name: 'owner_name' })
  ownerName!: string;

  /** The owner's subject at the identity provider, when they have a user ("Min oppfølging", reminders). */
  @Column({ type: 'varchar', length: 255, name: 'owner_user_id', nullable: true })
  ownerUserId!: string | null;

  @Column({ type: 'varchar', length: 320, name: 'owner_email', nullable: true })
  ownerEmail!: string | null;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: FollowUpStatus;

  @Column({ type: 'timestamptz', name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Index('ix_follow_up_action_exercise')
  @Column({ type: 'uuid', name: 'exercise_id', nullable: true })
  exerciseId!: string | null;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'exercise_id' })
  exercise?: ExerciseEntity | null;

  @Index('ix_follow_up_action_measure')
  @Column({ type: 'uuid', name: 'measure_id', nullable: true })
  measureId!: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity | null;

  /**
   * What the action follows up besides an exercise: a decision (DECISION, `decision.id`) or an agreement's approval
   * (AGREEMENT, `agreement.id`) of the same region, checked when it is written; null: nothing.
   */
  @Column({ type: 'varchar', length: 16, name: 'source_kind', nullable: true })
  sourceKind!: FollowUpSourceKind | null;

  @Index('ix_follow_up_action_source')
  @Column({ type: 'uuid', name: 'source_id', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'timestamptz', name: 'reminded_at', nullable: true })
  remindedAt!: Date | null;
}

/**
 * A preparedness routine (e.g. for digital security) of the region (`municipalityNumber` null) or a municipality,
 * with an owner, when it was last reviewed and how often it must be: due when that time has passed (or it never
 * was).
 */
@Entity({ name: 'preparedness_routine' })
@Index('ix_preparedness_routine_region', ['regionId', 'title'])
@Check('ck_preparedness_routine_interval', '"review_interval_months" BETWEEN 1 AND 60')
export class PreparednessRoutineEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'char', length: 4, name: 'municipality_number', nullable: true })
  municipalityNumber!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_number' })
  municipality?: MunicipalityEntity | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'owner_name' })
  ownerName!: string;

  @Column({ type: 'varchar', length: 255, name: 'owner_user_id', nullable: true })
  ownerUserId!: string | null;

  @Column({ type: 'date', name: 'last_reviewed_on', nullable: true })
  lastReviewedOn!: string | null;

  @Column({ type: 'integer', name: 'review_interval_months' })
  reviewIntervalMonths!: number;
}

export const PREPAREDNESS_ENTITIES = [
  CrisisTeamMemberEntity,
  ExerciseEntity,
  ExerciseParticipantEntity,
  FollowUpActionEntity,
  PreparednessRoutineEntity,
] as const;
