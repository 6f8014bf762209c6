import { Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text, UTF-8. */
  readonly text: string;
  /**
   * The Message-ID header, `<unique@domain>`. Give a stable one when the same message may be sent twice (a retry
   * after a crash), so that a receiver can recognise the copy; nodemailer makes one up otherwise.
   */
  readonly messageId?: string;
}

/** `skipped`: e-mail is not set up (no SMTP_URL) or there is nobody to send to. `failed`: logged, not thrown. */
export type MailOutcome = 'sent' | 'skipped' | 'failed';

/** Short enough that a request waiting on a notice is not held for minutes by a server that does not answer. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/**
 * Sends plain-text e-mail through the SMTP server in SMTP_URL. Mail is a side effect: a delivery failure is
 * logged as a warning and reported as `failed`, never thrown, so it cannot roll back the business transaction
 * that caused it. E-mail caused by a change goes through the mail outbox instead (libs/api/data-access `mail/`),
 * which queues it in the change's transaction and sends it with {@link Mailer.deliver}, retrying failures.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;
  private readonly domain: string;

  constructor(@InjectConfig() config: AppConfig) {
    const { smtpUrl, from } = config.mail;
    this.transport = smtpUrl ? nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS }, { from }) : null;
    this.domain = /@([^<>@\s]+)>?$/.exec(from)?.[1] ?? 'samarbeid.local';
  }

  /** Whether e-mail is set up (SMTP_URL). Without it nothing is sent, and nothing need be queued. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  /** A Message-ID for a stable key (an outbox row's id), on the sender's domain: `<key@domain>`. */
  messageIdFor(key: string): string {
    return `<${key}@${this.domain}>`;
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    try {
      return await this.deliver(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        `Could not send "${message.subject}" to ${recipients(message).length} recipient(s): ${reason}`,
      );
      return 'failed';
    }
  }

  /**
   * Like {@link send}, but a delivery failure is thrown (for a caller that retries it, such as the mail outbox) and
   * not logged here. Resolves once the SMTP server has accepted the message.
   */
  async deliver(message: MailMessage): Promise<'sent' | 'skipped'> {
    const to = recipients(message);
    if (this.transport === null) {
      this.logger.debug(`Mail is not configured (no SMTP_URL); not sending "${message.subject}"`);
      return 'skipped';
    }
    if (to.length === 0) {
      this.logger.debug(`No recipients; not sending "${message.subject}"`);
      return 'skipped';
    }
    await this.transport.sendMail({
      to,
      subject: message.subject,
      text: message.text,
      ...(message.messageId ? { messageId: message.messageId } : {}),
    });
    return 'sent';
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/** The addresses, trimmed, each once, blanks left out. */
function recipients(message: MailMessage): string[] {
  return [...new Set(message.to.map((address) => address.trim()).filter((address) => address !== ''))];
}

/**
 * Import in a feature module to inject `Mailer` (one shared instance):
 * `@Module({ imports: [MailModule], providers: [MyService] })`. The configuration comes from the global ConfigModule.
 */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
