import { beforeAll, describe, expect, it } from '@jest/globals';
import { enqueueMail, MailDeliveryWorker, MAX_MAIL_ATTEMPTS, retryDelayMs } from '@samarbeid/api/data-access';
import { Mailer } from '@samarbeid/api/platform';

import { ensureServicePurchase, tokenFor } from './support/agreements';
import { useSmtpServer } from './support/smtp';
import { useTestApp } from './support/test-app';

interface OutboxRow {
  id: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
  wait_seconds: number;
}

describe('the mail outbox', () => {
  const smtp = useSmtpServer();
  const api = useTestApp(() => smtp.appEnv());
  let worker: MailDeliveryWorker;

  const rowsWithSubject = (subject: string): Promise<OutboxRow[]> =>
    api.dataSource.query(
      `SELECT id, attempts, last_error, sent_at, failed_at,
              extract(epoch FROM next_attempt_at - now())::int AS wait_seconds
         FROM mail_outbox WHERE subject = $1 ORDER BY created_at, id`,
      [subject],
    );

  const queue = (subjects: string[]) =>
    api.dataSource.transaction((manager) =>
      enqueueMail(
        manager,
        subjects.map((subject) => ({ to: ['kari.nordby@example.no'], subject, text: `${subject}\n` })),
      ),
    );

  beforeAll(() => {
    worker = api.app.get(MailDeliveryWorker);
  });

  it('waits 30 s after the first failure, doubling up to an hour, and gives up after about a day', () => {
    expect([1, 2, 3, 7, 8, MAX_MAIL_ATTEMPTS].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    const total = Array.from({ length: MAX_MAIL_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce(
      (sum, ms) => sum + ms,
      0,
    );
    expect(total / 3_600_000).toBeGreaterThan(16);
  });

  it('queues in the transaction of the change: a change that rolls back queues nothing', async () => {
    await expect(
      api.dataSource.transaction(async (manager) => {
        await enqueueMail(manager, [{ to: ['a@example.no'], subject: 'Rullet tilbake', text: 'x' }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsWithSubject('Rullet tilbake')).toEqual([]);
    await expect(queue([])).resolves.toBe(0);
    await expect(
      api.dataSource.transaction((manager) =>
        enqueueMail(manager, [{ to: [' ', ''], subject: 'Ingen mottaker', text: 'x' }]),
      ),
    ).resolves.toBe(0);
  });

  it('retries a refused delivery with back-off, and then sends it once, with its row id as Message-ID', async () => {
    smtp.refuseNext(1);
    await queue(['Forsøk igjen']);
    worker.wake();
    await worker.idle();
    const [failed] = await rowsWithSubject('Forsøk igjen');
    expect(failed).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(failed.last_error).toMatch(/try again later/);
    expect(failed.wait_seconds).toBeGreaterThan(20);
    expect(failed.wait_seconds).toBeLessThanOrEqual(30);

    await api.dataSource.query('UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1', [failed.id]);
    worker.wake();
    await worker.idle();
    const [sent] = await rowsWithSubject('Forsøk igjen');
    expect(sent.sent_at).not.toBeNull();
    expect(smtp.received.filter((mail) => mail.messageId === `<${failed.id}@example.no>`)).toHaveLength(1);
  });

  it('is shared by replicas: two workers draining at once send each message once', async () => {
    const subjects = Array.from({ length: 20 }, (_, i) => `Replika ${i + 1}`);
    await queue(subjects);
    const other = new MailDeliveryWorker(api.dataSource, api.app.get(Mailer));
    worker.wake();
    other.wake();
    await Promise.all([worker.idle(), other.idle()]);
    await other.onModuleDestroy();
    const ids = (await Promise.all(subjects.map(rowsWithSubject)))
      .flat()
      .map((row) => `<${row.id}@example.no>`);
    expect(ids).toHaveLength(20);
    for (const id of ids) expect(smtp.received.filter((mail) => mail.messageId === id)).toHaveLength(1);
  });

  it('never fails a change when the SMTP server refuses: the change stands, its e-mails wait in the outbox', async () => {
    smtp.refuseNext(100);
    const token = await tokenFor('sekretariat');
    const agreement = await ensureServicePurchase(api, token, 'Utsendelse feiler', { submitted: true });
    expect(agreement.status).toBe('SUBMITTED');
    await worker.idle();
    const waiting: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE subject LIKE '%Utsendelse feiler%'
          AND sent_at IS NULL AND attempts >= 1`,
    );
    expect(waiting[0].n).toBeGreaterThan(0);
    smtp.refuseNext(0);
    await api.dataSource.query(
      `UPDATE mail_outbox SET next_attempt_at = now() WHERE subject LIKE '%Utsendelse feiler%'`,
    );
    worker.wake();
    await worker.idle();
    const unsent: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE subject LIKE '%Utsendelse feiler%' AND sent_at IS NULL`,
    );
    expect(unsent[0].n).toBe(0);
  });
});
