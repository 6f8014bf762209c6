import { Module } from '@nestjs/common';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import { DecisionResolver } from './decision/decision.resolver';
import { DecisionService } from './decision/decision.service';
import { HistoryResolver } from './history/history.resolver';
import { HistoryService } from './history/history.service';
import { MeasureDependencyResolver, MeasureResolver } from './measure/measure.resolver';
import { MeasureCommandService } from './measure/measure-command.service';
import { MeasureQueryService } from './measure/measure-query.service';
import { NetworkResolver } from './network/network.resolver';
import { NetworkService } from './network/network.service';
import { ParticipationResolver } from './participation/participation.resolver';
import { ParticipationService } from './participation/participation.service';
import { PortfolioLoaders } from './portfolio.loaders';
import {
  ActionPlanItemResolver,
  DecisionStrategiesResolver,
  NetworkStrategiesResolver,
  StrategyResolver,
} from './strategy/strategy.resolver';
import { StrategyService } from './strategy/strategy.service';

export const PORTFOLIO_RESOLVERS = [
  MeasureResolver,
  MeasureDependencyResolver,
  NetworkResolver,
  ParticipationResolver,
  DecisionResolver,
  HistoryResolver,
  StrategyResolver,
  ActionPlanItemResolver,
  NetworkStrategiesResolver,
  DecisionStrategiesResolver,
] as const;

@Module({
  providers: [
    PortfolioAccess,
    PortfolioLoaders,
    MeasureQueryService,
    MeasureCommandService,
    NetworkService,
    ParticipationService,
    DecisionService,
    HistoryService,
    StrategyService,
    ...PORTFOLIO_RESOLVERS,
  ],
})
export class PortfolioModule {}
