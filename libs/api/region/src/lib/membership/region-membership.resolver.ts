import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { Allow, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import { Region } from '../dto/region.types';
import { RegionMembershipService } from './region-membership.service';
import { JoinRegionInput, LeaveRegionInput, RegionMembership } from './region-membership.types';

/** The region's member municipalities with dates: who joined and left when, and the secretariat's changes. */
@Resolver(() => Region)
export class RegionMembershipResolver {
  constructor(private readonly service: RegionMembershipService) {}

  @ResolveField(() => [RegionMembership], {
    description:
      'Every membership of a municipality in the region, past ones included (at most one per period).',
  })
  memberships(@Parent() region: Region, @Context() context: RequestContext): Promise<RegionMembership[]> {
    return context.loaders
      .get(
        'region.memberships',
        () => new DataLoader<string, RegionMembership[]>((ids) => this.service.ofRegions(ids)),
      )
      .load(region.id);
  }

  @Mutation(() => RegionMembership, {
    description: 'The secretariat records a municipality joining the region.',
  })
  @Allow(Role.Secretariat)
  joinRegion(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: JoinRegionInput,
  ): Promise<RegionMembership> {
    return this.service.join(user, input);
  }

  @Mutation(() => RegionMembership, {
    description: 'The secretariat records a municipality leaving the region.',
  })
  @Allow(Role.Secretariat)
  leaveRegion(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: LeaveRegionInput,
  ): Promise<RegionMembership> {
    return this.service.leave(user, input);
  }
}
