/**
 * The status-report reminders as a scheduled job in every API process: two replicas of the real app on one
 * PostgreSQL run it at the same moment, again and again, and each reminder still goes once per rule (in the app and
 * by e-mail); the schedule follows REPORT_REMINDERS_INTERVAL_MINUTES. Time is the test's: the runs are given `now`.
 */
import { describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { MailDeliveryWorker } from '@samarbeid/api/data-access';
import { ReportingDb, ReportingReminderService } from '@samarbeid/api/reporting';

import { createApp } from '../src/app/create-app';
import { useDemoTokens } from './support/portfolio';
import { useSmtpServer } from './support/smtp';
import { suiteResource } from './support/suite';
import { useTestApp } from './support/test-app';

const OPEN = `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`;

describe('the scheduled status-report reminders', () => {
  const smtp = useSmtpServer();
  const first = useTestApp(() => smtp.appEnv());
  const second = suiteResource(
    'The second replica',
    async (): Promise<{ app: INestApplication }> => {
      const app = await createApp(first.config);
      await app.init();
      return { app };
    },
    ({ app }) => app.close(),
  );
  const tokens = useDemoTokens();

  const open = async (name: string, from: string, to: string, due: string): Promise<string> => {
    const response = await first.gql<{ openReportingPeriod: { id: string } }>(OPEN, {
      token: tokens.sekretariat,
      variables: {
        input: {
          regionSlug: 'kongsbergregionen',
          name,
          kind: 'HALF_YEAR',
          periodFrom: from,
          periodTo: to,
          dueDate: due,
        },
      },
    });
    expect(response.errors).toBeUndefined();
    return response.data?.openReportingPeriod.id ?? '';
  };

  /** The period's reminders in the app, as "KIND:count". */
  const notices = async (periodId: string): Promise<string[]> =>
    (
      await first.dataSource.query<{ kind: string; count: number }[]>(
        `SELECT kind, count(*)::int AS count FROM notification
          WHERE link LIKE $1 AND kind IN ('REPORT_DUE', 'REPORT_OVERDUE') GROUP BY kind ORDER BY kind`,
        [`/rapportering/${periodId}/%`],
      )
    ).map((row) => `${row.kind}:${row.count}`);

  /** Who writes the period's reports (leaders, or the member a report was handed to), with and without e-mail. */
  const writers = async (periodId: string) =>
    (
      await first.dataSource.query<{ total: number; mailed: number }[]>(
        `SELECT count(*)::int AS total, count(nm.email)::int AS mailed FROM status_report s
           JOIN network_member nm ON nm.network_id = s.network_id AND nm.user_id IS NOT NULL
            AND ((s.assignee_user_id IS NULL AND nm.role = 'LEADER') OR nm.user_id = s.assignee_user_id)
          WHERE s.period_id = $1`,
        [periodId],
      )
    )[0] ?? { total: 0, mailed: 0 };

  const idle = () =>
    Promise.all([first.app.get(MailDeliveryWorker).idle(), second().app.get(MailDeliveryWorker).idle()]);

  it('sends each reminder once per rule, however many runs of the two replicas race', async () => {
    const periodId = await open('Replikapåminnelser 2029', '2029-01-01', '2029-06-30', '2029-08-15');
    const { total: all, mailed } = await writers(periodId);
    expect(all).toBeGreaterThan(0);
    expect(mailed).toBeGreaterThan(0);
    const replicas = [first.app, second().app].map((app) => app.get(ReportingReminderService));
    const race = (at: string) =>
      Promise.all([...replicas, ...replicas, ...replicas].map((service) => service.remindAll(new Date(at))));
    const mailsAbout = () =>
      smtp.received.filter((mail) => mail.text.includes('Replikapåminnelser 2029')).map((mail) => mail.text);

    await race('2029-08-01T10:00:00Z');
    expect(await notices(periodId)).toEqual([]);

    const firstRun = await race('2029-08-09T10:00:00Z');
    expect(firstRun.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    await race('2029-08-12T10:00:00Z');
    expect(await notices(periodId)).toEqual([`REPORT_DUE:${all}`]);

    await race('2029-08-16T06:00:00Z');
    await race('2029-09-30T06:00:00Z');
    expect(await notices(periodId)).toEqual([`REPORT_DUE:${all}`, `REPORT_OVERDUE:${all}`]);

    await idle();
    const mails = mailsAbout();
    expect(mails.filter((text) => text.includes('Subject: Frist 15.8.2029'))).toHaveLength(mailed);
    expect(mails.filter((text) => text.includes('Subject: Forfalt'))).toHaveLength(mailed);
    const history: { actor_id: string; count: number }[] = await first.dataSource.query(
      `SELECT actor_id, count(*)::int AS count FROM audit_event
        WHERE summary LIKE 'Påminnelse sendt%' AND after::text LIKE $1 GROUP BY actor_id`,
      [
        `%${(await first.dataSource.query<{ id: string }[]>('SELECT id FROM status_report WHERE period_id = $1 LIMIT 1', [periodId]))[0]?.id}%`,
      ],
    );
    expect(history).toEqual([{ actor_id: 'system:reminders', count: 2 }]);
  });

  it('runs on the schedule REPORT_REMINDERS_INTERVAL_MINUTES sets, and not at all when it is 0', async () => {
    const today = new Date();
    const day = (offset: number) =>
      new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const periodId = await open('Planlagte påminnelser', day(-100), day(-1), day(3));
    const make = (intervalMinutes: number) =>
      new ReportingReminderService(first.app.get(ReportingDb), first.app.get(MailDeliveryWorker), {
        ...first.config,
        reminders: { intervalMinutes },
      });
    // Only the interval is the test's; the database driver keeps its own timers.
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      const off = make(0);
      off.onApplicationBootstrap();
      jest.advanceTimersByTime(24 * 60 * 60_000);
      await off.onModuleDestroy();
      expect(await notices(periodId)).toEqual([]);

      const hourly = make(60);
      hourly.onApplicationBootstrap();
      jest.advanceTimersByTime(59 * 60_000);
      expect(await notices(periodId)).toEqual([]);
      jest.advanceTimersByTime(60_000);
      await hourly.onModuleDestroy();
      expect(await notices(periodId)).toEqual([`REPORT_DUE:${(await writers(periodId)).total}`]);
    } finally {
      jest.useRealTimers();
    }
  });
});
