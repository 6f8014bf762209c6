import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  MunicipalityEconomicsArgs,
  RegionSlugArgs,
  SetBenefitThresholdsInput,
  SetSavingsRequirementsInput,
} from '../dto/economics.inputs';
import { MunicipalityEconomics, RegionEconomics } from '../dto/economics.types';
import { SavingsService } from '../savings/savings.service';
import { EconomicsOverviewService } from './economics-overview.service';

@Resolver(() => RegionEconomics)
export class EconomicsOverviewResolver {
  constructor(
    private readonly overview: EconomicsOverviewService,
    private readonly savings: SavingsService,
  ) {}

  @Query(() => MunicipalityEconomics, {
    description:
      'What a municipality takes part in, pays and is planned to gain, per year, with the measures behind.',
  })
  @AllowSignedIn()
  municipalityEconomics(@Args() args: MunicipalityEconomicsArgs): Promise<MunicipalityEconomics> {
    return this.overview.municipality(args.regionSlug, args.municipalityNumber);
  }

  @Query(() => RegionEconomics, {
    description: "The region's required savings against planned and realised.",
  })
  @AllowSignedIn()
  regionEconomics(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: RegionSlugArgs,
  ): Promise<RegionEconomics> {
    return this.overview.regionEconomics(user, args.regionSlug);
  }

  @Mutation(() => RegionEconomics, {
    description: "Sets the region's benefit status thresholds (secretariat).",
  })
  @Allow(Role.Secretariat)
  setBenefitThresholds(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetBenefitThresholdsInput,
  ): Promise<RegionEconomics> {
    return this.savings.setThresholds(user, input);
  }

  @Mutation(() => RegionEconomics, {
    description: 'Replaces the required savings per year of the region or one municipality (secretariat).',
  })
  @Allow(Role.Secretariat)
  setSavingsRequirements(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetSavingsRequirementsInput,
  ): Promise<RegionEconomics> {
    return this.savings.setRequirements(user, input);
  }
}
