import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { MunicipalityEntity } from '../region/municipality.entity';
import { RegionEntity } from '../region/region.entity';
import { VersionedUuidEntity } from '../versioned.entity';

/*
 * Focus items (fokusposter): a few figures a region or one of its municipalities watches closely — use of temp
 * agencies, consultants, sick leave — with a unit, a direction, a target per period and values per period that come
 * from other systems through the API, from an uploaded file or by hand (decisions/0013 for the live page).
 */

/** A focus item of a region, or of one municipality in it when `municipality_number` is set. */
@Entity({ name: 'focus_item' })
@Index('uq_focus_item_region_name', ['regionId', 'name'], {
  unique: true,
  where: '"municipality_number" IS NULL',
})
@Index('uq_focus_item_municipality_name', ['regionId', 'municipalityNumber', 'name'], {
  unique: true,
  where: '"municipality_number" IS NOT NULL',
})
@Check('ck_focus_item_direction', `"direction" IN ('HIGHER', 'LOWER')`)
@Check('ck_focus_item_frequency', `"frequency" IN ('MONTHLY', 'QUARTERLY', 'YEARLY')`)
export class FocusItemEntity extends VersionedUuidEntity {
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

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  /** HIGHER: higher is better; LOWER: lower is better. */
  @Column({ type: 'varchar', length: 8 })
  direction!: 'HIGHER' | 'LOWER';

  @Column({ type: 'varchar', length: 16, default: 'MONTHLY' })
  frequency!: 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

  @Column({ type: 'varchar', length: 1000, default: '' })
  description!: string;
}

/** The target of a focus item from a period on (it holds until the next target). */
@Entity({ name: 'focus_target' })
export class FocusTargetEntity {
  @PrimaryColumn({ type: 'uuid', name: 'focus_item_id' })
  focusItemId!: string;

  @ManyToOne(() => FocusItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focus_item_id' })
  focusItem?: FocusItemEntity;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4 })
  value!: string;
}

/** One value of a focus item for a period; recording the period again replaces it (the history keeps both). */
@Entity({ name: 'focus_value' })
@Index('uq_focus_value_period', ['focusItemId', 'period'], { unique: true })
@Check('ck_focus_value_source', `"source" IN ('API', 'UPLOAD', 'MANUAL')`)
export class FocusValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'focus_item_id' })
  focusItemId!: string;

  @ManyToOne(() => FocusItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focus_item_id' })
  focusItem?: FocusItemEntity;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'numeric', precision: 18, scale: 4 })
  value!: string;

  @Column({ type: 'varchar', length: 8 })
  source!: 'API' | 'UPLOAD' | 'MANUAL';

  @Column({ type: 'varchar', length: 255, name: 'recorded_by' })
  recordedBy!: string;

  @Column({ type: 'varchar', length: 200, name: 'recorded_by_name', nullable: true })
  recordedByName!: string | null;

  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;
}

export const FOCUS_ENTITIES = [FocusItemEntity, FocusTargetEntity, FocusValueEntity] as const;
