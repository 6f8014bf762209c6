import { Column, Entity, Index } from 'typeorm';

import { UuidEntity } from '../versioned.entity';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'TRANSITION'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One change to domain data: who, when, what, before and after. Written in the same transaction as the change;
 * never updated or deleted (a database trigger refuses both).
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_event_region', ['regionId', 'occurredAt'])
// Trigram indexes for the history's text search (pg_trgm), created by migration NationalScale.
@Index('ix_audit_event_summary_trgm', { synchronize: false })
@Index('ix_audit_event_actor_trgm', { synchronize: false })
export class AuditEventEntity extends UuidEntity {
  @Column({ type: 'timestamptz', name: 'occurred_at', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** The actor's subject at the identity provider. */
  @Column({ type: 'varchar', length: 255, name: 'actor_id' })
  actorId!: string;

  @Column({ type: 'varchar', length: 255, name: 'actor_name', nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 64, name: 'entity_type' })
  entityType!: string;

  @Column({ type: 'varchar', length: 64, name: 'entity_id' })
  entityId!: string;

  @Column({ type: 'uuid', name: 'region_id', nullable: true })
  regionId!: string | null;

  /** A short human description, e.g. "T7 Byggesakstjenester: status foreslått → under utredning". */
  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
