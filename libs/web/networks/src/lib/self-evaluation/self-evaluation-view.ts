import type { ChartColour, ChartSeries, ChartSpec } from '@samarbeid/web/ui';

/*
 * The network page's self-evaluation (F2), pure: the results by question over the years, the chart of the latest
 * years, and the answer form's values.
 */

export interface EvaluationAnswer {
  readonly questionId: string;
  readonly questionText: string;
  readonly position: number;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly score: number;
  readonly comment: string;
}

export interface Evaluation {
  readonly id: string;
  readonly year: number;
  readonly closed: boolean;
  readonly version: number;
  readonly answers: readonly EvaluationAnswer[];
}

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly active: boolean;
}

/** One question's answers by year, newest first. */
export interface QuestionResults {
  readonly questionId: string;
  readonly text: string;
  readonly scale: string;
  readonly rows: readonly { readonly year: number; readonly score: number; readonly comment: string }[];
}

/** Every answered question (in the questions' order), with its answers by year, newest first. */
export function resultsByQuestion(evaluations: readonly Evaluation[]): QuestionResults[] {
  const byQuestion = new Map<string, { answer: EvaluationAnswer; rows: QuestionResults['rows'][number][] }>();
  for (const evaluation of [...evaluations].sort((a, b) => b.year - a.year)) {
    for (const answer of evaluation.answers) {
      const entry = byQuestion.get(answer.questionId) ?? { answer, rows: [] };
      entry.rows.push({ year: evaluation.year, score: answer.score, comment: answer.comment });
      byQuestion.set(answer.questionId, entry);
    }
  }
  return [...byQuestion.values()]
    .sort((a, b) => a.answer.position - b.answer.position)
    .map(({ answer, rows }) => ({
      questionId: answer.questionId,
      text: answer.questionText,
      scale: `${answer.scaleMin}–${answer.scaleMax}`,
      rows,
    }));
}

const SERIES_LOOKS: readonly { colour: ChartColour; pattern: ChartSeries['pattern'] }[] = [
  { colour: 'accent', pattern: 'solid' },
  { colour: 'neutral', pattern: 'hatched' },
  { colour: 'success', pattern: 'dotted' },
];

/** How many of the latest years the chart compares (one bar pattern each). */
export const CHART_YEARS = SERIES_LOOKS.length;

/**
 * The chart: a bar per year (the latest three, oldest first) for each question ("1", "2" … in the tables' order),
 * lying along the questions so that a phone shows them; null where a year did not answer a question.
 */
export function resultsChart(
  results: readonly QuestionResults[],
  texts: { readonly categoryName: string; readonly questionLabel: (index: number) => string },
): ChartSpec | null {
  const years = [...new Set(results.flatMap((result) => result.rows.map((row) => row.year)))]
    .sort((a, b) => b - a)
    .slice(0, CHART_YEARS)
    .reverse();
  if (years.length === 0) return null;
  return {
    orientation: 'horizontal',
    categoryName: texts.categoryName,
    categories: results.map((_, index) => texts.questionLabel(index + 1)),
    unit: { kind: 'number', decimals: 0 },
    height: Math.max(200, results.length * years.length * 22 + 80),
    series: years.map((year, index) => ({
      type: 'bar' as const,
      name: String(year),
      values: results.map((result) => result.rows.find((row) => row.year === year)?.score ?? null),
      labels: true,
      ...SERIES_LOOKS[index],
    })),
  };
}

/** The answer form's values: a score and a comment per question, by `score-<id>` and `comment-<id>`. */
export type AnswerValues = Readonly<Record<string, string>>;

export const scoreKey = (questionId: string) => `score-${questionId}`;
export const commentKey = (questionId: string) => `comment-${questionId}`;

/**
 * The questions a year's form asks: the active ones, and those retired since the year answered them (their answers
 * are kept when the year is changed).
 */
export function questionsToAnswer(questions: readonly Question[], existing: Evaluation | null): Question[] {
  const answered = new Set(existing?.answers.map((answer) => answer.questionId) ?? []);
  return questions.filter((question) => question.active || answered.has(question.id));
}

/** The form's first values: the year's answers when it has some, else nothing chosen. */
export function answerValues(questions: readonly Question[], existing: Evaluation | null): AnswerValues {
  const answers = new Map(existing?.answers.map((answer) => [answer.questionId, answer]) ?? []);
  return Object.fromEntries(
    questions.flatMap((question) => {
      const answer = answers.get(question.id);
      return [
        [scoreKey(question.id), answer ? String(answer.score) : ''],
        [commentKey(question.id), answer?.comment ?? ''],
      ];
    }),
  );
}

export type AnswerProblem = 'scoreMissing' | 'commentTooLong';

export const COMMENT_MAX = 2000;

/** The form's own checks: a score chosen for every question, comments within 2 000 characters. */
export function answerProblems(
  questions: readonly Question[],
  values: AnswerValues,
): Partial<Record<string, AnswerProblem>> {
  const problems: Record<string, AnswerProblem> = {};
  for (const question of questions) {
    if (!values[scoreKey(question.id)]) problems[scoreKey(question.id)] = 'scoreMissing';
    if ((values[commentKey(question.id)] ?? '').length > COMMENT_MAX) {
      problems[commentKey(question.id)] = 'commentTooLong';
    }
  }
  return problems;
}

/** The answers as the API takes them. */
export function answersInput(
  questions: readonly Question[],
  values: AnswerValues,
): { questionId: string; score: number; comment: string }[] {
  return questions.map((question) => ({
    questionId: question.id,
    score: Number(values[scoreKey(question.id)]),
    comment: (values[commentKey(question.id)] ?? '').trim(),
  }));
}

/** The choices of a question's scale, lowest first. */
export function scaleOptions(question: Question): { value: string; label: string }[] {
  const length = question.scaleMax - question.scaleMin + 1;
  return Array.from({ length }, (_, index) => String(question.scaleMin + index)).map((value) => ({
    value,
    label: value,
  }));
}
