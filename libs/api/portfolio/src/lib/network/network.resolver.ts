import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Page, RequestContext } from '@samarbeid/api/platform';
import { AllowSignedIn, notFound } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { Network, NetworkConnection, NetworkMember } from '../dto/portfolio.types';
import { IdArgs, RegionPageArgs } from '../dto/args';
import { PortfolioLoaders } from '../portfolio.loaders';
import { NetworkService } from './network.service';

@Resolver(() => Network)
export class NetworkResolver {
  constructor(
    private readonly service: NetworkService,
    private readonly loaders: PortfolioLoaders,
  ) {}

  @Query(() => NetworkConnection)
  @AllowSignedIn()
  networks(@Args() args: RegionPageArgs): Promise<Page<Network>> {
    return this.service.list(args.regionSlug, args);
  }

  @Query(() => Network)
  @AllowSignedIn()
  async network(@Args() { id }: IdArgs, @Context() context: RequestContext): Promise<Network> {
    const network = await this.loaders.for(context).network.load(id);
    if (!network) throw notFound({ nb: 'Fant ikke nettverket.', en: 'The network was not found.' });
    return network;
  }

  @ResolveField(() => Network, { nullable: true })
  parent(@Parent() network: Network, @Context() context: RequestContext): Promise<Network | null> {
    return network.parentId
      ? this.loaders.for(context).network.load(network.parentId)
      : Promise.resolve(null);
  }

  @ResolveField(() => Boolean, {
    description: "Whether the signed-in user may change the network's measures and strategies.",
  })
  async viewerCanEdit(@Parent() network: Network, @Context() context: RequestContext): Promise<boolean> {
    const user = context.req.user;
    if (!user) return false;
    if (user.roles.includes(Role.Secretariat)) return true;
    return (await this.loaders.for(context).ledNetworks.load(user.id)).has(network.id);
  }

  @ResolveField(() => [NetworkMember])
  members(@Parent() network: Network, @Context() context: RequestContext): Promise<NetworkMember[]> {
    return this.loaders.for(context).members.load(network.id);
  }
}
