import { Injectable, Logger, Module, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mailer, MailModule } from '@samarbeid/api/platform';
import { DataSource } from 'typeorm';

import { claimDueMail, deleteOldMail, giveUpMail, markMailFailed, markMailSent } from './mail-outbox';

/** How often each process looks for due mail it was not woken for (another replica's, retries, a dead one's). */
export const MAIL_POLL_INTERVAL_MS = 10_000;

const CLEAN_UP_INTERVAL_MS = 60 * 60_000;

/**
 * Sends the mail outbox, in every API process. On start it sends what is due (what a killed process left), then it
 * is woken after each commit that queued mail and polls as a fallback. One message per transaction: the row is
 * claimed with FOR UPDATE SKIP LOCKED, sent with a Message-ID derived from its id, and marked sent right after the
 * SMTP server accepts it, so a crash can at worst send a message twice (with the same Message-ID), never lose it.
 * A failure is retried with back-off (mail-outbox.ts) and never reaches the change that queued the message.
 * Without SMTP_URL the worker does nothing (and nothing is queued).
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailDeliveryWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wokenWhileRunning = false;
  private stopped = false;
  private nextCleanUpAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  /** Whether mail is queued at all: only when it can be sent (SMTP_URL is set). */
  get enabled(): boolean {
    return this.mailer.enabled;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.wake(), MAIL_POLL_INTERVAL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Sends what is due now, in the background; call after a commit that queued mail. Never throws. */
  wake(): void {
    if (!this.enabled || this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when the worker has nothing in hand (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Lets the message in hand finish (the Mailer's timeouts bound it) and stops. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  private async drain(): Promise<void> {
    do {
      this.wokenWhileRunning = false;
      try {
        await this.cleanUpNowAndThen();
        while (!this.stopped && (await this.sendNext())) {
          // one message per transaction, until none is due
        }
      } catch (error) {
        // The database is unreachable, or the like: the next wake or poll tries again.
        this.logger.warn(`Mail outbox: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (this.wokenWhileRunning && !this.stopped);
  }

  /** Claims, sends and marks one due message; false when none was due. */
  private sendNext(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const message = await claimDueMail(manager);
      if (!message) return false;
      try {
        const outcome = await this.mailer.deliver({
          to: message.recipients,
          subject: message.subject,
          text: message.body,
          messageId: this.mailer.messageIdFor(message.id),
        });
        if (outcome === 'sent') await markMailSent(manager, message.id);
        else await giveUpMail(manager, message.id, 'nothing to send (no SMTP_URL or no recipients)');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const next = await markMailFailed(manager, message, reason);
        const text = `Could not send "${message.subject}" to ${message.recipients.length} recipient(s) (attempt ${message.attempts + 1}): ${reason}`;
        if (next === 'gave-up') this.logger.error(`${text}; giving up`);
        else this.logger.warn(`${text}; trying again later`);
      }
      return true;
    });
  }

  private async cleanUpNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now < this.nextCleanUpAt) return;
    this.nextCleanUpAt = now + CLEAN_UP_INTERVAL_MS;
    await deleteOldMail(this.dataSource.manager);
  }
}

/**
 * The mail outbox's delivery worker (one per process, however many modules import this). Import it where mail is
 * queued, to wake the worker after the commit: `@Module({ imports: [MailOutboxModule] })`.
 */
@Module({ imports: [MailModule], providers: [MailDeliveryWorker], exports: [MailDeliveryWorker] })
export class MailOutboxModule {}
