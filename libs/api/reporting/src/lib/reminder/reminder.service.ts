import { Injectable } from '@nestjs/common';
import { MailDeliveryWorker, recordAudit } from '@samarbeid/api/data-access';
import type { AppConfig, AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import { Role, statusReportPath } from '@samarbeid/shared/domain';

import type { ReminderRule } from '../domain/reporting-rules';
import { reminderDue } from '../domain/reporting-rules';
import type { ReportingReminders } from '../dto/reporting.types';
import { secretariatOnly } from '../reporting.errors';
import type { NotificationContent } from '../repository/notification.writer';
import type { ReportRow } from '../repository/report.repository';
import { ReportingDb } from '../repository/reporting.db';
import { formatDate, osloDate } from '../shared/actor';
import { subjectOf } from '../report/report.service';

const REMIND = { nb: 'sende påminnelser om statusrapporter', en: 'send status report reminders' };

/**
 * Reminds the writers of a region's unsubmitted status reports, in the app and by e-mail (mail outbox): a week before
 * the due date and once overdue, each rule once per report. The notifications, e-mails, marks and history commit
 * together; the e-mails go after the commit. `now` is the caller's clock (tests set it).
 */
@Injectable()
export class ReportingReminderService {
  private readonly webOrigin: string;

  constructor(
    private readonly db: ReportingDb,
    private readonly delivery: MailDeliveryWorker,
    @InjectConfig() config: AppConfig,
  ) {
    this.webOrigin = (config.webOrigins[0] ?? '').replace(/\/$/, '');
  }

  async remind(
    user: AuthenticatedUser,
    regionSlug: string,
    now: Date = new Date(),
  ): Promise<ReportingReminders> {
    if (!user.roles.includes(Role.Secretariat)) throw secretariatOnly(REMIND);
    const today = osloDate(now);
    const { reminded, mailed } = await this.db.transaction(async (tx) => {
      const region = await tx.regionBySlug(regionSlug);
      const due = new Map<ReminderRule, ReportRow[]>([
        ['BEFORE_DUE', []],
        ['OVERDUE', []],
      ]);
      for (const report of await tx.reports.lockUnsubmitted(region.id)) {
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
            if (writer.email) mail.push(this.mail(writer.email, notice));
          }
        }
        await tx.reports.markReminded(
          reports.map((report) => report.id),
          rule,
          now,
        );
      }
      const mailed = this.delivery.enabled ? await tx.notifications.mail(mail) : 0;
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'status_report',
        entityId: region.id,
        regionId: region.id,
        summary: `Påminnelse sendt om ${all.length} statusrapporter`,
        after: { reminded: all.map((report) => report.id) },
      });
      return { reminded: all.length, mailed };
    });
    if (mailed > 0) this.delivery.wake();
    return { reminded };
  }

  private mail(to: string, notice: NotificationContent): MailMessage {
    return {
      to: [to],
      subject: notice.title,
      text: `${notice.body}\n\nÅpne rapporten: ${this.webOrigin}${notice.link}\n`,
    };
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
