import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { NotificationContent } from '@samarbeid/api/data-access';
import { MailDeliveryWorker, noticeMail, recordAudit, ScheduledRun } from '@samarbeid/api/data-access';
import type { AppConfig, AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import { Role, statusReportPath } from '@samarbeid/shared/domain';

import type { ReminderRule } from '../domain/reporting-rules';
import { reminderDue } from '../domain/reporting-rules';
import type { ReportingReminders } from '../dto/reporting.types';
import { secretariatOnly } from '../reporting.errors';
import type { ReportRow } from '../repository/report.repository';
import { ReportingDb } from '../repository/reporting.db';
import { formatDate, osloDate } from '../shared/actor';
import { subjectOf } from '../report/report.service';

const REMIND = { nb: 'sende påminnelser om statusrapporter', en: 'send status report reminders' };

/** Who the history names for the scheduled reminders. */
export const REMINDER_SCHEDULE = { id: 'system:reminders', name: 'Automatisk påminnelse' } as const;

/**
 * Reminds the writers of a region's unsubmitted status reports, in the app and by e-mail (mail outbox): a week before
 * the due date and once overdue, each rule once per report. The secretariat sends them for its region when it wants
 * (`remind`); every API process also sends them for every region on a schedule (REPORT_REMINDERS_INTERVAL_MINUTES,
 * off in tests; see ScheduledRun). However many processes run at once, each reminder goes once: a run claims the due reports with
 * `FOR UPDATE SKIP LOCKED` (another run skips what this one holds) and marks each rule as sent on the report in the
 * same transaction as the notifications, e-mails and history, so a run that comes after sees the mark. The e-mails
 * go after the commit. `now` is the caller's clock (tests set it).
 */
@Injectable()
export class ReportingReminderService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly webOrigin: string;
  private readonly schedule: ScheduledRun;

  constructor(
    private readonly db: ReportingDb,
    private readonly delivery: MailDeliveryWorker,
    @InjectConfig() config: AppConfig,
  ) {
    this.webOrigin = config.webOrigins[0] ?? '';
    this.schedule = new ScheduledRun(
      'Status report reminders',
      config.reminders.intervalMinutes * 60_000,
      () => this.remindAll(),
    );
  }

  onApplicationBootstrap(): void {
    this.schedule.start();
  }

  /** Lets a run in hand finish, and stops the schedule. */
  onModuleDestroy(): Promise<void> {
    return this.schedule.stop();
  }

  /** The secretariat reminds its region now. */
  async remind(
    user: AuthenticatedUser,
    regionSlug: string,
    now: Date = new Date(),
  ): Promise<ReportingReminders> {
    if (!user.roles.includes(Role.Secretariat)) throw secretariatOnly(REMIND);
    const region = await this.db.regionBySlug(regionSlug);
    return this.remindRegion(region.id, user, now);
  }

  /** The scheduled run: every region with an open period, each in its own transaction. Returns how many reminded. */
  async remindAll(now: Date = new Date()): Promise<number> {
    let reminded = 0;
    for (const regionId of await this.db.periods.regionsWithOpenPeriods()) {
      reminded += (await this.remindRegion(regionId, REMINDER_SCHEDULE, now)).reminded;
    }
    return reminded;
  }

  private async remindRegion(
    regionId: string,
    actor: { readonly id: string; readonly name: string | null; readonly username?: string | null },
    now: Date,
  ): Promise<ReportingReminders> {
    const today = osloDate(now);
    const { reminded, mailed } = await this.db.transaction(async (tx) => {
      const due = new Map<ReminderRule, ReportRow[]>([
        ['BEFORE_DUE', []],
        ['OVERDUE', []],
      ]);
      for (const report of await tx.reports.lockUnsubmitted(regionId)) {
        const rule = reminderDue(
          {
            state: report.state,
            remindedBeforeDue: report.remindedBeforeDueAt !== null,
            remindedOverdue: report.remindedOverdueAt !== null,
          },
          report.dueDate,
          today,
        );
        if (rule) due.get(rule)?.push(report);
      }
      const all = [...(due.get('BEFORE_DUE') ?? []), ...(due.get('OVERDUE') ?? [])];
      if (all.length === 0) return { reminded: 0, mailed: 0 };
      const writers = await tx.reports.writers(all.map((report) => report.id));
      const mail: MailMessage[] = [];
      for (const [rule, reports] of due) {
        for (const report of reports) {
          const notice = reminderNotice(report, rule);
          for (const writer of writers.filter((candidate) => candidate.reportId === report.id)) {
            await tx.notifications.toUser(writer.userId, notice);
            if (writer.email) mail.push(noticeMail(this.webOrigin, writer.email, notice, 'Åpne rapporten'));
          }
        }
        await tx.reports.markReminded(
          reports.map((report) => report.id),
          rule,
          now,
        );
      }
      const mailed = this.delivery.enabled ? await tx.notifications.mail(mail) : 0;
      await recordAudit(tx.manager, actor, {
        action: 'UPDATE',
        entityType: 'status_report',
        entityId: regionId,
        regionId,
        summary: `Påminnelse sendt om ${all.length} statusrapporter`,
        after: { reminded: all.map((report) => report.id) },
      });
      return { reminded: all.length, mailed };
    });
    if (mailed > 0) this.delivery.wake();
    return { reminded };
  }
}

/** The reminder's text (Norwegian: the users' language). */
export function reminderNotice(report: ReportRow, rule: ReminderRule): NotificationContent {
  const subject = subjectOf(report);
  const due = formatDate(report.dueDate);
  return rule === 'OVERDUE'
    ? {
        kind: 'REPORT_OVERDUE',
        title: `Forfalt: statusrapport for ${subject}`.slice(0, 300),
        body: `Statusrapporten for ${subject} (${report.periodName}) hadde frist ${due} og er ikke levert.`.slice(
          0,
          4000,
        ),
        link: statusReportPath(report.periodId, report.id),
      }
    : {
        kind: 'REPORT_DUE',
        title: `Frist ${due}: statusrapport for ${subject}`.slice(0, 300),
        body: `Husk statusrapporten for ${subject} (${report.periodName}). Fristen er ${due}.`.slice(0, 4000),
        link: statusReportPath(report.periodId, report.id),
      };
}
