import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role, strategyIsOpen } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import { Decision, Measure, Network } from '../dto/portfolio.types';
import { IdArgs } from '../dto/args';
import { PortfolioLoaders } from '../portfolio.loaders';
import { strategyLoaders } from './strategy.loaders';
import { StrategyCommandService } from './strategy-command.service';
import { strategyNotFound } from './strategy.errors';
import {
  CreateStrategyInput,
  NetworkStrategiesArgs,
  SaveStrategyInput,
  CarryOverActionPlanInput,
  SetActionPlanInput,
  StrategyStepInput,
} from './strategy.inputs';
import { StrategyQueryService } from './strategy-query.service';
import { ActionPlanItem, ActionPlanItemReport, Strategy, StrategyGoal } from './strategy.types';

const EDITORS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember];

@Resolver(() => Strategy)
export class StrategyResolver {
  constructor(
    private readonly queries: StrategyQueryService,
    private readonly commands: StrategyCommandService,
    private readonly loaders: PortfolioLoaders,
  ) {}

  @Query(() => [Strategy], { description: "A network's strategies, newest period first." })
  @AllowSignedIn()
  strategies(
    @Args() { networkId }: NetworkStrategiesArgs,
    @Context() context: RequestContext,
  ): Promise<Strategy[]> {
    return strategyLoaders(context, this.queries).byNetwork.load(networkId);
  }

  @Query(() => Strategy)
  @AllowSignedIn()
  async strategy(@Args() { id }: IdArgs, @Context() context: RequestContext): Promise<Strategy> {
    const strategy = await strategyLoaders(context, this.queries).byId.load(id);
    if (!strategy) throw strategyNotFound();
    return strategy;
  }

  @Mutation(() => Strategy)
  @Allow(...EDITORS)
  createStrategy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateStrategyInput,
  ): Promise<Strategy> {
    return this.commands.create(user, input);
  }

  @Mutation(() => Strategy, {
    description: 'Saves title, period, goals and indicators together (draft or consultation).',
  })
  @Allow(...EDITORS)
  saveStrategy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveStrategyInput,
  ): Promise<Strategy> {
    return this.commands.save(user, input);
  }

  @Mutation(() => Strategy, { description: "Replaces one year's action plan: prioritised measures by code." })
  @Allow(...EDITORS)
  setActionPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetActionPlanInput,
  ): Promise<Strategy> {
    return this.commands.setActionPlan(user, input);
  }

  @Mutation(() => Strategy, {
    description:
      "Starts next year's action plan from this year's unfinished measures (completed or rejected stay behind).",
  })
  @Allow(...EDITORS)
  carryOverActionPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CarryOverActionPlanInput,
  ): Promise<Strategy> {
    return this.commands.carryOverActionPlan(user, input);
  }

  @Mutation(() => Strategy, { description: 'Draft → consultation.' })
  @Allow(...EDITORS)
  submitStrategy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: StrategyStepInput,
  ): Promise<Strategy> {
    return this.commands.step(user, input, 'CONSULTATION');
  }

  @Mutation(() => Strategy, { description: 'Consultation → adopted, with the KDU decision (secretariat).' })
  @Allow(Role.Secretariat)
  adoptStrategy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: StrategyStepInput,
  ): Promise<Strategy> {
    return this.commands.step(user, input, 'ADOPTED');
  }

  @Mutation(() => Strategy, { description: 'Adopted → archived (secretariat).' })
  @Allow(Role.Secretariat)
  archiveStrategy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: StrategyStepInput,
  ): Promise<Strategy> {
    return this.commands.step(user, input, 'ARCHIVED');
  }

  @ResolveField(() => Network)
  async network(@Parent() strategy: Strategy, @Context() context: RequestContext): Promise<Network> {
    return (await this.loaders.for(context).network.load(strategy.networkId)) as Network;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the signed-in user may change it now (its network leader or the secretariat, while a draft or on consultation).',
  })
  async viewerCanEdit(@Parent() strategy: Strategy, @Context() context: RequestContext): Promise<boolean> {
    const user = context.req.user;
    if (!user || !strategyIsOpen(strategy.status)) return false;
    if (user.roles.includes(Role.Secretariat)) return true;
    return (await this.loaders.for(context).ledNetworks.load(user.id)).has(strategy.networkId);
  }

  @ResolveField(() => [StrategyGoal])
  goals(@Parent() strategy: Strategy, @Context() context: RequestContext): Promise<StrategyGoal[]> {
    return strategyLoaders(context, this.queries).goals.load(strategy.id);
  }

  @ResolveField(() => [ActionPlanItem], { description: 'Action plan items, by year and priority.' })
  async actionPlan(
    @Parent() strategy: Strategy,
    @Context() context: RequestContext,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<ActionPlanItem[]> {
    const items = await strategyLoaders(context, this.queries).actionPlan.load(strategy.id);
    return year === undefined ? items : items.filter((item) => item.year === year);
  }

  @ResolveField(() => Decision, { nullable: true, description: 'The KDU decision that adopted it.' })
  async adoptedBy(
    @Parent() strategy: Strategy,
    @Context() context: RequestContext,
  ): Promise<Decision | null> {
    if (!strategy.adoptedByDecisionId) return null;
    return this.loaders.for(context).decision.load(strategy.adoptedByDecisionId);
  }
}

@Resolver(() => ActionPlanItem)
export class ActionPlanItemResolver {
  constructor(
    private readonly loaders: PortfolioLoaders,
    private readonly queries: StrategyQueryService,
  ) {}

  @ResolveField(() => Measure)
  async measure(@Parent() item: ActionPlanItem, @Context() context: RequestContext): Promise<Measure> {
    return (await this.loaders.for(context).measure.load(item.measureId)) as Measure;
  }

  @ResolveField(() => ActionPlanItemReport, {
    nullable: true,
    description: "The newest status report on the item's measure, or null before its first reporting period.",
  })
  latestReport(
    @Parent() item: ActionPlanItem,
    @Context() context: RequestContext,
  ): Promise<ActionPlanItemReport | null> {
    return strategyLoaders(context, this.queries).latestReport.load(item.measureId);
  }
}

@Resolver(() => Network)
export class NetworkStrategiesResolver {
  constructor(private readonly queries: StrategyQueryService) {}

  @ResolveField(() => [Strategy])
  strategies(@Parent() network: Network, @Context() context: RequestContext): Promise<Strategy[]> {
    return strategyLoaders(context, this.queries).byNetwork.load(network.id);
  }
}

@Resolver(() => Decision)
export class DecisionStrategiesResolver {
  constructor(private readonly queries: StrategyQueryService) {}

  @ResolveField(() => [Strategy], { description: 'The strategies this decision adopted.' })
  strategies(@Parent() decision: Decision, @Context() context: RequestContext): Promise<Strategy[]> {
    return context.loaders
      .get(
        'strategy.adoptedBy',
        () => new DataLoader<string, Strategy[]>((ids) => this.queries.adoptedBy(ids)),
      )
      .load(decision.id);
  }
}
