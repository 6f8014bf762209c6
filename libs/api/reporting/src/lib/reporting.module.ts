import { Module } from '@nestjs/common';
import { MailOutboxModule } from '@samarbeid/api/data-access';

import { CompileResolver } from './compile/compile.resolver';
import { CompileService } from './compile/compile.service';
import { ReportExportController } from './document/report-export.controller';
import { PeriodResolver } from './period/period.resolver';
import { PeriodService } from './period/period.service';
import { ReportingReminderService } from './reminder/reminder.service';
import { ReportResolver } from './report/report.resolver';
import { ReportService } from './report/report.service';
import { REPORTING_DB } from './repository/reporting.db';

export const REPORTING_RESOLVERS = [PeriodResolver, ReportResolver, CompileResolver] as const;

/**
 * Reporting: the yearly cycle. Periods the secretariat opens, status reports the owners write and the secretariat
 * approves or returns, reminders before and after the due date.
 */
@Module({
  imports: [MailOutboxModule],
  controllers: [ReportExportController],
  providers: [
    REPORTING_DB,
    CompileService,
    PeriodService,
    ReportService,
    ReportingReminderService,
    ...REPORTING_RESOLVERS,
  ],
  exports: [ReportingReminderService, CompileService],
})
export class ReportingModule {}
