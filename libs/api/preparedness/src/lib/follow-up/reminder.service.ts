import { Injectable } from '@nestjs/common';
import { MailDeliveryWorker, type NotificationContent, recordAudit } from '@samarbeid/api/data-access';
import type { AppConfig, AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import { FOLLOW_UP_PATH } from '@samarbeid/shared/domain';

import { isSecretariat } from '../domain/preparedness-access';
import type { FollowUpReminders } from '../dto/preparedness.types';
import { remindRefused } from '../preparedness.errors';
import type { ActionRow } from '../repository/follow-up.repository';
import { PreparednessDb } from '../repository/preparedness.db';
import { formatDate, osloToday } from '../shared/clock';
import { actorOf } from '../shared/owner';

/**
 * Reminds the owners of a region's overdue follow-up actions through the existing notifications (in the app, and by
 * e-mail through the mail outbox when the owner has an address): the owner when they have a user, otherwise the
 * municipal director of the action's municipality. Each action is reminded once, until its deadline moves. The
 * notifications, the e-mails, the marks and the history commit together; the e-mails go after the commit.
 */
@Injectable()
export class ReminderService {
  private readonly webOrigin: string;

  constructor(
    private readonly db: PreparednessDb,
    private readonly delivery: MailDeliveryWorker,
    @InjectConfig() config: AppConfig,
  ) {
    this.webOrigin = (config.webOrigins[0] ?? '').replace(/\/$/, '');
  }

  async remindOverdue(user: AuthenticatedUser, regionSlug: string): Promise<FollowUpReminders> {
    if (!isSecretariat(actorOf(user))) throw remindRefused();
    const { reminded, mailed } = await this.db.transaction(async (tx) => {
      const region = await tx.region.regionBySlug(regionSlug);
      const due = await tx.actions.lockDueForReminder(region.id, osloToday());
      const reminded: string[] = [];
      const mail: MailMessage[] = [];
      for (const action of due) {
        const notice = overdueNotice(action);
        if (action.ownerUserId) {
          await tx.notifications.toUser(action.ownerUserId, notice);
          if (action.ownerEmail) mail.push(this.mail(action.ownerEmail, notice));
        } else if (action.municipalityNumber) {
          await tx.notifications.toDirector(action.municipalityNumber, notice);
        } else {
          continue;
        }
        reminded.push(action.id);
      }
      if (reminded.length === 0) return { reminded, mailed: 0 };
      await tx.actions.markReminded(reminded);
      const mailed = this.delivery.enabled ? await tx.notifications.mail(mail) : 0;
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'follow_up_action',
        entityId: region.id,
        regionId: region.id,
        summary: `Påminnelse sendt om ${reminded.length} forfalte oppfølgingstiltak`,
        after: { reminded },
      });
      return { reminded, mailed };
    });
    if (mailed > 0) this.delivery.wake();
    return { reminded: reminded.length };
  }

  private mail(to: string, notice: NotificationContent): MailMessage {
    return {
      to: [to],
      subject: notice.title,
      text: `${notice.body}\n\nÅpne oppfølgingen: ${this.webOrigin}${FOLLOW_UP_PATH}\n`,
    };
  }
}

/** The reminder's text (Norwegian: the users' language). */
export function overdueNotice(action: ActionRow): NotificationContent {
  const where = action.municipalityName ? ` (${action.municipalityName})` : '';
  return {
    kind: 'FOLLOW_UP_OVERDUE',
    title: `Forfalt: ${action.title}`.slice(0, 300),
    body: `Oppfølgingstiltaket «${action.title}»${where} hadde frist ${formatDate(action.deadline)} og er ikke fullført. Ansvarlig: ${action.ownerName}.`.slice(
      0,
      4000,
    ),
    link: FOLLOW_UP_PATH,
  };
}
