/** The networks' self-evaluation (F2): its rows of the authorization matrix, and its query. */
import { NON_EDITORS, OperationCase, QueryCase, refusedFor } from './matrix';
import { networkId } from './portfolio';
import type { TestApp } from './test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface QuestionRow {
  id: string;
  text: string;
  scaleMin: number;
  scaleMax: number;
  active: boolean;
}

async function questionsOf(api: TestApp): Promise<{ version: number; questions: QuestionRow[] }> {
  const [list]: { version: number }[] = await api.dataSource.query(
    `SELECT s.version FROM region_self_evaluation s JOIN region r ON r.id = s.region_id
      WHERE r.slug = 'kongsbergregionen'`,
  );
  const questions: QuestionRow[] = await api.dataSource.query(
    `SELECT q.id, q.text, q.scale_min AS "scaleMin", q.scale_max AS "scaleMax", q.active
       FROM self_evaluation_question q JOIN region r ON r.id = q.region_id
      WHERE r.slug = 'kongsbergregionen' ORDER BY q.position`,
  );
  return { version: list?.version ?? 0, questions };
}

const questionsVars =
  (change: (questions: QuestionRow[]) => object[] = (questions) => questions) =>
  async (api: TestApp) => {
    const { version, questions } = await questionsOf(api);
    return { input: { regionSlug: 'kongsbergregionen', version, questions: change(questions) } };
  };

/** Valid answers to every active question (the middle of each scale) for a network's year, at its version. */
const answerVars =
  (networkKey: string, year: number, change: (answers: object[]) => object[] = (answers) => answers) =>
  async (api: TestApp) => {
    const network = await networkId(api.dataSource, networkKey);
    const { questions } = await questionsOf(api);
    const [row]: { version: number }[] = await api.dataSource.query(
      'SELECT version FROM self_evaluation WHERE network_id = $1 AND year = $2',
      [network, year],
    );
    const answers = questions
      .filter((question) => question.active)
      .map((question) => ({
        questionId: question.id,
        score: Math.round((question.scaleMin + question.scaleMax) / 2),
        comment: 'Ganske bra.',
      }));
    return { input: { networkId: network, year, version: row?.version ?? 0, answers: change(answers) } };
  };

const closeVars = (networkKey: string, year: number) => async (api: TestApp) => {
  const [row]: { id: string; version: number }[] = await api.dataSource.query(
    `SELECT e.id, e.version FROM self_evaluation e JOIN network n ON n.id = e.network_id
      WHERE n.key = $1 AND e.year = $2`,
    [networkKey, year],
  );
  return { input: { id: row?.id ?? UNKNOWN_ID, version: row?.version ?? 1 } };
};

export const SELF_EVALUATION_MATRIX: readonly OperationCase[] = [
  {
    operation: 'setSelfEvaluationQuestions',
    document:
      'mutation($input: SetSelfEvaluationQuestionsInput!) { setSelfEvaluationQuestions(input: $input) { version questions { id } } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], questionsVars()),
      {
        as: 'sekretariat',
        why: 'an answered question left out',
        expect: 'BAD_USER_INPUT',
        variables: questionsVars((questions) => questions.slice(1)),
      },
      {
        as: 'sekretariat',
        why: "an answered question's scale changed",
        expect: 'BAD_USER_INPUT',
        variables: questionsVars((questions) =>
          questions.map((question, index) => (index === 0 ? { ...question, scaleMax: 6 } : question)),
        ),
      },
      {
        as: 'sekretariat',
        why: 'a scale that goes downwards',
        expect: 'BAD_USER_INPUT',
        variables: questionsVars((questions) => [
          ...questions,
          { text: 'Nytt spørsmål', scaleMin: 5, scaleMax: 1, active: true },
        ]),
      },
      {
        as: 'sekretariat',
        why: 'a question of no region',
        expect: 'BAD_USER_INPUT',
        variables: questionsVars((questions) => [...questions, { ...questions[0], id: UNKNOWN_ID }]),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat (reworded, a new question retired)',
        expect: 'OK',
        variables: questionsVars((questions) => [
          ...questions,
          {
            text: 'Nettverket deler erfaringer med andre nettverk.',
            scaleMin: 1,
            scaleMax: 5,
            active: false,
          },
        ]),
      },
    ],
  },
  {
    operation: 'answerSelfEvaluation',
    document:
      'mutation($input: AnswerSelfEvaluationInput!) { answerSelfEvaluation(input: $input) { year version answers { score } } }',
    attempts: [
      ...refusedFor([null, 'medlem.tinn', 'direktor.kongsberg', 'politiker'], answerVars('TEKNISK', 2026)),
      ...refusedFor(['leder.teknisk'], answerVars('HO', 2026), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a year not yet begun',
        expect: 'BAD_USER_INPUT',
        variables: answerVars('TEKNISK', new Date().getUTCFullYear() + 1),
      },
      {
        as: 'leder.teknisk',
        why: 'a year the secretariat closed',
        expect: 'BAD_USER_INPUT',
        variables: answerVars('TEKNISK', 2025),
      },
      {
        as: 'leder.teknisk',
        why: 'a score outside the scale',
        expect: 'BAD_USER_INPUT',
        variables: answerVars('TEKNISK', 2026, (answers) =>
          answers.map((answer, index) => (index === 0 ? { ...answer, score: 9 } : answer)),
        ),
      },
      {
        as: 'leder.teknisk',
        why: 'an active question left unanswered',
        expect: 'BAD_USER_INPUT',
        variables: answerVars('TEKNISK', 2026, (answers) => answers.slice(1)),
      },
      {
        as: 'leder.teknisk',
        why: 'an unknown network',
        expect: 'NOT_FOUND',
        variables: async (api) => ({
          input: { ...(await answerVars('TEKNISK', 2026)(api)).input, networkId: UNKNOWN_ID },
        }),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network',
        expect: 'OK',
        variables: answerVars('TEKNISK', 2026),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: answerVars('HO', 2026) },
    ],
  },
  {
    operation: 'closeSelfEvaluation',
    document:
      'mutation($input: CloseSelfEvaluationInput!) { closeSelfEvaluation(input: $input) { closed closedBy } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], closeVars('OPPVEKST', 2025)),
      {
        as: 'sekretariat',
        why: 'a year already closed',
        expect: 'BAD_USER_INPUT',
        variables: closeVars('TEKNISK', 2024),
      },
      {
        as: 'sekretariat',
        why: 'an unknown evaluation',
        expect: 'NOT_FOUND',
        variables: closeVars('HR', 1999),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: closeVars('OPPVEKST', 2025) },
    ],
  },
];

export const SELF_EVALUATION_QUERIES: readonly QueryCase[] = [
  {
    query: 'selfEvaluationQuestions',
    document:
      'query($regionSlug: String!) { selfEvaluationQuestions(regionSlug: $regionSlug) { version questions { text answered } } }',
    variables: async () => ({ regionSlug: 'kongsbergregionen' }),
    readers: 'everyone',
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
];
