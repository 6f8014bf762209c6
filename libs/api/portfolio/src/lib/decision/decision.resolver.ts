import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { Decision, DecisionConnection, Measure, Network } from '../dto/portfolio.types';
import { RegionPageArgs } from '../dto/args';
import { PortfolioLoaders } from '../portfolio.loaders';
import { CreateDecisionInput } from './decision.inputs';
import { DecisionService } from './decision.service';

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(
    private readonly service: DecisionService,
    private readonly loaders: PortfolioLoaders,
  ) {}

  @Query(() => DecisionConnection, { description: "The region's decisions log, newest first." })
  @AllowSignedIn()
  decisions(@Args() args: RegionPageArgs): Promise<Page<Decision>> {
    return this.service.list(args.regionSlug, args);
  }

  @Mutation(() => Decision)
  @Allow(Role.Secretariat)
  createDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateDecisionInput,
  ): Promise<Decision> {
    return this.service.create(user, input);
  }

  @ResolveField(() => Network, { nullable: true, description: 'For a network decision: the network.' })
  network(@Parent() decision: Decision, @Context() context: RequestContext): Promise<Network | null> {
    return decision.networkId
      ? this.loaders.for(context).network.load(decision.networkId)
      : Promise.resolve(null);
  }

  @ResolveField(() => [Measure])
  async measures(@Parent() decision: Decision, @Context() context: RequestContext): Promise<Measure[]> {
    const loaders = this.loaders.for(context);
    const ids = await loaders.decisionMeasureIds.load(decision.id);
    const measures = await loaders.measure.loadMany(ids);
    return measures.filter((measure): measure is Measure => !!measure && !(measure instanceof Error));
  }
}
