import { Field, InputType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEventEntity } from '@samarbeid/api/data-access';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';
import { IsIn, IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { AuditEvent } from '../dto/portfolio.types';
import { MeasureQueryService } from '../measure/measure-query.service';

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'measure, decision, strategy …' })
  @IsOptional()
  @IsIn(['measure', 'decision', 'strategy', 'network'], {
    message: 'Ukjent objekttype.|Unknown object type.',
  })
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'Words in the summary or the actor’s name.' })
  @IsOptional()
  @MaxLength(100, {
    message: 'Søketeksten kan være høyst 100 tegn.|The search text can be at most 100 characters.',
  })
  text?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Fra-dato må være en dato.|From must be a date.' })
  from?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Til-dato må være en dato.|To must be a date.' })
  to?: string;
}

@Injectable()
export class HistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasureQueryService,
  ) {}

  /** Each object's history, newest first. */
  async of(entityType: string, entityIds: readonly string[]): Promise<AuditEvent[][]> {
    const rows = await this.dataSource.getRepository(AuditEventEntity).find({
      where: { entityType, entityId: In([...entityIds]) },
      order: { occurredAt: 'DESC' },
    });
    return entityIds.map((id) => rows.filter((row) => row.entityId === id).map(toAuditEvent));
  }

  async search(
    regionSlug: string,
    filter: AuditFilter | undefined,
    { first, after }: PageArgs,
  ): Promise<Page<AuditEvent>> {
    const regionId = await this.measures.regionIdBySlug(regionSlug);
    const offset = decodeOffsetCursor(after);
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('a')
      .where('a.region_id = :regionId', { regionId });
    if (filter?.entityType) query.andWhere('a.entity_type = :type', { type: filter.entityType });
    const text = filter?.text?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(a.summary ILIKE :pattern OR a.actor_name ILIKE :pattern)', { pattern });
    }
    if (filter?.from) query.andWhere('a.occurred_at >= :from::date', { from: filter.from });
    if (filter?.to) query.andWhere("a.occurred_at < (:to::date + interval '1 day')", { to: filter.to });
    const totalCount = await query.getCount();
    const rows = await query
      .orderBy('a.occurred_at', 'DESC')
      .skip(offset)
      .take(first + 1)
      .getMany();
    return toOffsetPage(rows.map(toAuditEvent), first, offset, totalCount);
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
