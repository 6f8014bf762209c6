import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CostSharePreviewArgs,
  MeasureIdArgs,
  SetCostKeyInput,
  SetMeasureCostsInput,
} from '../dto/economics.inputs';
import { CostShareTable, MeasureEconomics } from '../dto/economics.types';
import { CostPlanService } from './cost-plan.service';

@Resolver(() => MeasureEconomics)
export class CostResolver {
  constructor(private readonly costs: CostPlanService) {}

  @Query(() => MeasureEconomics, {
    description: "A measure's costs, distribution key and each participant's share.",
  })
  @AllowSignedIn()
  measureEconomics(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: MeasureIdArgs,
  ): Promise<MeasureEconomics> {
    return this.costs.economics(user, args.measureId);
  }

  @Query(() => CostShareTable, {
    description:
      'The shares under a key not yet saved and/or without some participants ("what if"). Saves nothing.',
  })
  @AllowSignedIn()
  costSharePreview(@Args() args: CostSharePreviewArgs): Promise<CostShareTable> {
    return this.costs.preview(args);
  }

  @Mutation(() => MeasureEconomics, {
    description: "Replaces a measure's yearly costs; secretariat or the owning network's leader.",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  setMeasureCosts(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetMeasureCostsInput,
  ): Promise<MeasureEconomics> {
    return this.costs.setCosts(user, input);
  }

  @Mutation(() => MeasureEconomics, {
    description: "Sets a measure's distribution key; secretariat or the owning network's leader.",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  setCostKey(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetCostKeyInput,
  ): Promise<MeasureEconomics> {
    return this.costs.setKey(user, input);
  }
}
