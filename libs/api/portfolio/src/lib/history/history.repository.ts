import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { AuditEventEntity, recordAudit } from '@samarbeid/api/data-access';
import { DataSource, In } from 'typeorm';

import { AuditEvent } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';

export interface AuditSearch {
  readonly regionId: string;
  readonly entityType?: string;
  /** Words in the summary or the actor's name (matched literally). */
  readonly text?: string;
  /** ISO dates, both days included. */
  readonly from?: string;
  readonly to?: string;
}

/** The change history (audit_event): written in the transaction of each change, read per object or searched. */
@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one history record in the change's own transaction: both commit, or neither. */
  record(tx: Transaction, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }

  /** Each object's history, newest first. */
  async of(entityType: string, entityIds: readonly string[]): Promise<AuditEvent[][]> {
    const rows = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { entityType, entityId: In([...entityIds]) },
      order: { occurredAt: 'DESC' },
    });
    return entityIds.map((id) => rows.filter((row) => row.entityId === id).map(toAuditEvent));
  }

  /**
   * One page of the region's history, newest first, and how many records match in all: two statements, rows mapped
   * straight to events. The text search (ILIKE '%words%') is served by the trigram indexes on summary and actor name.
   */
  async search(
    search: AuditSearch,
    offset: number,
    limit: number,
  ): Promise<{ rows: AuditEvent[]; totalCount: number }> {
    const params: unknown[] = [search.regionId];
    const where = ['a.region_id = $1'];
    const add = (condition: (parameter: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (search.entityType) add((p) => `a.entity_type = ${p}`, search.entityType);
    if (search.text) {
      const pattern = `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      add((p) => `(a.summary ILIKE ${p} OR a.actor_name ILIKE ${p})`, pattern);
    }
    if (search.from) add((p) => `a.occurred_at >= ${p}::date`, search.from);
    if (search.to) add((p) => `a.occurred_at < (${p}::date + interval '1 day')`, search.to);
    const condition = where.join(' AND ');
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query<AuditRow[]>(
        `SELECT a.id, a.occurred_at, a.actor_id, a.actor_name, a.action, a.entity_type, a.entity_id, a.summary,
                a.before, a.after
           FROM audit_event a WHERE ${condition}
          ORDER BY a.occurred_at DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, offset, limit],
      ),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_event a WHERE ${condition}`,
        params,
      ),
    ]);
    return {
      rows: rows.map((row) =>
        toAuditEvent({
          id: row.id,
          occurredAt: row.occurred_at,
          actorId: row.actor_id,
          actorName: row.actor_name,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          summary: row.summary,
          before: row.before,
          after: row.after,
        }),
      ),
      totalCount: n,
    };
  }
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string;
  actor_name: string | null;
  action: AuditEventEntity['action'];
  entity_type: string;
  entity_id: string;
  summary: string;
  before: AuditEventEntity['before'];
  after: AuditEventEntity['after'];
}

function toAuditEvent(
  row: Pick<
    AuditEventEntity,
    | 'id'
    | 'occurredAt'
    | 'actorId'
    | 'actorName'
    | 'action'
    | 'entityType'
    | 'entityId'
    | 'summary'
    | 'before'
    | 'after'
  >,
): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    summary: row.summary,
    before: row.before ? JSON.stringify(row.before) : null,
    after: row.after ? JSON.stringify(row.after) : null,
  };
}
