import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  AddMilestoneInput,
  CreatePlanCalendarFeedInput,
  FeedIdArgs,
  FreezeBaselineInput,
  MilestoneIdArgs,
  MoveMeasureInput,
  PlanArgs,
  SetNetworkCapacityInput,
  UpdateMilestoneInput,
} from './dto/plan.inputs';
import {
  CreatedPlanCalendarFeed,
  Plan,
  PlanBaseline,
  PlanMeasureMoved,
  PlanMilestone,
  PlanNetwork,
} from './dto/plan.types';
import { PlanCommandService } from './plan-command.service';
import { PlanQueryService } from './plan-query.service';

@Resolver(() => Plan)
export class PlanResolver {
  constructor(
    private readonly queries: PlanQueryService,
    private readonly commands: PlanCommandService,
  ) {}

  @Query(() => Plan, {
    description:
      "A region's implementation plan: measures and sub-measures as bars with milestones, dependencies and flags; conflicts, months over capacity, baselines and what moved since a chosen one.",
  })
  @AllowSignedIn()
  plan(@CurrentUser() user: AuthenticatedUser, @Args() args: PlanArgs): Promise<Plan> {
    return this.queries.plan(user, args);
  }

  @Mutation(() => PlanMeasureMoved, {
    description:
      "Moves a measure's start and end (and notes the resources it needs from other units): the secretariat or the owning network's leader.",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  moveMeasure(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: MoveMeasureInput,
  ): Promise<PlanMeasureMoved> {
    return this.commands.move(user, input);
  }

  @Mutation(() => PlanMilestone, {
    description: "Adds a milestone to a measure (secretariat or owning network's leader).",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  addPlanMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddMilestoneInput,
  ): Promise<PlanMilestone> {
    return this.commands.addMilestone(user, input);
  }

  @Mutation(() => PlanMilestone, {
    description: "Changes a milestone's name, date or done (secretariat or owning network's leader).",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  updatePlanMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateMilestoneInput,
  ): Promise<PlanMilestone> {
    return this.commands.updateMilestone(user, input);
  }

  @Mutation(() => ID, {
    description: "Removes a milestone (secretariat or owning network's leader); returns its id.",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  removePlanMilestone(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { id }: MilestoneIdArgs,
  ): Promise<string> {
    return this.commands.removeMilestone(user, id);
  }

  @Mutation(() => PlanNetwork, {
    description: 'Sets how many measures a network can run at once (secretariat).',
  })
  @Allow(Role.Secretariat)
  setNetworkCapacity(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetNetworkCapacityInput,
  ): Promise<PlanNetwork> {
    return this.commands.setCapacity(user, input);
  }

  @Mutation(() => PlanBaseline, {
    description: "Freezes the region's plan as a named, immutable baseline (secretariat).",
  })
  @Allow(Role.Secretariat)
  freezePlanBaseline(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: FreezeBaselineInput,
  ): Promise<PlanBaseline> {
    return this.commands.freeze(user, input);
  }

  @Mutation(() => CreatedPlanCalendarFeed, {
    description:
      "A calendar feed (.ics) of the plan's milestones and deadlines for the caller, at a secret address shown this once.",
  })
  @AllowSignedIn()
  createPlanCalendarFeed(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreatePlanCalendarFeedInput,
  ): Promise<CreatedPlanCalendarFeed> {
    return this.commands.createFeed(user, input);
  }

  @Mutation(() => ID, {
    description: "Revokes one of the caller's calendar feeds: its address answers 404 from now on.",
  })
  @AllowSignedIn()
  revokePlanCalendarFeed(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { id }: FeedIdArgs,
  ): Promise<string> {
    return this.commands.revokeFeed(user, id);
  }
}
