import type { MailMessage } from '@samarbeid/api/platform';
import { EntityManager } from 'typeorm';

/**
 * The mail outbox's SQL (table mail_outbox): queue in a change's transaction, then claim, send and mark, one row
 * per transaction, by the delivery worker (mail-delivery.worker.ts).
 */

/** Attempts before the worker gives up on a message (about a day with {@link retryDelayMs}). */
export const MAX_MAIL_ATTEMPTS = 24;

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** The wait after the `attempts`-th failure: 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * Queues e-mails with the EntityManager of the change that causes them, so they are committed (or rolled back)
 * with it. Messages without a recipient are left out. Returns how many were queued.
 */
export async function enqueueMail(manager: EntityManager, messages: readonly MailMessage[]): Promise<number> {
  const rows = messages
    .map((message) => ({
      recipients: [
        ...new Set(message.to.map((address) => address.trim()).filter((address) => address !== '')),
      ],
      subject: message.subject.slice(0, 500),
      body: message.text,
    }))
    .filter((row) => row.recipients.length > 0);
  if (rows.length === 0) return 0;
  await manager.query(
    `INSERT INTO mail_outbox (recipients, subject, body)
     SELECT r.recipients, r.subject, r.body
       FROM jsonb_to_recordset($1::jsonb) AS r(recipients text[], subject text, body text)`,
    [JSON.stringify(rows)],
  );
  return rows.length;
}

export interface OutboxMessage {
  readonly id: string;
  readonly recipients: string[];
  readonly subject: string;
  readonly body: string;
  readonly attempts: number;
}

/**
 * The oldest due message, locked for this transaction; rows another worker holds are skipped, so replicas never send
 * the same row at once. A worker that dies mid-send loses its connection, PostgreSQL rolls its transaction back and
 * the row is free again at once.
 */
export async function claimDueMail(manager: EntityManager): Promise<OutboxMessage | null> {
  const rows: OutboxMessage[] = await manager.query(
    `SELECT id, recipients, subject, body, attempts FROM mail_outbox
      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
      ORDER BY next_attempt_at, created_at, id
      LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  return rows[0] ?? null;
}

export async function markMailSent(manager: EntityManager, id: string): Promise<void> {
  await manager.query('UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = $1', [id]);
}

/** Records a failed attempt: tried again after {@link retryDelayMs}, or given up after the last attempt. */
export async function markMailFailed(
  manager: EntityManager,
  message: OutboxMessage,
  reason: string,
): Promise<'retry' | 'gave-up'> {
  const attempts = message.attempts + 1;
  const gaveUp = attempts >= MAX_MAIL_ATTEMPTS;
  await manager.query(
    `UPDATE mail_outbox SET attempts = $2, last_error = $3,
        next_attempt_at = now() + $4::integer * interval '1 millisecond',
        failed_at = CASE WHEN $5::boolean THEN now() END
      WHERE id = $1`,
    [message.id, attempts, reason.slice(0, 500), retryDelayMs(attempts), gaveUp],
  );
  return gaveUp ? 'gave-up' : 'retry';
}

/** Gives up on a message at once (there is nothing that could be sent). */
export async function giveUpMail(manager: EntityManager, id: string, reason: string): Promise<void> {
  await manager.query('UPDATE mail_outbox SET failed_at = now(), last_error = $2 WHERE id = $1', [
    id,
    reason.slice(0, 500),
  ]);
}

/** Sent and given-up messages are kept this long (for support questions), then deleted. */
export async function deleteOldMail(manager: EntityManager, keepDays = 30): Promise<void> {
  await manager.query(
    `DELETE FROM mail_outbox
      WHERE coalesce(sent_at, failed_at) < now() - $1::integer * interval '1 day'`,
    [keepDays],
  );
}
