import { Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text, UTF-8. */
  readonly text: string;
}

/** `skipped`: e-mail is not set up (no SMTP_URL) or there is nobody to send to. `failed`: logged, not thrown. */
export type MailOutcome = 'sent' | 'skipped' | 'failed';

/** Short enough that a request waiting on a notice is not held for minutes by a server that does not answer. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/**
 * Sends plain-text e-mail through the SMTP server in SMTP_URL. Mail is a side effect: a delivery failure is
 * logged as a warning and reported as `failed`, never thrown, so it cannot roll back the business transaction
 * that caused it. Send after the transaction has committed.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@InjectConfig() config: AppConfig) {
    const { smtpUrl, from } = config.mail;
    this.transport = smtpUrl ? nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS }, { from }) : null;
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    const to = [...new Set(message.to.map((address) => address.trim()).filter((address) => address !== ''))];
    if (this.transport === null) {
      this.logger.debug(`Mail is not configured (no SMTP_URL); not sending "${message.subject}"`);
      return 'skipped';
    }
    if (to.length === 0) {
      this.logger.debug(`No recipients; not sending "${message.subject}"`);
      return 'skipped';
    }
    try {
      await this.transport.sendMail({ to, subject: message.subject, text: message.text });
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Could not send "${message.subject}" to ${to.length} recipient(s): ${reason}`);
      return 'failed';
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/**
 * Import in a feature module to inject `Mailer` (one shared instance):
 * `@Module({ imports: [MailModule], providers: [MyService] })`. The configuration comes from the global ConfigModule.
 */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
