import { Injectable } from '@nestjs/common';
import { enqueueMail, MailDeliveryWorker } from '@samarbeid/api/data-access';
import type { AppConfig, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { agreementPath } from '@samarbeid/shared/domain';

import type { NotificationContent, NotificationRepository } from '../repository/notification.repository';

export interface Notice {
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
}

export interface AgreementRef {
  readonly id: string;
  readonly regionId: string;
}

export interface UserRecipient {
  readonly id: string;
  readonly email: string | null;
}

/**
 * Writes notifications, and queues their e-mails in the mail outbox (table mail_outbox), through the notification
 * repository of the change's transaction: so both exist exactly when the change does. After the commit,
 * `afterCommit` wakes the delivery worker, which sends them in the background (or, if this process dies first, any
 * replica does): a mail failure is retried there and never reaches the mutation that caused it.
 */
@Injectable()
export class NotificationOutbox {
  private readonly webOrigin: string;

  constructor(
    private readonly delivery: MailDeliveryWorker,
    @InjectConfig() config: AppConfig,
  ) {
    this.webOrigin = (config.webOrigins[0] ?? '').replace(/\/$/, '');
  }

  /**
   * Notifies the municipal director of each municipality (whoever holds the role when they read it). E-mail goes
   * to the steering-committee (KDU) members of the region recorded for that municipality with a user. Returns the
   * e-mails it queued.
   */
  async toDirectors(
    notifications: NotificationRepository,
    agreement: AgreementRef,
    municipalityNumbers: readonly string[],
    notice: Notice,
  ): Promise<MailMessage[]> {
    const numbers = [...new Set(municipalityNumbers)];
    if (numbers.length === 0) return [];
    await notifications.insertForDirectors(numbers, content(agreement, notice));
    const emails = await notifications.directorEmails(agreement.regionId, numbers);
    const mail = numbers
      .map((number) => emails.get(number) ?? [])
      .filter((to) => to.length > 0)
      .map((to) => this.mail(agreement, to, notice));
    return this.queue(notifications, mail);
  }

  /** Notifies users by their identity-provider subject; e-mail to the address their token carried. */
  async toUsers(
    notifications: NotificationRepository,
    agreement: AgreementRef,
    users: readonly UserRecipient[],
    notice: Notice,
  ): Promise<MailMessage[]> {
    const unique = [...new Map(users.map((user) => [user.id, user])).values()];
    if (unique.length === 0) return [];
    await notifications.insertForUsers(
      unique.map((user) => user.id),
      content(agreement, notice),
    );
    const mail = unique
      .filter((user) => user.email)
      .map((user) => this.mail(agreement, [user.email as string], notice));
    return this.queue(notifications, mail);
  }

  /**
   * Call once the change's transaction has committed, with what its calls above returned: wakes the delivery worker
   * for the e-mails it queued (they are already in the outbox; without this they go out at the next poll).
   */
  afterCommit(queued: readonly MailMessage[]): void {
    if (queued.length > 0) this.delivery.wake();
  }

  /** Queues the e-mails in the change's transaction; none when e-mail is not set up (no SMTP_URL). */
  private async queue(notifications: NotificationRepository, mail: MailMessage[]): Promise<MailMessage[]> {
    if (!this.delivery.enabled || mail.length === 0) return [];
    await enqueueMail(notifications.manager, mail);
    return mail;
  }

  private mail(agreement: AgreementRef, to: readonly string[], notice: Notice): MailMessage {
    return {
      to,
      subject: notice.title,
      text: `${notice.body}\n\nÅpne avtalen: ${this.webOrigin}${agreementPath(agreement.id)}\n`,
    };
  }
}

const content = (agreement: AgreementRef, notice: Notice): NotificationContent => ({
  ...notice,
  agreementId: agreement.id,
  link: agreementPath(agreement.id),
});
