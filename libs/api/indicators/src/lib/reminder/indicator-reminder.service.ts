import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationContent } from '@samarbeid/api/data-access';
import { MailDeliveryWorker, noticeMail, recordAudit, ScheduledRun } from '@samarbeid/api/data-access';
import type { AppConfig, MailMessage } from '@samarbeid/api/platform';
import { InjectConfig } from '@samarbeid/api/platform';
import { DataSource } from 'typeorm';

import { reminderPeriod } from '../domain/reminder-period';
import type { IndicatorRow } from '../indicator.repository';
import { IndicatorReminderRepository } from './indicator-reminder.repository';

/** Who the history names for the scheduled reminders. */
export const INDICATOR_REMINDER_SCHEDULE = {
  id: 'system:indicator-reminders',
  name: 'Automatisk påminnelse',
} as const;

/**
 * Reminds an indicator's owners when the value for its last closed period is missing (reporting frequency: a year, or
 * a half-year): the leaders of the network that owns it (an indicator on a strategy goal, a measure or a benefit), the
 * creator of a region's KPI set, or the director of the municipality whose set it is — in the app, and by e-mail where
 * the address is known. Each indicator once per period. Every API process runs it on the reminders' schedule
 * (REPORT_REMINDERS_INTERVAL_MINUTES; see ScheduledRun); a run locks the region's indicators with `FOR UPDATE SKIP
 * LOCKED` and claims each (indicator, period) by inserting its mark (indicator_reminder, a primary key) in the same
 * transaction as the notifications, so however many runs race, each reminder goes once. `now` is the caller's clock.
 */
@Injectable()
export class IndicatorReminderService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly webOrigin: string;
  private readonly schedule: ScheduledRun;
  private readonly db: IndicatorReminderRepository;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly delivery: MailDeliveryWorker,
    @InjectConfig() config: AppConfig,
  ) {
    this.db = new IndicatorReminderRepository(dataSource.manager);
    this.webOrigin = config.webOrigins[0] ?? '';
    this.schedule = new ScheduledRun('Indicator reminders', config.reminders.intervalMinutes * 60_000, () =>
      this.remindAll(),
    );
  }

  onApplicationBootstrap(): void {
    this.schedule.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.schedule.stop();
  }

  /** Every region, each in its own transaction. Returns how many indicators were reminded. */
  async remindAll(now: Date = new Date()): Promise<number> {
    let reminded = 0;
    for (const regionId of await this.db.regions()) reminded += await this.remindRegion(regionId, now);
    return reminded;
  }

  private async remindRegion(regionId: string, now: Date): Promise<number> {
    const today = osloDate(now);
    const { reminded, mailed } = await this.db.transaction(async (tx) => {
      const indicators = await tx.lockIndicators(regionId);
      const recorded = await tx.recorded(indicators.map((row) => row.id));
      const due = indicators.flatMap((row) => {
        const area = row.kpiSetMunicipality;
        const periods = recorded
          .filter((value) => value.indicatorId === row.id && value.municipalityNumber === area)
          .map((value) => value.period);
        const period = reminderPeriod(row, periods, today);
        return period ? [{ row, period }] : [];
      });
      const claimed = await tx.claim(due.map(({ row, period }) => ({ indicatorId: row.id, period })));
      const mine = due.filter(({ row }) => claimed.has(row.id));
      if (mine.length === 0) return { reminded: 0, mailed: 0 };
      const leaders = await tx.leaders([...new Set(mine.map(({ row }) => row.networkId).filter(isString))]);
      const owners = await tx.setOwners([...new Set(mine.map(({ row }) => row.kpiSetId).filter(isString))]);
      const mail: MailMessage[] = [];
      for (const { row, period } of mine) {
        const notice = dueNotice(row, period);
        if (row.kpiSetMunicipality) await tx.notifications.toDirector(row.kpiSetMunicipality, notice);
        const owner = row.kpiSetId ? owners.get(row.kpiSetId) : undefined;
        if (row.kpiSetId && !row.kpiSetMunicipality && owner) await tx.notifications.toUser(owner, notice);
        for (const leader of leaders.filter((entry) => entry.networkId === row.networkId)) {
          await tx.notifications.toUser(leader.userId, notice);
          if (leader.email) mail.push(noticeMail(this.webOrigin, leader.email, notice, 'Åpne indikatoren'));
        }
      }
      const mailed = this.delivery.enabled ? await tx.notifications.mail(mail) : 0;
      await recordAudit(tx.manager, INDICATOR_REMINDER_SCHEDULE, {
        action: 'UPDATE',
        entityType: 'indicator',
        entityId: regionId,
        regionId,
        summary: `Påminnelse sendt om ${mine.length} indikatorer som mangler verdi`,
        after: { reminded: mine.map(({ row, period }) => ({ indicatorId: row.id, period })) },
      });
      return { reminded: mine.length, mailed };
    });
    if (mailed > 0) this.delivery.wake();
    return reminded;
  }
}

const isString = (value: string | null): value is string => value !== null;

/** The date in Oslo ("2026-03-15"). */
function osloDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** Where the indicator is shown in the web app. */
export function indicatorLink(row: IndicatorRow): string {
  if (row.strategyId) return `/indikatorer/strategi/${row.strategyId}`;
  if (row.measureCode) return `/tiltak/${encodeURIComponent(row.measureCode)}/indikatorer`;
  return `/indikatorer/sett/${row.kpiSetId ?? ''}`;
}

/** The reminder's text (Norwegian: the users' language). */
export function dueNotice(row: IndicatorRow, period: string): NotificationContent {
  const area = row.kpiSetMunicipality ? 'kommunen' : row.regionName;
  return {
    kind: 'INDICATOR_DUE',
    title: `Verdi mangler: ${row.name} (${period})`.slice(0, 300),
    body: `Indikatoren «${row.name}» (${row.placedOn}) mangler verdi for ${period} for ${area}. Registrer verdien, eller at den ikke ble målt.`.slice(
      0,
      4000,
    ),
    link: indicatorLink(row),
  };
}
