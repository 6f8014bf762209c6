import { Check, Column, CreateDateColumn, Entity, Index } from 'typeorm';

import { UuidEntity } from '../versioned.entity';

/**
 * An e-mail waiting to be sent, or sent. Written in the transaction of the change that causes it (so the e-mail
 * exists exactly when the change does) and sent by the delivery worker of any API replica after the commit; a
 * process that dies before sending leaves the row for the next one. `id` is the message's stable Message-ID.
 */
@Entity({ name: 'mail_outbox' })
@Index('ix_mail_outbox_due', ['nextAttemptAt'], { where: '"sent_at" IS NULL AND "failed_at" IS NULL' })
@Check('ck_mail_outbox_recipients', 'cardinality("recipients") > 0')
export class MailOutboxEntity extends UuidEntity {
  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  /** Plain text, UTF-8. */
  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** When the next attempt is due (now when queued; later after a failure, with back-off). */
  @Column({ type: 'timestamptz', name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** Failed attempts so far. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, name: 'last_error', nullable: true })
  lastError!: string | null;

  /** When the SMTP server accepted it. */
  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** When the worker gave up on it (after the last attempt); it is not tried again. */
  @Column({ type: 'timestamptz', name: 'failed_at', nullable: true })
  failedAt!: Date | null;
}
