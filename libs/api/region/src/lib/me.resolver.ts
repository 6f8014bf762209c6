import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { AllowAuthenticated, CurrentUser } from '@samarbeid/api/platform';

import { CurrentUserType, Municipality } from './dto/region.types';
import { regionLoaders } from './region.loaders';
import { RegionService } from './region.service';

@Resolver(() => CurrentUserType)
export class MeResolver {
  constructor(private readonly service: RegionService) {}

  @Query(() => CurrentUserType)
  @AllowAuthenticated()
  me(@CurrentUser() user: AuthenticatedUser): CurrentUserType {
    return { ...user, roles: [...user.roles] };
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(
    @Parent() user: CurrentUserType,
    @Context() context: RequestContext,
  ): Promise<Municipality | null> {
    if (!user.municipalityNumber) return Promise.resolve(null);
    return regionLoaders(context, this.service).municipality.load(user.municipalityNumber);
  }
}
