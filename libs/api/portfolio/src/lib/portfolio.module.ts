import { Module } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';

import { DecisionRepository } from './decision/decision.repository';
import { DecisionResolver } from './decision/decision.resolver';
import { DecisionService } from './decision/decision.service';
import { GovernanceRepository } from './governance/governance.repository';
import { GovernanceResolver } from './governance/governance.resolver';
import { GovernanceService } from './governance/governance.service';
import { HistoryRepository } from './history/history.repository';
import { HistoryResolver } from './history/history.resolver';
import { HistoryService } from './history/history.service';
import { MeasureRepository } from './measure/measure.repository';
import { MeasureDependencyResolver, MeasureResolver } from './measure/measure.resolver';
import { MeasureCommandService } from './measure/measure-command.service';
import { MeasureQueryService } from './measure/measure-query.service';
import { NetworkAdminRepository } from './network/network-admin.repository';
import { NetworkAdminResolver } from './network/network-admin.resolver';
import { NetworkAdminService } from './network/network-admin.service';
import { NetworkRepository } from './network/network.repository';
import { NetworkResolver } from './network/network.resolver';
import { NetworkService } from './network/network.service';
import { ParticipationRepository } from './participation/participation.repository';
import { ParticipationResolver } from './participation/participation.resolver';
import { ParticipationService } from './participation/participation.service';
import { PortfolioLoaders } from './portfolio.loaders';
import { RegionLookup } from './shared/region-lookup.repository';
import { SelfEvaluationRepository } from './self-evaluation/self-evaluation.repository';
import { SelfEvaluationResolver } from './self-evaluation/self-evaluation.resolver';
import { SelfEvaluationService } from './self-evaluation/self-evaluation.service';
import { PortfolioTransactions } from './shared/transaction';
import { StrategyCommandService } from './strategy/strategy-command.service';
import { StrategyQueryService } from './strategy/strategy-query.service';
import { StrategyRepository } from './strategy/strategy.repository';
import {
  ActionPlanItemResolver,
  DecisionStrategiesResolver,
  NetworkStrategiesResolver,
  StrategyResolver,
} from './strategy/strategy.resolver';

export const PORTFOLIO_RESOLVERS = [
  MeasureResolver,
  MeasureDependencyResolver,
  NetworkResolver,
  NetworkAdminResolver,
  ParticipationResolver,
  DecisionResolver,
  HistoryResolver,
  StrategyResolver,
  ActionPlanItemResolver,
  NetworkStrategiesResolver,
  DecisionStrategiesResolver,
  GovernanceResolver,
  SelfEvaluationResolver,
] as const;

/** One repository per aggregate (all the SQL), services that tell the story, resolvers that only delegate. */
const REPOSITORIES = [
  PortfolioTransactions,
  RegionLookup,
  MeasureRepository,
  StrategyRepository,
  NetworkRepository,
  NetworkAdminRepository,
  DecisionRepository,
  ParticipationRepository,
  HistoryRepository,
  GovernanceRepository,
  SelfEvaluationRepository,
];

@Module({
  providers: [
    PortfolioAccess,
    PortfolioLoaders,
    ...REPOSITORIES,
    MeasureQueryService,
    MeasureCommandService,
    NetworkService,
    NetworkAdminService,
    ParticipationService,
    DecisionService,
    HistoryService,
    GovernanceService,
    SelfEvaluationService,
    StrategyQueryService,
    StrategyCommandService,
    ...PORTFOLIO_RESOLVERS,
  ],
})
export class PortfolioModule {}
