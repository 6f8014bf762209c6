import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';

import { RegionArgs, YearlyCheckArgs } from '../dto/preparedness.inputs';
import { PreparednessPerson, PreparednessYearlyCheck } from '../dto/preparedness.types';
import { YearlyCheckService } from './yearly-check.service';

@Resolver(() => PreparednessYearlyCheck)
export class YearlyCheckResolver {
  constructor(private readonly checks: YearlyCheckService) {}

  @Query(() => PreparednessYearlyCheck, {
    description:
      "A region's yearly preparedness check: per municipality, its own exercise and the regional one held this year (green/red), and its overdue follow-up actions.",
  })
  @AllowSignedIn()
  preparednessYearlyCheck(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug, year }: YearlyCheckArgs,
  ): Promise<PreparednessYearlyCheck> {
    return this.checks.check(user, regionSlug, year);
  }

  @Query(() => [PreparednessPerson], {
    description: "The people with a user in a region (its networks' and crisis teams' members), by name.",
  })
  @AllowSignedIn()
  preparednessPeople(@Args() { regionSlug }: RegionArgs): Promise<PreparednessPerson[]> {
    return this.checks.people(regionSlug);
  }
}
