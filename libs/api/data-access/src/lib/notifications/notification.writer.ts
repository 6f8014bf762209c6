import type { MailMessage } from '@samarbeid/api/platform';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import { NotificationEntity } from '../agreements/notification.entity';
import { enqueueMail } from '../mail/mail-outbox';

export interface NotificationContent {
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  /** A path in the web app. */
  readonly link: string;
}

/**
 * Notices as notifications in the app (table notification, the notifications page shows them) and e-mails in the
 * mail outbox, written in the transaction of the change (or the scheduled run) that causes them.
 */
export class NotificationWriter {
  constructor(readonly manager: EntityManager) {}

  async toUser(userId: string, content: NotificationContent): Promise<void> {
    await this.manager.insert(NotificationEntity, { recipientUserId: userId, ...content });
  }

  /** To the municipal director of the municipality, whoever holds the role when they read it. */
  async toDirector(municipalityNumber: string, content: NotificationContent): Promise<void> {
    await this.manager.insert(NotificationEntity, {
      recipientMunicipality: municipalityNumber,
      recipientRole: Role.MunicipalDirector,
      ...content,
    });
  }

  /** Queues the e-mails; returns how many. */
  mail(messages: readonly MailMessage[]): Promise<number> {
    return enqueueMail(this.manager, messages);
  }
}

/** The e-mail that goes with a notice: its title as the subject, its body and a link into the web app. */
export function noticeMail(
  webOrigin: string,
  to: string,
  notice: NotificationContent,
  open: string,
): MailMessage {
  return {
    to: [to],
    subject: notice.title,
    text: `${notice.body}\n\n${open}: ${webOrigin.replace(/\/$/, '')}${notice.link}\n`,
  };
}
