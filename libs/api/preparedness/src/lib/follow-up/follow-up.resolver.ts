import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser, PageArgs } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CreateFollowUpActionInput,
  FollowUpActionsArgs,
  RegionArgs,
  SetFollowUpStatusInput,
  UpdateFollowUpActionInput,
} from '../dto/preparedness.inputs';
import { FollowUpAction, FollowUpActionConnection, FollowUpReminders } from '../dto/preparedness.types';
import { FollowUpService } from './follow-up.service';
import { ReminderService } from './reminder.service';

const RECORDERS = [Role.Secretariat, Role.MunicipalDirector];

@Resolver(() => FollowUpAction)
export class FollowUpResolver {
  constructor(
    private readonly actions: FollowUpService,
    private readonly reminders: ReminderService,
  ) {}

  @Query(() => FollowUpActionConnection, {
    description: "A region's follow-up actions, by deadline (open ones first), filtered.",
  })
  @AllowSignedIn()
  followUpActions(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: FollowUpActionsArgs,
  ): Promise<Page<FollowUpAction>> {
    return this.actions.list(user, args);
  }

  @Query(() => FollowUpActionConnection, {
    description: "The caller's own open follow-up actions (Min oppfølging), in every region, by deadline.",
  })
  @AllowSignedIn()
  myFollowUpActions(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: PageArgs,
  ): Promise<Page<FollowUpAction>> {
    return this.actions.mine(user, args);
  }

  @Mutation(() => FollowUpAction, {
    description:
      "Records a follow-up action: for a municipality (the secretariat or its director) or the region's.",
  })
  @Allow(...RECORDERS)
  createFollowUpAction(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateFollowUpActionInput,
  ): Promise<FollowUpAction> {
    return this.actions.create(user, input);
  }

  @Mutation(() => FollowUpAction, {
    description: 'Changes what a follow-up action says, its owner or deadline.',
  })
  @Allow(...RECORDERS)
  updateFollowUpAction(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateFollowUpActionInput,
  ): Promise<FollowUpAction> {
    return this.actions.update(user, input);
  }

  @Mutation(() => FollowUpAction, {
    description: 'Moves a follow-up action on: not started, in progress, done (also its owner).',
  })
  @AllowSignedIn()
  setFollowUpActionStatus(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetFollowUpStatusInput,
  ): Promise<FollowUpAction> {
    return this.actions.setStatus(user, input);
  }

  @Mutation(() => FollowUpReminders, {
    description:
      "Reminds the owners of the region's overdue follow-up actions (each once until its deadline moves).",
  })
  @Allow(Role.Secretariat)
  remindOverdueFollowUpActions(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: RegionArgs,
  ): Promise<FollowUpReminders> {
    return this.reminders.remindOverdue(user, regionSlug);
  }
}
