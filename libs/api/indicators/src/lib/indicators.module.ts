import { Module } from '@nestjs/common';
import { ImportJobs, MailOutboxModule, SsbHttp } from '@samarbeid/api/data-access';

import { IndicatorsExportController } from './excel/indicators-export.controller';
import { IndicatorCommandService } from './indicator-command.service';
import { IndicatorQueryService } from './indicator-query.service';
import { IndicatorRepository } from './indicator.repository';
import { IndicatorResolver } from './indicator.resolver';
import { KostraBenchmarkService } from './kostra/kostra-benchmark.service';
import { KostraImportService } from './kostra/kostra-import.service';
import { KostraRepository } from './kostra/kostra.repository';
import { PlacementRepository } from './placement/placement.repository';
import { PlacementResolver } from './placement/placement.resolver';
import { PlacementService } from './placement/placement.service';
import { IndicatorReminderService } from './reminder/indicator-reminder.service';

export const INDICATOR_RESOLVERS = [IndicatorResolver, PlacementResolver] as const;

/**
 * Indicators over time: measured values, trend and status, the KPI tables (strategy, network, region, KPI set,
 * measure) and their export, KPI sets and indicators on measures and benefits, reminders when a value is due, KOSTRA
 * from SSB.
 */
@Module({
  imports: [MailOutboxModule],
  controllers: [IndicatorsExportController],
  providers: [
    SsbHttp,
    ImportJobs,
    IndicatorRepository,
    KostraRepository,
    IndicatorQueryService,
    IndicatorCommandService,
    KostraBenchmarkService,
    KostraImportService,
    PlacementRepository,
    PlacementService,
    IndicatorReminderService,
    ...INDICATOR_RESOLVERS,
  ],
  exports: [IndicatorReminderService],
})
export class IndicatorsModule {}
