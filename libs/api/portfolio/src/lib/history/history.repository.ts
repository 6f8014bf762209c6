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

  /** One page of the region's history, newest first, and how many records match in all. */
  async search(
    search: AuditSearch,
    offset: number,
    limit: number,
  ): Promise<{ rows: AuditEvent[]; totalCount: number }> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .where('a.region_id = :regionId', { regionId: search.regionId });
    if (search.entityType) query.andWhere('a.entity_type = :type', { type: search.entityType });
    if (search.text) {
      const pattern = `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(a.summary ILIKE :pattern OR a.actor_name ILIKE :pattern)', { pattern });
    }
    if (search.from) query.andWhere('a.occurred_at >= :from::date', { from: search.from });
    if (search.to) query.andWhere("a.occurred_at < (:to::date + interval '1 day')", { to: search.to });
    const totalCount = await query.getCount();
    const rows = await query.orderBy('a.occurred_at', 'DESC').skip(offset).take(limit).getMany();
    return { rows: rows.map(toAuditEvent), totalCount };
  }
}

function toAuditEvent(row: AuditEventEntity): AuditEvent {
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
