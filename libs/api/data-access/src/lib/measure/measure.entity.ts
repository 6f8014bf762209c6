import type {
  CollaborationTier,
  LegalForm,
  MeasureStatus,
  MobilisationRating,
  PoliticalAnchoringState,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';

import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity, MunicipalityRelation } from '../region/municipality.entity';
import { VersionedRegionOwnedEntity } from '../region/region-owned.entity';

/** A collaboration measure (samarbeidstiltak), e.g. "T7 Byggesakstjenester". */
@Entity({ name: 'measure' })
@Unique('uq_measure_code', ['regionId', 'code'])
@Check('ck_measure_legal_form', `("tier" = 'STATUTORY') = ("legal_form" IS NOT NULL)`)
@Check('ck_measure_period', '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"')
@Check('ck_measure_progress', '"progress_percent" IS NULL OR "progress_percent" BETWEEN 0 AND 100')
@Check('ck_measure_weight', '"weight" IS NULL OR "weight" >= 0')
// Natural code order (letters, then the number) as an expression index, created by migration NationalScale.
@Index('ix_measure_code_order', { synchronize: false })
export class MeasureEntity extends VersionedRegionOwnedEntity {
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('ix_measure_network')
  @Column({ type: 'uuid', name: 'network_id' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 32, name: 'service_area' })
  serviceArea!: ServiceArea;

  @Column({ type: 'varchar', length: 32 })
  tier!: CollaborationTier;

  @Column({ type: 'varchar', length: 48, name: 'legal_form', nullable: true })
  legalForm!: LegalForm | null;

  @Column({ type: 'varchar', length: 32, default: 'PROPOSED' })
  status!: MeasureStatus;

  @Column({ type: 'varchar', length: 8, nullable: true })
  mobilisation!: MobilisationRating | null;

  @Column({ type: 'varchar', length: 16, name: 'political_anchoring', default: 'NOT_NEEDED' })
  politicalAnchoring!: PoliticalAnchoringState;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  /** Own progress, 0–100; a measure with sub-measures shows the weighted roll-up instead. */
  @Column({ type: 'integer', name: 'progress_percent', nullable: true })
  progressPercent!: number | null;

  /** Weight in the parent's roll-up; null counts as 1. */
  @Column({ type: 'integer', nullable: true })
  weight!: number | null;

  @Index('ix_measure_parent')
  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => MeasureEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: MeasureEntity | null;
}

/** Measure `measureId` needs measure `dependsOnId` started (START) or done (FINISH) first. */
@Entity({ name: 'measure_dependency' })
@Check('ck_measure_dependency_self', '"measure_id" <> "depends_on_id"')
export class MeasureDependencyEntity {
  @Column({ type: 'uuid', name: 'measure_id', primary: true })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Index('ix_measure_dependency_target')
  @Column({ type: 'uuid', name: 'depends_on_id', primary: true })
  dependsOnId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id' })
  dependsOn?: MeasureEntity;

  @Column({ type: 'varchar', length: 8, default: 'FINISH' })
  kind!: 'START' | 'FINISH';
}

/** A municipality's participation in a measure; no row means undecided. */
@Entity({ name: 'participation' })
@Check('ck_participation_reason', `"state" <> 'OPTED_OUT' OR length(trim("reason")) > 0`)
export class ParticipationEntity {
  @Column({ type: 'uuid', name: 'measure_id', primary: true })
  measureId!: string;

  @ManyToOne(() => MeasureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: MeasureEntity;

  @Index('ix_participation_municipality')
  @Column({ type: 'char', length: 4, name: 'municipality_number', primary: true })
  municipalityNumber!: string;

  @MunicipalityRelation()
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 16 })
  state!: 'PARTICIPATING' | 'OPTED_OUT' | 'UNDECIDED';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 255, name: 'updated_by' })
  updatedBy!: string;
}
