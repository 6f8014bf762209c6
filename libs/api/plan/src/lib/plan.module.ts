import { Module } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';

import { PlanCommandService } from './plan-command.service';
import { PlanExportController } from './plan-export.controller';
import { PlanQueryService } from './plan-query.service';
import { PlanRepository } from './plan.repository';
import { PlanResolver } from './plan.resolver';

export const PLAN_RESOLVERS = [PlanResolver] as const;

/** The implementation plan (gjennomføringsplan): bars, milestones, capacity, baselines, Excel and calendar feeds. */
@Module({
  controllers: [PlanExportController],
  providers: [PlanRepository, PlanQueryService, PlanCommandService, ...PLAN_RESOLVERS, PortfolioAccess],
})
export class PlanModule {}
