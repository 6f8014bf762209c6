import type { MailMessage } from '@samarbeid/api/platform';
import { enqueueMail, NotificationEntity } from '@samarbeid/api/data-access';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

export interface NotificationContent {
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly link: string;
}

/**
 * Reporting's notices as notifications in the app (table notification, the agreements' notifications page shows them) and
 * e-mails in the mail outbox, written in the transaction of the change that causes them.
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
