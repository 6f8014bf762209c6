import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowIntegration, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CreateFocusItemInput,
  FocusItemArgs,
  FocusItemsArgs,
  ImportFocusValuesInput,
  PostFocusValuesInput,
  RecordFocusValueInput,
  SetFocusTargetInput,
  UpdateFocusItemInput,
} from './dto/focus.inputs';
import { FocusItem, FocusItemList, FocusValuesSaved } from './dto/focus.types';
import { FocusCommandService } from './focus-command.service';
import { FocusQueryService } from './focus-query.service';

@Resolver(() => FocusItem)
export class FocusResolver {
  constructor(
    private readonly queries: FocusQueryService,
    private readonly commands: FocusCommandService,
  ) {}

  @Query(() => FocusItemList, {
    description:
      "The region's focus items (or one municipality's) with their latest values, target and status.",
  })
  @AllowSignedIn()
  focusItems(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug, municipalityNumber }: FocusItemsArgs,
  ): Promise<FocusItemList> {
    return this.queries.list(user, regionSlug, municipalityNumber ?? null);
  }

  @Query(() => FocusItem, {
    description: 'One focus item with its values (the last 120 periods) and targets.',
  })
  @AllowSignedIn()
  focusItem(@CurrentUser() user: AuthenticatedUser, @Args() { id }: FocusItemArgs): Promise<FocusItem> {
    return this.queries.one(user, id);
  }

  @Mutation(() => FocusItem, {
    description: 'Creates a focus item for the region or a member (secretariat).',
  })
  @Allow(Role.Secretariat)
  createFocusItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateFocusItemInput,
  ): Promise<FocusItem> {
    return this.commands.create(user, input);
  }

  @Mutation(() => FocusItem, { description: 'Changes name, unit, direction and description (secretariat).' })
  @Allow(Role.Secretariat)
  updateFocusItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateFocusItemInput,
  ): Promise<FocusItem> {
    return this.commands.update(user, input);
  }

  @Mutation(() => FocusItem, {
    description: 'Sets (or, without a value, removes) the target from a period on (secretariat).',
  })
  @Allow(Role.Secretariat)
  setFocusTarget(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetFocusTargetInput,
  ): Promise<FocusItem> {
    return this.commands.setTarget(user, input);
  }

  @Mutation(() => FocusItem, {
    description:
      'Records (or replaces) a value by hand: the secretariat for all, a municipal director for their own municipality.',
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector)
  recordFocusValue(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordFocusValueInput,
  ): Promise<FocusItem> {
    return this.commands.record(user, input);
  }

  @Mutation(() => FocusValuesSaved, {
    description:
      'Values from an Excel (.xlsx) or CSV file (fokuspost;kommune;periode;verdi): all rows or none; every bad row is listed (secretariat).',
  })
  @Allow(Role.Secretariat)
  importFocusValues(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ImportFocusValuesInput,
  ): Promise<FocusValuesSaved> {
    return this.commands.import(user, input);
  }

  @Mutation(() => FocusValuesSaved, {
    description:
      "Values from another system, for the integration client's service account only (client-credentials grant, role integration): all or none, every bad value listed by position.",
  })
  @AllowIntegration()
  postFocusValues(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('input') input: PostFocusValuesInput,
  ): Promise<FocusValuesSaved> {
    return this.commands.post(actor, input);
  }
}
