import { notifyChange } from '@samarbeid/api/platform';
import { EntityManager } from 'typeorm';

import { AuditAction } from './audit-event.entity';

export interface Actor {
  readonly id: string;
  readonly name: string | null;
  readonly username?: string | null;
}

export interface AuditRecord {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly regionId: string | null;
  readonly summary: string;
  readonly before?: object | null;
  readonly after?: object | null;
}

/**
 * Writes the change history. Always called with the EntityManager of the transaction that makes the change,
 * so the change and its record are committed together or not at all. It also announces the change to live
 * subscribers (region id and entity type only), which PostgreSQL delivers when the transaction commits.
 */
export async function recordAudit(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, region_id, summary, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      actor.id,
      actor.name ?? actor.username ?? null,
      record.action,
      record.entityType,
      record.entityId,
      record.regionId,
      record.summary.slice(0, 500),
      toJson(record.before),
      toJson(record.after),
    ],
  );
  await notifyChange(manager, record);
}

/** Plain JSON (dates as ISO strings) so before/after can be compared and shown as they were. */
function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : null;
}
