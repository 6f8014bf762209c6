import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import { Network } from '../dto/portfolio.types';
import {
  AnswerSelfEvaluationInput,
  CloseSelfEvaluationInput,
  SetSelfEvaluationQuestionsInput,
} from './self-evaluation.inputs';
import { SelfEvaluationService } from './self-evaluation.service';
import { SelfEvaluation, SelfEvaluationQuestionList } from './self-evaluation.types';

/** The networks' yearly self-evaluation (F2): the region's questions, and each network's answers by year. */
@Resolver(() => Network)
export class SelfEvaluationResolver {
  constructor(private readonly service: SelfEvaluationService) {}

  @Query(() => SelfEvaluationQuestionList, {
    description: "The region's self-evaluation questions, active and retired, in order.",
  })
  @AllowSignedIn()
  selfEvaluationQuestions(@Args('regionSlug') regionSlug: string): Promise<SelfEvaluationQuestionList> {
    return this.service.questions(regionSlug);
  }

  @Mutation(() => SelfEvaluationQuestionList, {
    description:
      'The secretariat sets the questions: text, scale and order; answered ones can only be retired.',
  })
  @Allow(Role.Secretariat)
  setSelfEvaluationQuestions(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetSelfEvaluationQuestionsInput,
  ): Promise<SelfEvaluationQuestionList> {
    return this.service.setQuestions(user, input);
  }

  @Mutation(() => SelfEvaluation, {
    description: "A network's leader (or the secretariat) answers the year's self-evaluation, or changes it.",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember)
  answerSelfEvaluation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AnswerSelfEvaluationInput,
  ): Promise<SelfEvaluation> {
    return this.service.answer(user, input);
  }

  @Mutation(() => SelfEvaluation, {
    description: 'The secretariat closes a year: its answers no longer change.',
  })
  @Allow(Role.Secretariat)
  closeSelfEvaluation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CloseSelfEvaluationInput,
  ): Promise<SelfEvaluation> {
    return this.service.close(user, input);
  }

  @ResolveField(() => [SelfEvaluation], {
    description: "The network's self-evaluations, newest year first (one a year).",
  })
  selfEvaluations(@Parent() network: Network, @Context() context: RequestContext): Promise<SelfEvaluation[]> {
    return context.loaders
      .get(
        'network.selfEvaluations',
        () => new DataLoader<string, SelfEvaluation[]>((ids) => this.service.evaluationsOf(ids)),
      )
      .load(network.id);
  }
}
