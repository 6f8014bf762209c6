import { Module } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { PausePoints } from '@samarbeid/api/platform';

import { BenefitResolver } from './benefit/benefit.resolver';
import { BenefitRepository } from './benefit/benefit.repository';
import { BenefitCommandService } from './benefit/benefit-command.service';
import { BenefitQueryService } from './benefit/benefit-query.service';
import { CostResolver } from './cost/cost.resolver';
import { CostPlanRepository } from './cost/cost-plan.repository';
import { CostPlanService } from './cost/cost-plan.service';
import { EconomicsAudit, EconomicsTransactions } from './economics-transactions';
import { BenefitPlanImportService } from './excel/benefit-plan-import.service';
import { EconomicsExcelService } from './excel/economics-excel.service';
import { EconomicsExportController } from './excel/economics-export.controller';
import { EconomicsOverviewResolver } from './overview/economics-overview.resolver';
import { EconomicsOverviewService } from './overview/economics-overview.service';
import { EconomicsOverviewReadModel } from './overview/economics-overview.read-model';
import { PortfolioReads } from './portfolio-reads.repository';
import { SavingsRepository } from './savings/savings.repository';
import { SavingsService } from './savings/savings.service';

export const ECONOMICS_RESOLVERS = [CostResolver, BenefitResolver, EconomicsOverviewResolver] as const;

/** Repositories: each holds every SQL statement of one aggregate (or, PortfolioReads, of what economics reads elsewhere). */
const REPOSITORIES = [
  CostPlanRepository,
  BenefitRepository,
  SavingsRepository,
  PortfolioReads,
  EconomicsOverviewReadModel,
] as const;

/** Costs, distribution keys and shares; benefit-realisation plans; the savings gap. */
@Module({
  controllers: [EconomicsExportController],
  providers: [
    PortfolioAccess,
    PausePoints,
    EconomicsTransactions,
    EconomicsAudit,
    ...REPOSITORIES,
    CostPlanService,
    BenefitQueryService,
    BenefitCommandService,
    SavingsService,
    EconomicsOverviewService,
    EconomicsExcelService,
    BenefitPlanImportService,
    ...ECONOMICS_RESOLVERS,
  ],
  // The public site's figures (the app hands them to publishing, which may not import this feature).
  exports: [EconomicsOverviewService],
})
export class EconomicsModule {}
