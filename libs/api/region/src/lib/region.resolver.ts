import { Args, ArgsType, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Page, RequestContext } from '@samarbeid/api/platform';
import { AllowSignedIn, PageArgs, TextField } from '@samarbeid/api/platform';
import { Matches } from 'class-validator';

import {
  Municipality,
  MunicipalityConnection,
  Population,
  Region,
  RegionConnection,
} from './dto/region.types';
import { REGION_SLUG } from './region.fields';
import { regionLoaders } from './region.loaders';
import { RegionService } from './region.service';

@ArgsType()
class RegionArgs {
  @TextField(REGION_SLUG)
  @Matches(/^[a-z0-9-]+$/, {
    message:
      'Kortnavnet kan bare ha små bokstaver a–z, sifre og bindestrek.|The short name may only contain a–z, digits and hyphens.',
  })
  slug!: string;
}

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly service: RegionService) {}

  @Query(() => RegionConnection)
  @AllowSignedIn()
  regions(@Args() page: PageArgs): Promise<Page<Region>> {
    return this.service.regions(page);
  }

  @Query(() => Region)
  @AllowSignedIn()
  region(@Args() { slug }: RegionArgs): Promise<Region> {
    return this.service.regionBySlug(slug);
  }

  @ResolveField(() => MunicipalityConnection, { description: 'Current member municipalities, by number.' })
  municipalities(
    @Parent() region: Region,
    @Args() { first, after }: PageArgs,
    @Context() context: RequestContext,
  ): Promise<Page<Municipality>> {
    return regionLoaders(context, this.service).members.load({
      regionId: region.id,
      first,
      after: after ?? null,
    });
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly service: RegionService) {}

  @ResolveField(() => Population, {
    nullable: true,
    description: 'Population on 1 January of the latest year recorded.',
  })
  population(
    @Parent() municipality: Municipality,
    @Context() context: RequestContext,
  ): Promise<Population | null> {
    return regionLoaders(context, this.service).population.load(municipality.number);
  }
}
