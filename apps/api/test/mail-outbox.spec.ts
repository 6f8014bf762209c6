import { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { enqueueMail, MAX_MAIL_ATTEMPTS, MailDeliveryWorker, retryDelayMs } from '@samarbeid/api/data-access';
import { Mailer } from '@samarbeid/api/platform';
import { SMTPServer } from 'smtp-server';

import { ensureServicePurchase, tokenFor } from './support/agreements';
import { bootTestApp, TestApp } from './support/test-app';

/** An SMTP server that refuses the next `refuse` messages with a temporary error, and keeps the Message-IDs. */
async function startSmtpServer() {
  const state = { refuse: 0, messageIds: [] as string[] };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.refuse > 0) {
          state.refuse -= 1;
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        state.messageIds.push(/^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? '(none)');
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, state };
}

interface OutboxRow {
  id: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  failed_at: Date | null;
  wait_seconds: number;
}

describe('the mail outbox', () => {
  let api: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
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

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await bootTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Samarbeid <ikke-svar@example.no>',
    });
    worker = api.app.get(MailDeliveryWorker);
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
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
    smtp.state.refuse = 1;
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
    expect(smtp.state.messageIds.filter((id) => id === `<${failed.id}@example.no>`)).toHaveLength(1);
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
    for (const id of ids) expect(smtp.state.messageIds.filter((received) => received === id)).toHaveLength(1);
  });

  it('never fails a change when the SMTP server refuses: the change stands, its e-mails wait in the outbox', async () => {
    smtp.state.refuse = 100;
    const token = await tokenFor('sekretariat');
    const agreement = await ensureServicePurchase(api, token, 'Utsendelse feiler', { submitted: true });
    expect(agreement.status).toBe('SUBMITTED');
    await worker.idle();
    const waiting: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE subject LIKE '%Utsendelse feiler%'
          AND sent_at IS NULL AND attempts >= 1`,
    );
    expect(waiting[0].n).toBeGreaterThan(0);
    smtp.state.refuse = 0;
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
