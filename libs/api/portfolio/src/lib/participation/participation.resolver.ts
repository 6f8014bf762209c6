import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { Participation } from '../dto/portfolio.types';
import { SetParticipationInput } from './participation.inputs';
import { ParticipationService } from './participation.service';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(private readonly participation: ParticipationService) {}

  @Mutation(() => Participation, {
    description:
      "Sets a municipality's participation; only its director or the secretariat. Opting out needs a reason.",
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector)
  setParticipation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetParticipationInput,
  ): Promise<Participation> {
    return this.participation.set(user, input);
  }
}
