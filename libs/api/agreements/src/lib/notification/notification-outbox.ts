import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { NotificationEntity } from '@samarbeid/api/data-access';
import type { AppConfig, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig, Mailer } from '@samarbeid/api/platform';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { agreementPath, Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

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

/** The network whose members are the municipal directors (kommunedirektørutvalget). */
const STEERING_COMMITTEE_KEY = 'KDU';

/**
 * Writes notifications with the EntityManager of the change (same transaction) and returns the e-mails to send
 * once it has committed. `deliver` sends them in the background: a mail failure is logged by the Mailer and
 * never reaches the mutation that caused it.
 */
@Injectable()
export class NotificationOutbox implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationOutbox.name);
  private readonly pending = new Set<Promise<unknown>>();
  private readonly webOrigin: string;

  constructor(
    private readonly mailer: Mailer,
    @InjectConfig() config: AppConfig,
  ) {
    this.webOrigin = (config.webOrigins[0] ?? '').replace(/\/$/, '');
  }

  /**
   * Notifies the municipal director of each municipality (whoever holds the role when they read it). E-mail goes
   * to the steering-committee (KDU) members of the region recorded for that municipality with a user.
   */
  async toDirectors(
    manager: EntityManager,
    agreement: AgreementRef,
    municipalityNumbers: readonly string[],
    notice: Notice,
  ): Promise<MailMessage[]> {
    const numbers = [...new Set(municipalityNumbers)];
    if (numbers.length === 0) return [];
    await manager.insert(
      NotificationEntity,
      numbers.map((recipientMunicipality) => ({
        recipientMunicipality,
        recipientRole: Role.MunicipalDirector,
        agreementId: agreement.id,
        link: agreementPath(agreement.id),
        ...notice,
      })),
    );
    const rows: { municipality_number: string; email: string }[] = await manager.query(
      `SELECT DISTINCT nm.municipality_number, nm.email FROM network_member nm JOIN network n ON n.id = nm.network_id
        WHERE n.region_id = $1 AND n.key = $2 AND nm.user_id IS NOT NULL AND nm.email IS NOT NULL
          AND nm.municipality_number = ANY($3::text[])
        ORDER BY nm.municipality_number, nm.email`,
      [agreement.regionId, STEERING_COMMITTEE_KEY, numbers],
    );
    return numbers
      .map((number) => rows.filter((row) => row.municipality_number === number).map((row) => row.email))
      .filter((to) => to.length > 0)
      .map((to) => this.mail(agreement, to, notice));
  }

  /** Notifies users by their identity-provider subject; e-mail to the address their token carried. */
  async toUsers(
    manager: EntityManager,
    agreement: AgreementRef,
    users: readonly UserRecipient[],
    notice: Notice,
  ): Promise<MailMessage[]> {
    const unique = [...new Map(users.map((user) => [user.id, user])).values()];
    if (unique.length === 0) return [];
    await manager.insert(
      NotificationEntity,
      unique.map((user) => ({
        recipientUserId: user.id,
        agreementId: agreement.id,
        link: agreementPath(agreement.id),
        ...notice,
      })),
    );
    return unique
      .filter((user) => user.email)
      .map((user) => this.mail(agreement, [user.email as string], notice));
  }

  /** Sends after commit, in the background; failures are logged (by the Mailer), never thrown. */
  deliver(messages: readonly MailMessage[]): void {
    for (const message of messages) {
      const sending: Promise<unknown> = this.mailer
        .send(message)
        .catch((error: unknown) => this.logger.warn(`Mail failed: ${String(error)}`))
        .finally(() => this.pending.delete(sending));
      this.pending.add(sending);
    }
  }

  /** Resolves when every e-mail handed to `deliver` so far has been tried. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** On shutdown, lets the e-mails already handed over finish (each has the Mailer's timeouts). */
  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private mail(agreement: AgreementRef, to: readonly string[], notice: Notice): MailMessage {
    return {
      to,
      subject: notice.title,
      text: `${notice.body}\n\nÅpne avtalen: ${this.webOrigin}${agreementPath(agreement.id)}\n`,
    };
  }
}
