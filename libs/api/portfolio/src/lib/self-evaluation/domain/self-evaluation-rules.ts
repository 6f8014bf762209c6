/**
 * The self-evaluation's rules (F2), pure: what a new question list and a year's answers may be. Each returns the
 * first problem found as a code with what it concerns (the service turns it into a sentence), or null.
 */

/** A question as stored, with whether any network has answered it. */
export interface StoredQuestion {
  readonly id: string;
  readonly text: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly active: boolean;
  readonly answered: boolean;
}

/** A question in the list the secretariat saves: an existing one (id) or a new one. */
export interface QuestionDraft {
  readonly id?: string | null;
  readonly text: string;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly active: boolean;
}

export interface AnswerDraft {
  readonly questionId: string;
  readonly score: number;
  readonly comment?: string | null;
}

/** The widest scale a question may have (0–10), as the database checks it too. */
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;

export type QuestionListProblem =
  | { readonly code: 'DUPLICATE_QUESTION' }
  | { readonly code: 'UNKNOWN_QUESTION' }
  | { readonly code: 'SCALE_INVALID'; readonly text: string }
  | { readonly code: 'SCALE_LOCKED'; readonly text: string }
  | { readonly code: 'ANSWERED_QUESTION_REMOVED'; readonly text: string };

export type AnswersProblem =
  | { readonly code: 'DUPLICATE_ANSWER'; readonly text: string }
  | { readonly code: 'UNKNOWN_QUESTION' }
  | {
      readonly code: 'SCORE_OUTSIDE_SCALE';
      readonly text: string;
      readonly scaleMin: number;
      readonly scaleMax: number;
    }
  | { readonly code: 'QUESTION_UNANSWERED'; readonly text: string };

const scaleValid = (q: { scaleMin: number; scaleMax: number }) =>
  q.scaleMin >= SCALE_BOUNDS.min && q.scaleMax <= SCALE_BOUNDS.max && q.scaleMax > q.scaleMin;

/**
 * A new question list against the stored one: ids unique and the region's own; every scale within 0–10 with its
 * top above its bottom; an answered question keeps its scale (its scores would lose their meaning) and stays in
 * the list (retired at most). Questions left out that nobody answered are deleted.
 */
export function questionListProblem(
  stored: readonly StoredQuestion[],
  drafts: readonly QuestionDraft[],
): QuestionListProblem | null {
  const byId = new Map(stored.map((question) => [question.id, question]));
  const ids = drafts.flatMap((draft) => (draft.id ? [draft.id] : []));
  if (new Set(ids).size !== ids.length) return { code: 'DUPLICATE_QUESTION' };
  if (ids.some((id) => !byId.has(id))) return { code: 'UNKNOWN_QUESTION' };
  for (const draft of drafts) {
    if (!scaleValid(draft)) return { code: 'SCALE_INVALID', text: draft.text };
    const before = draft.id ? byId.get(draft.id) : undefined;
    if (before?.answered && (before.scaleMin !== draft.scaleMin || before.scaleMax !== draft.scaleMax)) {
      return { code: 'SCALE_LOCKED', text: before.text };
    }
  }
  const kept = new Set(ids);
  const removed = stored.find((question) => question.answered && !kept.has(question.id));
  return removed ? { code: 'ANSWERED_QUESTION_REMOVED', text: removed.text } : null;
}

/** The stored questions a list leaves out (none of them answered, once the list passed its check). */
export function questionsToDelete(
  stored: readonly StoredQuestion[],
  drafts: readonly QuestionDraft[],
): string[] {
  const kept = new Set(drafts.flatMap((draft) => (draft.id ? [draft.id] : [])));
  return stored.filter((question) => !kept.has(question.id)).map((question) => question.id);
}

/**
 * A year's answers: one per question; every question active now, or answered in this year before (a question
 * retired since keeps its answer); each score on its question's scale; every active question answered.
 */
export function answersProblem(
  questions: readonly StoredQuestion[],
  answeredBefore: ReadonlySet<string>,
  answers: readonly AnswerDraft[],
): AnswersProblem | null {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question || (!question.active && !answeredBefore.has(question.id))) {
      return { code: 'UNKNOWN_QUESTION' };
    }
    if (seen.has(question.id)) return { code: 'DUPLICATE_ANSWER', text: question.text };
    seen.add(question.id);
    if (
      !Number.isInteger(answer.score) ||
      answer.score < question.scaleMin ||
      answer.score > question.scaleMax
    ) {
      return {
        code: 'SCORE_OUTSIDE_SCALE',
        text: question.text,
        scaleMin: question.scaleMin,
        scaleMax: question.scaleMax,
      };
    }
  }
  const missing = questions.find((question) => question.active && !seen.has(question.id));
  return missing ? { code: 'QUESTION_UNANSWERED', text: missing.text } : null;
}

/** The first year a self-evaluation may be for. */
export const FIRST_EVALUATION_YEAR = 2000;

/** A network evaluates a year that has begun: from 2000 up to this year. */
export const evaluationYearAllowed = (year: number, today: Date): boolean =>
  Number.isInteger(year) && year >= FIRST_EVALUATION_YEAR && year <= today.getUTCFullYear();
