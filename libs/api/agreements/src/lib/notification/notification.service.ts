import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { decodeOffsetCursor, forbidden, notFound, toOffsetPage } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import type { MarkNotificationsReadArgs, NotificationsArgs } from '../dto/agreements.inputs';
import type { MarkNotificationsReadResult, Notification } from '../dto/agreements.types';
import type { Recipient } from '../repository/notification.repository';
import { NotificationRepository } from '../repository/notification.repository';

/**
 * The caller's notifications: those addressed to their user, and, for a municipal director, those addressed to
 * the director of their municipality.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(user: AuthenticatedUser, args: NotificationsArgs): Promise<Page<Notification>> {
    const offset = decodeOffsetCursor(args.after);
    const { rows, total } = await this.notifications.page(
      recipient(user),
      args.unreadOnly ?? false,
      offset,
      args.first + 1,
    );
    return toOffsetPage(rows, args.first, offset, total);
  }

  unreadCount(user: AuthenticatedUser): Promise<number> {
    return this.notifications.unreadCount(recipient(user));
  }

  /** Marks the caller's notifications read; someone else's are refused and nothing is marked. */
  markRead(
    user: AuthenticatedUser,
    { ids }: MarkNotificationsReadArgs,
  ): Promise<MarkNotificationsReadResult> {
    const unique = [...new Set(ids)];
    return this.notifications.transaction(async (tx) => {
      const found = await tx.lockWithOwnership(recipient(user), unique);
      if (found.length !== unique.length) {
        throw notFound({ nb: 'Fant ikke alle varslene.', en: 'Some of the notifications were not found.' });
      }
      if (found.some((row) => !row.mine)) {
        throw forbidden({
          nb: 'Du kan bare merke dine egne varsler som lest.',
          en: 'You can only mark your own notifications as read.',
        });
      }
      const marked = await tx.markRead(unique);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'notification',
        entityId: user.id,
        regionId: null,
        summary: `${marked.length} ${marked.length === 1 ? 'varsel' : 'varsler'} merket som lest`,
        after: { read: marked },
      });
      return { marked: marked.length, unreadCount: await tx.unreadCount(recipient(user)) };
    });
  }
}

function recipient(user: AuthenticatedUser): Recipient {
  return {
    userId: user.id,
    directorOf: user.roles.includes(Role.MunicipalDirector) ? user.municipalityNumber : null,
  };
}
