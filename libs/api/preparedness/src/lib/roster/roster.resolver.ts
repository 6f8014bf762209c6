import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  AddCrisisTeamMemberInput,
  CrisisTeamMemberArgs,
  RegionArgs,
  RemoveCrisisTeamMemberInput,
  UpdateCrisisTeamMemberInput,
} from '../dto/preparedness.inputs';
import { CrisisTeamMember, CrisisTeamRoster, RemovedCrisisTeamMember } from '../dto/preparedness.types';
import { RosterService } from './roster.service';

@Resolver(() => CrisisTeamMember)
export class RosterResolver {
  constructor(private readonly roster: RosterService) {}

  @Query(() => CrisisTeamRoster, {
    description:
      "The region's psychosocial crisis team and each member municipality's, with their members. Contact details only for the team's own members and the secretariat.",
  })
  @AllowSignedIn()
  crisisTeams(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: RegionArgs,
  ): Promise<CrisisTeamRoster> {
    return this.roster.roster(user, regionSlug);
  }

  @Query(() => CrisisTeamMember, { description: 'One entry of a crisis team, with its deputies.' })
  @AllowSignedIn()
  crisisTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { id }: CrisisTeamMemberArgs,
  ): Promise<CrisisTeamMember> {
    return this.roster.member(user, id);
  }

  @Mutation(() => CrisisTeamMember, {
    description: 'Adds a person (or a deputy) to a crisis team (the secretariat).',
  })
  @Allow(Role.Secretariat)
  addCrisisTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddCrisisTeamMemberInput,
  ): Promise<CrisisTeamMember> {
    return this.roster.add(user, input);
  }

  @Mutation(() => CrisisTeamMember, {
    description: "Changes a person's role or contact details (the secretariat).",
  })
  @Allow(Role.Secretariat)
  updateCrisisTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateCrisisTeamMemberInput,
  ): Promise<CrisisTeamMember> {
    return this.roster.update(user, input);
  }

  @Mutation(() => RemovedCrisisTeamMember, {
    description: 'Takes a person off a crisis team, with their deputies (the secretariat).',
  })
  @Allow(Role.Secretariat)
  removeCrisisTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RemoveCrisisTeamMemberInput,
  ): Promise<RemovedCrisisTeamMember> {
    return this.roster.remove(user, input);
  }
}
