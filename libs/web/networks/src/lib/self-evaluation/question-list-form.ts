/*
 * The secretariat's editor of the region's self-evaluation questions, pure: a row per question (text, scale, order,
 * in use / retired / deleted), turned into the list `setSelfEvaluationQuestions` takes.
 */

export interface StoredQuestion {
  readonly id: string;
  readonly text: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly active: boolean;
  readonly answered: boolean;
}

export type QuestionState = 'ACTIVE' | 'RETIRED';

/** A row as typed: ids of new rows start with "new-". */
export interface QuestionRow {
  readonly key: string;
  readonly id: string | null;
  readonly answered: boolean;
  readonly text: string;
  readonly scaleMin: string;
  readonly scaleMax: string;
  readonly state: QuestionState;
}

export type QuestionProblem = 'textMissing' | 'textTooLong' | 'scale';

export const QUESTION_MAX = 500;

export function rowsOf(questions: readonly StoredQuestion[]): QuestionRow[] {
  return questions.map((question) => ({
    key: question.id,
    id: question.id,
    answered: question.answered,
    text: question.text,
    scaleMin: String(question.scaleMin),
    scaleMax: String(question.scaleMax),
    state: question.active ? 'ACTIVE' : 'RETIRED',
  }));
}

/** A new row at the end: scale 1–5, in use. */
export function newRow(index: number): QuestionRow {
  return {
    key: `new-${index}`,
    id: null,
    answered: false,
    text: '',
    scaleMin: '1',
    scaleMax: '5',
    state: 'ACTIVE',
  };
}

const whole = (text: string): number | null => (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null);

/** Each row's problems by `<key>|<field>`. */
export function questionProblems(rows: readonly QuestionRow[]): Record<string, QuestionProblem> {
  const problems: Record<string, QuestionProblem> = {};
  for (const row of rows) {
    if (!row.text.trim()) problems[`${row.key}|text`] = 'textMissing';
    else if (row.text.trim().length > QUESTION_MAX) problems[`${row.key}|text`] = 'textTooLong';
    const [min, max] = [whole(row.scaleMin), whole(row.scaleMax)];
    if (min === null || max === null || min > 10 || max > 10 || max <= min)
      problems[`${row.key}|scaleMax`] = 'scale';
  }
  return problems;
}

/** The list to save, in the rows' order (questions removed from the rows are deleted). */
export function questionsInput(rows: readonly QuestionRow[]) {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    text: row.text.trim(),
    scaleMin: Number(row.scaleMin.trim()),
    scaleMax: Number(row.scaleMax.trim()),
    active: row.state === 'ACTIVE',
  }));
}

/** The rows with the one at `index` moved by `by` (−1 up, 1 down). */
export function moved<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
