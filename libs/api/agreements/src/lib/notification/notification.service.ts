import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { decodeOffsetCursor, forbidden, notFound, toOffsetPage } from '@samarbeid/api/platform';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { Role } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import type { MarkNotificationsReadArgs, NotificationsArgs } from '../dto/agreements.inputs';
import type { MarkNotificationsReadResult, Notification } from '../dto/agreements.types';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  agreement_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

/**
 * The caller's notifications: those addressed to their user, and, for a municipal director, those addressed to
 * the director of their municipality.
 */
const MINE = `(n.recipient_user_id = $1 OR (n.recipient_municipality = $2 AND n.recipient_role = '${Role.MunicipalDirector}'))`;

@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, args: NotificationsArgs): Promise<Page<Notification>> {
    const offset = decodeOffsetCursor(args.after);
    const unread = args.unreadOnly ? 'AND n.read_at IS NULL' : '';
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.agreement_id, n.created_at, n.read_at FROM notification n
        WHERE ${MINE} ${unread} ORDER BY n.created_at DESC, n.id DESC OFFSET $3 LIMIT $4`,
      [...this.recipient(user), offset, args.first + 1],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM notification n WHERE ${MINE} ${unread}`,
      this.recipient(user),
    );
    return toOffsetPage(
      rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        link: row.link,
        agreementId: row.agreement_id,
        createdAt: row.created_at,
        readAt: row.read_at,
      })),
      args.first,
      offset,
      total,
    );
  }

  unreadCount(user: AuthenticatedUser, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager
      .query(
        `SELECT count(*)::int AS n FROM notification n WHERE ${MINE} AND n.read_at IS NULL`,
        this.recipient(user),
      )
      .then((rows: { n: number }[]) => rows[0].n);
  }

  /** Marks the caller's notifications read; someone else's are refused and nothing is marked. */
  async markRead(
    user: AuthenticatedUser,
    { ids }: MarkNotificationsReadArgs,
  ): Promise<MarkNotificationsReadResult> {
    const unique = [...new Set(ids)];
    return this.dataSource.transaction(async (manager) => {
      const found: { id: string; mine: boolean }[] = await manager.query(
        `SELECT n.id, ${MINE} AS mine FROM notification n WHERE n.id = ANY($3::uuid[]) FOR UPDATE`,
        [...this.recipient(user), unique],
      );
      if (found.length !== unique.length) {
        throw notFound({ nb: 'Fant ikke alle varslene.', en: 'Some of the notifications were not found.' });
      }
      if (found.some((row) => !row.mine)) {
        throw forbidden({
          nb: 'Du kan bare merke dine egne varsler som lest.',
          en: 'You can only mark your own notifications as read.',
        });
      }
      // PostgreSQL UPDATE through TypeORM answers [rows, affected].
      const [marked]: [{ id: string }[], number] = await manager.query(
        'UPDATE notification SET read_at = now() WHERE id = ANY($1::uuid[]) AND read_at IS NULL RETURNING id',
        [unique],
      );
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'notification',
        entityId: user.id,
        regionId: null,
        summary: `${marked.length} ${marked.length === 1 ? 'varsel' : 'varsler'} merket som lest`,
        after: { read: marked.map((row) => row.id) },
      });
      return { marked: marked.length, unreadCount: await this.unreadCount(user, manager) };
    });
  }

  private recipient(user: AuthenticatedUser): [string, string | null] {
    return [user.id, user.roles.includes(Role.MunicipalDirector) ? user.municipalityNumber : null];
  }
}
