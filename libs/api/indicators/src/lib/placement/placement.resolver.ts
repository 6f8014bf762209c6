import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  AddIndicatorInput,
  CreateKpiSetInput,
  IndicatorIdArgs,
  IndicatorScopeArgs,
  RegionSlugArgs,
} from '../dto/indicator.inputs';
import { IndicatorBoard, IndicatorOverview, KpiSet } from '../dto/indicator.types';
import { IndicatorQueryService } from '../indicator-query.service';
import { PlacementService } from './placement.service';

/** Who may add and remove indicators: the finer check (own network, own municipality's set) is the service's. */
const MANAGERS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember, Role.MunicipalDirector];

@Resolver(() => KpiSet)
export class PlacementResolver {
  constructor(
    private readonly queries: IndicatorQueryService,
    private readonly placements: PlacementService,
  ) {}

  @Query(() => IndicatorBoard, {
    description:
      "A KPI table: a strategy's, a network's (its strategies' goals, measures and benefits), the region's (all of them), a KPI set's or a measure's (with its benefits') indicators.",
  })
  @AllowSignedIn()
  indicatorScopeBoard(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { scope, id }: IndicatorScopeArgs,
  ): Promise<IndicatorBoard> {
    return this.queries.scopeBoard(user, scope, id.trim());
  }

  @Query(() => [KpiSet], { description: "The region's KPI sets: its own first, then the municipalities'." })
  @AllowSignedIn()
  kpiSets(@CurrentUser() user: AuthenticatedUser, @Args() { regionSlug }: RegionSlugArgs): Promise<KpiSet[]> {
    return this.queries.kpiSets(user, regionSlug);
  }

  @Mutation(() => KpiSet, {
    description:
      "Creates a KPI set of the region (secretariat) or of one municipality (that municipality's director).",
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector)
  createKpiSet(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateKpiSetInput,
  ): Promise<KpiSet> {
    return this.placements.createKpiSet(user, input);
  }

  @Mutation(() => IndicatorOverview, {
    description:
      "Adds an indicator to a measure or a benefit (secretariat, the network's leader) or a KPI set (as createKpiSet).",
  })
  @Allow(...MANAGERS)
  addIndicator(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddIndicatorInput,
  ): Promise<IndicatorOverview> {
    return this.placements.addIndicator(user, input);
  }

  @Mutation(() => ID, {
    description:
      'Removes an indicator of a measure, a benefit or a KPI set with its values (as addIndicator).',
  })
  @Allow(...MANAGERS)
  removeIndicator(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { indicatorId }: IndicatorIdArgs,
  ): Promise<string> {
    return this.placements.removeIndicator(user, indicatorId);
  }
}
