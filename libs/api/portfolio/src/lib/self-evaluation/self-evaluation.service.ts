import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';

import { HistoryRepository } from '../history/history.repository';
import { RegionLookup } from '../shared/region-lookup.repository';
import { PortfolioTransactions, Transaction } from '../shared/transaction';
import {
  answersProblem,
  evaluationYearAllowed,
  questionListProblem,
  questionsToDelete,
} from './domain/self-evaluation-rules';
import { selfEvaluationAudit } from './self-evaluation.audit';
import {
  answersRefused,
  EVALUATION,
  evaluationClosed,
  evaluationNotFound,
  networkNotFound,
  notNetworkLeader,
  QUESTION_LIST,
  questionListRefused,
  yearNotAllowed,
} from './self-evaluation.errors';
import {
  AnswerSelfEvaluationInput,
  CloseSelfEvaluationInput,
  SetSelfEvaluationQuestionsInput,
} from './self-evaluation.inputs';
import { SelfEvaluationRepository } from './self-evaluation.repository';
import type { SelfEvaluation, SelfEvaluationQuestionList } from './self-evaluation.types';

const nameOf = (user: AuthenticatedUser) => user.name ?? user.username ?? user.id;

/**
 * The networks' yearly self-evaluation (F2): the secretariat keeps the region's questions; each network's leader
 * (or the secretariat) answers them once a year, and may change the answers until the secretariat closes the year.
 */
@Injectable()
export class SelfEvaluationService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly repository: SelfEvaluationRepository,
    private readonly regions: RegionLookup,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async questions(regionSlug: string): Promise<SelfEvaluationQuestionList> {
    return this.repository.questions(await this.regions.idOf(regionSlug));
  }

  async setQuestions(
    user: AuthenticatedUser,
    input: SetSelfEvaluationQuestionsInput,
  ): Promise<SelfEvaluationQuestionList> {
    this.access.assertSecretariat(user, {
      nb: 'endre spørsmålene til egenvurderingen',
      en: 'change the self-evaluation questions',
    });
    const regionId = await this.regions.idOf(input.regionSlug);
    return this.transactions.run(async (tx) => {
      const before = await this.repository.lockQuestions(tx, regionId, nameOf(user));
      assertExpectedVersion(before, input.version, QUESTION_LIST);
      const problem = questionListProblem(before.questions, input.questions);
      if (problem) throw questionListRefused(problem);
      const deleted = questionsToDelete(before.questions, input.questions);
      await this.repository.saveQuestions(tx, regionId, input.questions, deleted, nameOf(user));
      await this.history.record(tx, user, selfEvaluationAudit.questionsSaved(before, input.questions));
      return this.repository.questions(regionId, tx);
    });
  }

  async answer(user: AuthenticatedUser, input: AnswerSelfEvaluationInput): Promise<SelfEvaluation> {
    return this.transactions.run(async (tx) => {
      const regionId = await this.repository.regionOfNetwork(tx, input.networkId);
      if (!regionId) throw networkNotFound();
      if (!(await this.access.canEditNetworkItem(user, input.networkId, tx))) throw notNetworkLeader();
      if (!evaluationYearAllowed(input.year, new Date())) throw yearNotAllowed();
      const evaluation = await this.repository.lockYear(tx, input.networkId, input.year, nameOf(user));
      if (evaluation.closed) throw evaluationClosed(evaluation.year);
      assertExpectedVersion(evaluation, input.version, EVALUATION);
      const { questions } = await this.repository.questions(regionId, tx);
      const before = await this.repository.answeredQuestions(tx, evaluation.id);
      const problem = answersProblem(questions, before, input.answers);
      if (problem) throw answersRefused(problem);
      await this.repository.saveAnswers(tx, evaluation.id, input.answers, nameOf(user));
      await this.history.record(tx, user, selfEvaluationAudit.answered(evaluation, input.answers));
      return this.read(tx, evaluation.networkId, evaluation.id);
    });
  }

  async close(user: AuthenticatedUser, input: CloseSelfEvaluationInput): Promise<SelfEvaluation> {
    this.access.assertSecretariat(user, { nb: 'lukke en egenvurdering', en: 'close a self-evaluation' });
    return this.transactions.run(async (tx) => {
      const evaluation = await this.repository.lock(tx, input.id);
      if (!evaluation) throw evaluationNotFound();
      if (evaluation.closed) throw evaluationClosed(evaluation.year);
      assertExpectedVersion(evaluation, input.version, EVALUATION);
      await this.repository.close(tx, evaluation.id, nameOf(user));
      await this.history.record(tx, user, selfEvaluationAudit.closed(evaluation));
      return this.read(tx, evaluation.networkId, evaluation.id);
    });
  }

  /** Each network's evaluations, newest first (batched for the network page). */
  evaluationsOf(networkIds: readonly string[]): Promise<SelfEvaluation[][]> {
    return this.repository.evaluationsOf(networkIds);
  }

  private async read(tx: Transaction, networkId: string, id: string): Promise<SelfEvaluation> {
    const [evaluations] = await this.repository.evaluationsOf([networkId], tx);
    const evaluation = evaluations.find((candidate) => candidate.id === id);
    if (!evaluation) throw evaluationNotFound();
    return evaluation;
  }
}
