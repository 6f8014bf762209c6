import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, CurrentUser, type Page } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  MarkPublicFeedbackInput,
  PublicFeedbackArgs,
  PublishingArgs,
  SaveAccessibilityStatementInput,
  SetPublishingInput,
} from './dto/publishing.inputs';
import {
  PublicFeedback,
  PublicFeedbackConnection,
  Publishing,
  PublishingPreview,
} from './dto/publishing.types';
import { PublishingCommandService } from './publishing-command.service';
import { PublishingQueryService } from './publishing-query.service';

/** The secretariat's side of the public site: the switches, the statement, the feedback, a preview link. */
@Resolver(() => Publishing)
export class PublishingResolver {
  constructor(
    private readonly queries: PublishingQueryService,
    private readonly commands: PublishingCommandService,
  ) {}

  @Query(() => Publishing, {
    description:
      'What the region publishes on its public site, its accessibility statement, unread feedback (secretariat).',
  })
  @Allow(Role.Secretariat)
  publishing(@Args() { regionSlug }: PublishingArgs): Promise<Publishing> {
    return this.queries.settings(regionSlug);
  }

  @Query(() => PublicFeedbackConnection, {
    description: 'Messages from the public feedback form, newest first (secretariat).',
  })
  @Allow(Role.Secretariat)
  publicFeedback(@Args() { regionSlug, first, after }: PublicFeedbackArgs): Promise<Page<PublicFeedback>> {
    return this.queries.feedback(regionSlug, first, after);
  }

  @Mutation(() => Publishing, {
    description: 'Publishes a section of the public site, or takes it down (secretariat).',
  })
  @Allow(Role.Secretariat)
  setPublishing(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetPublishingInput,
  ): Promise<Publishing> {
    return this.commands.setPublished(user, input);
  }

  @Mutation(() => Publishing, { description: "Saves the region's accessibility statement (secretariat)." })
  @Allow(Role.Secretariat)
  saveAccessibilityStatement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveAccessibilityStatementInput,
  ): Promise<Publishing> {
    return this.commands.saveStatement(user, input);
  }

  @Mutation(() => PublicFeedback, {
    description: 'Marks a message from the public as read or unread (secretariat).',
  })
  @Allow(Role.Secretariat)
  markPublicFeedback(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: MarkPublicFeedbackInput,
  ): Promise<PublicFeedback> {
    return this.commands.markFeedback(user, input);
  }

  @Mutation(() => PublishingPreview, {
    description:
      'A link, valid for 30 minutes, that shows every available section exactly as the public will see it once published (secretariat).',
  })
  @Allow(Role.Secretariat)
  createPublishingPreview(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: PublishingArgs,
  ): Promise<PublishingPreview> {
    return this.commands.createPreview(user, regionSlug);
  }
}
