import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CreateRoutineInput,
  RecordRoutineReviewInput,
  RoutinesArgs,
  UpdateRoutineInput,
} from '../dto/preparedness.inputs';
import { PreparednessRoutine, PreparednessRoutineConnection } from '../dto/preparedness.types';
import { RoutineService } from './routine.service';

const RECORDERS = [Role.Secretariat, Role.MunicipalDirector];

@Resolver(() => PreparednessRoutine)
export class RoutineResolver {
  constructor(private readonly routines: RoutineService) {}

  @Query(() => PreparednessRoutineConnection, {
    description: "A region's preparedness routines, those due for review first.",
  })
  @AllowSignedIn()
  preparednessRoutines(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: RoutinesArgs,
  ): Promise<Page<PreparednessRoutine>> {
    return this.routines.list(user, args);
  }

  @Mutation(() => PreparednessRoutine, {
    description: 'Registers a routine of a municipality (the secretariat or its director) or of the region.',
  })
  @Allow(...RECORDERS)
  createPreparednessRoutine(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateRoutineInput,
  ): Promise<PreparednessRoutine> {
    return this.routines.create(user, input);
  }

  @Mutation(() => PreparednessRoutine, {
    description: "Changes a routine's title, owner or review interval.",
  })
  @Allow(...RECORDERS)
  updatePreparednessRoutine(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateRoutineInput,
  ): Promise<PreparednessRoutine> {
    return this.routines.update(user, input);
  }

  @Mutation(() => PreparednessRoutine, {
    description: 'Records that a routine was reviewed (also its owner).',
  })
  @AllowSignedIn()
  recordRoutineReview(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordRoutineReviewInput,
  ): Promise<PreparednessRoutine> {
    return this.routines.recordReview(user, input);
  }
}
