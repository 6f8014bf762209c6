import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';

import { MarkNotificationsReadArgs, NotificationsArgs } from '../dto/agreements.inputs';
import { MarkNotificationsReadResult, Notification, NotificationConnection } from '../dto/agreements.types';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, {
    description: "The caller's notifications, newest first (a director also gets their municipality's).",
  })
  @AllowSignedIn()
  notifications(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: NotificationsArgs,
  ): Promise<Page<Notification>> {
    return this.service.list(user, args);
  }

  @Query(() => Int)
  @AllowSignedIn()
  unreadNotificationCount(@CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => MarkNotificationsReadResult, {
    description: "Marks some of the caller's notifications read.",
  })
  @AllowSignedIn()
  markNotificationsRead(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<MarkNotificationsReadResult> {
    return this.service.markRead(user, args);
  }
}
