import type { AuditRecord } from '@samarbeid/api/data-access';

import type { AnswerDraft, QuestionDraft } from './domain/self-evaluation-rules';
import type { EvaluationRow } from './self-evaluation.repository';
import type { SelfEvaluationQuestionList } from './self-evaluation.types';

/** The change-history records of the self-evaluation. */
export const selfEvaluationAudit = {
  questionsSaved: (before: SelfEvaluationQuestionList, questions: readonly QuestionDraft[]): AuditRecord => ({
    action: 'UPDATE',
    entityType: 'self_evaluation_questions',
    entityId: before.regionId,
    regionId: before.regionId,
    summary: `Spørsmål til egenvurdering endret: ${questions.filter((q) => q.active).length} i bruk, ${
      questions.filter((q) => !q.active).length
    } tatt ut av bruk`,
    before: { questions: before.questions },
    after: { questions },
  }),

  answered: (evaluation: EvaluationRow, answers: readonly AnswerDraft[]): AuditRecord => ({
    action: evaluation.version === 0 ? 'CREATE' : 'UPDATE',
    entityType: 'self_evaluation',
    entityId: evaluation.id,
    regionId: evaluation.regionId,
    summary: `${evaluation.networkName}: egenvurdering for ${evaluation.year} ${
      evaluation.version === 0 ? 'besvart' : 'endret'
    } (${answers.length} svar)`,
    after: { networkId: evaluation.networkId, year: evaluation.year, answers },
  }),

  closed: (evaluation: EvaluationRow): AuditRecord => ({
    action: 'UPDATE',
    entityType: 'self_evaluation',
    entityId: evaluation.id,
    regionId: evaluation.regionId,
    summary: `${evaluation.networkName}: egenvurderingen for ${evaluation.year} er lukket`,
    before: { closed: false },
    after: { closed: true },
  }),
};
