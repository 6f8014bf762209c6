import type { ConformanceLevel, PublicSection } from '@samarbeid/shared/domain';
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

import { RegionEntity } from '../region/region.entity';
import { UuidEntity, VersionedEntity } from '../versioned.entity';

/*
 * Publishing (decisions/0017): what a region shows on its public steering site, its accessibility statement, the
 * feedback the public sends, and short-lived preview links for the secretariat. Nothing is public by default: a
 * section without a row is not published.
 */

const SECTIONS = `'PORTFOLIO','DECISIONS','PARTICIPATION','SAVINGS','FOCUS','INDICATORS','PLAN','REPORTS'`;

/** One switch: is this section of this region's public site published? */
@Entity({ name: 'publish_setting' })
@Check('ck_publish_setting_section', `"section" IN (${SECTIONS})`)
export class PublishSettingEntity {
  @PrimaryColumn({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  section!: PublicSection;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt!: Date;

  @Column({ type: 'varchar', length: 255, name: 'changed_by_name', nullable: true })
  changedByName!: string | null;
}

/**
 * The region's accessibility statement (tilgjengelighetserklæring, Digdir's structure): conformance with WCAG 2.1
 * AA, the known deviations and why, where to give feedback, and when it was last reviewed. Without a row the
 * default text applies (libs/api/publishing, domain/statement.ts).
 */
@Entity({ name: 'accessibility_statement' })
@Check('ck_accessibility_statement_conformance', `"conformance" IN ('FULL', 'PARTIAL', 'NONE')`)
export class AccessibilityStatementEntity extends VersionedEntity {
  @PrimaryColumn({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 8 })
  conformance!: ConformanceLevel;

  /** Known deviations and why, one paragraph each (blank lines between). */
  @Column({ type: 'varchar', length: 8000, default: '' })
  deviations!: string;

  /** The region's functional address for feedback (never a person's): shown publicly, and where feedback is sent. */
  @Column({ type: 'varchar', length: 254, name: 'feedback_email', nullable: true })
  feedbackEmail!: string | null;

  @Column({ type: 'date', name: 'last_reviewed' })
  lastReviewed!: string;
}

/** A message from the public site's feedback form: the message, an optional name, no e-mail asked for. */
@Entity({ name: 'public_feedback' })
@Index('ix_public_feedback_region', ['regionId', 'createdAt'])
export class PublicFeedbackEntity extends UuidEntity {
  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 2000 })
  message!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  name!: string | null;

  /** The public page the message was sent from. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  page!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;
}

/**
 * A preview link of a region's public site for the secretariat: the SHA-256 of a random token (the token itself is
 * only in the link), valid for a short time, showing every section as it would look once published.
 */
@Entity({ name: 'publish_preview' })
export class PublishPreviewEntity {
  @PrimaryColumn({ type: 'char', length: 64, name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;
}

export const PUBLISHING_ENTITIES = [
  PublishSettingEntity,
  AccessibilityStatementEntity,
  PublicFeedbackEntity,
  PublishPreviewEntity,
];
