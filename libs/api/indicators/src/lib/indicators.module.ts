import { Module } from '@nestjs/common';
import { ImportJobs, SsbHttp } from '@samarbeid/api/data-access';

import { IndicatorsExportController } from './excel/indicators-export.controller';
import { IndicatorCommandService } from './indicator-command.service';
import { IndicatorQueryService } from './indicator-query.service';
import { IndicatorRepository } from './indicator.repository';
import { IndicatorResolver } from './indicator.resolver';
import { KostraBenchmarkService } from './kostra/kostra-benchmark.service';
import { KostraImportService } from './kostra/kostra-import.service';
import { KostraRepository } from './kostra/kostra.repository';

export const INDICATOR_RESOLVERS = [IndicatorResolver] as const;

/** Indicators over time: measured values, trend and status, the KPI table and its export, KOSTRA from SSB. */
@Module({
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
    ...INDICATOR_RESOLVERS,
  ],
})
export class IndicatorsModule {}
