import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { Allow, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { Network, NetworkMember } from '../dto/portfolio.types';
import { PortfolioLoaders } from '../portfolio.loaders';
import {
  AddNetworkMemberInput,
  CloseNetworkInput,
  CreateNetworkInput,
  EndNetworkMembershipInput,
  UpdateNetworkInput,
} from './network-admin.inputs';
import { NetworkAdminService } from './network-admin.service';

/** The secretariat's changes to networks, working groups and their memberships, and the membership history. */
@Resolver(() => Network)
export class NetworkAdminResolver {
  constructor(
    private readonly service: NetworkAdminService,
    private readonly loaders: PortfolioLoaders,
  ) {}

  @Mutation(() => Network, { description: 'The secretariat creates a network or a working group.' })
  @Allow(Role.Secretariat)
  createNetwork(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateNetworkInput,
  ): Promise<Network> {
    return this.service.create(user, input);
  }

  @Mutation(() => Network, { description: "The secretariat changes a network's settings." })
  @Allow(Role.Secretariat)
  updateNetwork(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateNetworkInput,
  ): Promise<Network> {
    return this.service.update(user, input);
  }

  @Mutation(() => Network, { description: 'The secretariat closes a network; its memberships end that day.' })
  @Allow(Role.Secretariat)
  closeNetwork(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CloseNetworkInput,
  ): Promise<Network> {
    return this.service.close(user, input);
  }

  @Mutation(() => NetworkMember, {
    description: 'The secretariat adds a member (a leader, member or secretary).',
  })
  @Allow(Role.Secretariat)
  addNetworkMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddNetworkMemberInput,
  ): Promise<NetworkMember> {
    return this.service.addMember(user, input);
  }

  @Mutation(() => NetworkMember, {
    description: 'The secretariat ends a membership; it stays in the history.',
  })
  @Allow(Role.Secretariat)
  endNetworkMembership(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: EndNetworkMembershipInput,
  ): Promise<NetworkMember> {
    return this.service.endMembership(user, input);
  }

  @ResolveField(() => [NetworkMember], {
    description: 'Every membership the network has had, ended ones included, newest first.',
  })
  memberHistory(@Parent() network: Network, @Context() context: RequestContext): Promise<NetworkMember[]> {
    return this.loaders.for(context).memberHistory.load(network.id);
  }
}
