import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { MunicipalityOverviewArgs, NetworkOverviewArgs, RegionOverviewArgs } from './dto/overview.inputs';
import { MunicipalityOverview, NetworkOverview, RegionOverview } from './dto/overview.types';
import { OverviewService } from './overview.service';

@Resolver()
export class OverviewResolver {
  constructor(private readonly overviews: OverviewService) {}

  @Query(() => RegionOverview, {
    description:
      "The region at a glance (secretariat, and the directors of the region's municipalities): measures, mobilisation, savings gap, deadlines, approvals, stuck and blocked measures, decisions.",
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector)
  regionOverview(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug, stuckMonths, deadlineMonths }: RegionOverviewArgs,
  ): Promise<RegionOverview> {
    return this.overviews.region(user, regionSlug, stuckMonths, deadlineMonths);
  }

  @Query(() => MunicipalityOverview, {
    description:
      "A municipality's part in the region's measures (secretariat, and the municipality's own director or politicians).",
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector, Role.Viewer)
  municipalityOverview(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug, municipalityNumber }: MunicipalityOverviewArgs,
  ): Promise<MunicipalityOverview> {
    return this.overviews.municipality(user, regionSlug, municipalityNumber);
  }

  @Query(() => NetworkOverview, {
    description: 'A network at a glance (secretariat, and the network’s leader).',
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  networkOverview(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { networkId }: NetworkOverviewArgs,
  ): Promise<NetworkOverview> {
    return this.overviews.network(user, networkId);
  }

  @Query(() => [NetworkOverview], { description: 'The overviews of the networks the caller leads, by name.' })
  @Allow(Role.NetworkLeader, Role.NetworkMember)
  ledNetworkOverviews(@CurrentUser() user: AuthenticatedUser): Promise<NetworkOverview[]> {
    return this.overviews.ledNetworks(user);
  }
}
