import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CreateExerciseInput,
  ExerciseArgs,
  ExercisesArgs,
  UpdateExerciseInput,
} from '../dto/preparedness.inputs';
import { Exercise, ExerciseConnection } from '../dto/preparedness.types';
import { ExerciseService } from './exercise.service';

const RECORDERS = [Role.Secretariat, Role.MunicipalDirector];

@Resolver(() => Exercise)
export class ExerciseResolver {
  constructor(private readonly service: ExerciseService) {}

  @Query(() => ExerciseConnection, { description: "A region's exercises, newest first, filtered." })
  @AllowSignedIn()
  exercises(@CurrentUser() user: AuthenticatedUser, @Args() args: ExercisesArgs): Promise<Page<Exercise>> {
    return this.service.list(user, args);
  }

  @Query(() => Exercise)
  @AllowSignedIn()
  exercise(@CurrentUser() user: AuthenticatedUser, @Args() { id }: ExerciseArgs): Promise<Exercise> {
    return this.service.get(user, id);
  }

  @Mutation(() => Exercise, {
    description:
      "Registers an exercise: the regional one (the secretariat) or a municipality's own (the secretariat or its director).",
  })
  @Allow(...RECORDERS)
  createExercise(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateExerciseInput,
  ): Promise<Exercise> {
    return this.service.create(user, input);
  }

  @Mutation(() => Exercise, {
    description: 'Changes an exercise: what it was, whether it was held, its evaluation.',
  })
  @Allow(...RECORDERS)
  updateExercise(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateExerciseInput,
  ): Promise<Exercise> {
    return this.service.update(user, input);
  }
}
