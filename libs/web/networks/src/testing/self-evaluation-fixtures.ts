import type { ApiResult, NetworkSelfEvaluationQuery } from '@samarbeid/web/graphql';
import { TEKNISK_NETWORK_ID } from '@samarbeid/web/testing';

type Data = NetworkSelfEvaluationQuery;
type EvaluationData = Data['network']['selfEvaluations'][number];

export const Q1 = 'a0000000-0000-4000-8000-000000000001';
export const Q2 = 'a0000000-0000-4000-8000-000000000002';
export const Q_RETIRED = 'a0000000-0000-4000-8000-000000000003';

const QUESTIONS = [
  {
    id: Q1,
    text: 'Nettverket har en felles strategi.',
    position: 0,
    scaleMin: 1,
    scaleMax: 5,
    active: true,
    answered: true,
  },
  {
    id: Q2,
    text: 'Rollene er tydelige.',
    position: 1,
    scaleMin: 1,
    scaleMax: 5,
    active: true,
    answered: true,
  },
  {
    id: Q_RETIRED,
    text: 'Nok kapasitet.',
    position: 2,
    scaleMin: 1,
    scaleMax: 5,
    active: false,
    answered: true,
  },
];

const answer = (questionId: string, score: number, comment: string) => {
  const question = QUESTIONS.find((q) => q.id === questionId) ?? QUESTIONS[0];
  return {
    __typename: 'SelfEvaluationAnswer',
    questionId,
    questionText: question.text,
    position: question.position,
    scaleMin: question.scaleMin,
    scaleMax: question.scaleMax,
    score,
    comment,
  };
};

/** A year's evaluation as the API answers it. */
export function evaluation(year: number, overrides: Partial<EvaluationData> = {}): ApiResult<EvaluationData> {
  return {
    __typename: 'SelfEvaluation',
    id: `e0000000-0000-4000-8000-00000000${year}`,
    year,
    closed: false,
    closedAt: null,
    closedBy: null,
    answeredBy: 'Tor Teknisk',
    updatedAt: `${year}-11-30T10:00:00.000Z`,
    version: 1,
    answers: [answer(Q1, 3, 'Strategien er vedtatt.'), answer(Q2, 4, '')],
    ...overrides,
  };
}

/** The technical network's 2024 (closed, with the retired question) and 2025 (open) evaluations. */
export function selfEvaluationResult(
  options: { viewerCanEdit?: boolean; evaluations?: ApiResult<EvaluationData>[] } = {},
): ApiResult<Data> {
  return {
    network: {
      __typename: 'Network',
      id: TEKNISK_NETWORK_ID,
      viewerCanEdit: options.viewerCanEdit ?? false,
      selfEvaluations: options.evaluations ?? [
        evaluation(2025, { version: 2 }),
        evaluation(2024, {
          closed: true,
          closedAt: '2025-01-31T00:00:00.000Z',
          closedBy: 'Sekretariatet',
          answers: [answer(Q1, 2, 'Under arbeid.'), answer(Q2, 3, ''), answer(Q_RETIRED, 2, 'Få fagfolk.')],
        }),
      ],
    },
    selfEvaluationQuestions: {
      __typename: 'SelfEvaluationQuestionList',
      version: 3,
      questions: QUESTIONS.map((question) => ({ __typename: 'SelfEvaluationQuestion', ...question })),
    },
  };
}
