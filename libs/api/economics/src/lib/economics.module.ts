import { Module } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { PausePoints } from '@samarbeid/api/platform';

import { BenefitResolver } from './benefit/benefit.resolver';
import { BenefitService } from './benefit/benefit.service';
import { CostPlanService } from './cost/cost-plan.service';
import { CostResolver } from './cost/cost.resolver';
import { EconomicsExcelService } from './excel/economics-excel.service';
import { EconomicsExportController } from './excel/economics-export.controller';
import { EconomicsOverviewResolver } from './overview/economics-overview.resolver';
import { EconomicsOverviewService } from './overview/economics-overview.service';

export const ECONOMICS_RESOLVERS = [CostResolver, BenefitResolver, EconomicsOverviewResolver] as const;

/** Costs, distribution keys and shares; benefit-realisation plans; the savings gap. */
@Module({
  controllers: [EconomicsExportController],
  providers: [
    PortfolioAccess,
    CostPlanService,
    BenefitService,
    EconomicsOverviewService,
    EconomicsExcelService,
    PausePoints,
    ...ECONOMICS_RESOLVERS,
  ],
})
export class EconomicsModule {}
