export * from './lib/indicators.module';
export { KOSTRA_GROUPS } from './lib/kostra/kostra-catalogue';
export { IndicatorReminderService } from './lib/reminder/indicator-reminder.service';
