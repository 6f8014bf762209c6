import { describe, expect, it } from '@jest/globals';

import type { StoredQuestion } from './self-evaluation-rules';
import {
  answersProblem,
  evaluationYearAllowed,
  questionListProblem,
  questionsToDelete,
} from './self-evaluation-rules';

const question = (id: string, extra: Partial<StoredQuestion> = {}): StoredQuestion => ({
  id,
  text: `Spørsmål ${id}`,
  scaleMin: 1,
  scaleMax: 5,
  active: true,
  answered: false,
  ...extra,
});

const draft = (id: string | null, extra: Record<string, unknown> = {}) => ({
  id,
  text: `Spørsmål ${id ?? 'nytt'}`,
  scaleMin: 1,
  scaleMax: 5,
  active: true,
  ...extra,
});

describe('questionListProblem', () => {
  const stored = [question('a', { answered: true }), question('b')];

  it('accepts a reordered list with a new question, and an unanswered one left out', () => {
    const drafts = [draft('a'), draft(null, { scaleMin: 0, scaleMax: 10 })];
    expect(questionListProblem(stored, drafts)).toBeNull();
    expect(questionsToDelete(stored, drafts)).toEqual(['b']);
  });

  it('lets an answered question be retired and reworded, keeping its scale', () => {
    expect(
      questionListProblem(stored, [draft('a', { active: false, text: 'Nytt ord' }), draft('b')]),
    ).toBeNull();
  });

  it('refuses removing an answered question', () => {
    expect(questionListProblem(stored, [draft('b')])).toEqual({
      code: 'ANSWERED_QUESTION_REMOVED',
      text: 'Spørsmål a',
    });
  });

  it("refuses changing an answered question's scale, but not an unanswered one's", () => {
    expect(questionListProblem(stored, [draft('a', { scaleMax: 6 }), draft('b')])).toEqual({
      code: 'SCALE_LOCKED',
      text: 'Spørsmål a',
    });
    expect(questionListProblem(stored, [draft('a'), draft('b', { scaleMax: 6 })])).toBeNull();
  });

  it('refuses a scale that does not go upwards within 0–10', () => {
    for (const scale of [
      { scaleMin: 3, scaleMax: 3 },
      { scaleMin: 5, scaleMax: 1 },
      { scaleMin: -1, scaleMax: 5 },
      { scaleMin: 1, scaleMax: 11 },
    ]) {
      expect(questionListProblem(stored, [draft('a'), draft(null, scale)])?.code).toBe('SCALE_INVALID');
    }
  });

  it('refuses an id twice, and one of no question of the region', () => {
    expect(questionListProblem(stored, [draft('a'), draft('a')])).toEqual({ code: 'DUPLICATE_QUESTION' });
    expect(questionListProblem(stored, [draft('a'), draft('x')])).toEqual({ code: 'UNKNOWN_QUESTION' });
  });
});

describe('answersProblem', () => {
  const questions = [
    question('a'),
    question('b', { scaleMin: 0, scaleMax: 10 }),
    question('c', { active: false }),
  ];
  const answer = (questionId: string, score: number) => ({ questionId, score, comment: '' });

  it('accepts one answer on the scale for every active question', () => {
    expect(answersProblem(questions, new Set(), [answer('a', 5), answer('b', 0)])).toBeNull();
  });

  it('refuses a score outside its scale, or not whole', () => {
    expect(answersProblem(questions, new Set(), [answer('a', 6), answer('b', 0)])).toEqual({
      code: 'SCORE_OUTSIDE_SCALE',
      text: 'Spørsmål a',
      scaleMin: 1,
      scaleMax: 5,
    });
    expect(answersProblem(questions, new Set(), [answer('a', 0), answer('b', 0)])?.code).toBe(
      'SCORE_OUTSIDE_SCALE',
    );
    expect(answersProblem(questions, new Set(), [answer('a', 2.5), answer('b', 0)])?.code).toBe(
      'SCORE_OUTSIDE_SCALE',
    );
  });

  it('refuses an active question left unanswered, and an answer twice', () => {
    expect(answersProblem(questions, new Set(), [answer('a', 3)])).toEqual({
      code: 'QUESTION_UNANSWERED',
      text: 'Spørsmål b',
    });
    expect(answersProblem(questions, new Set(), [answer('a', 3), answer('a', 4)])?.code).toBe(
      'DUPLICATE_ANSWER',
    );
  });

  it('refuses a retired question unless the year answered it before', () => {
    const answers = [answer('a', 3), answer('b', 3), answer('c', 2)];
    expect(answersProblem(questions, new Set(), answers)).toEqual({ code: 'UNKNOWN_QUESTION' });
    expect(answersProblem(questions, new Set(['c']), answers)).toBeNull();
    expect(answersProblem(questions, new Set(), [answer('x', 1)])).toEqual({ code: 'UNKNOWN_QUESTION' });
  });
});

describe('evaluationYearAllowed', () => {
  const today = new Date('2026-12-07T12:00:00Z');

  it('allows the years from 2000 up to this one', () => {
    expect(evaluationYearAllowed(2000, today)).toBe(true);
    expect(evaluationYearAllowed(2026, today)).toBe(true);
    expect(evaluationYearAllowed(2027, today)).toBe(false);
    expect(evaluationYearAllowed(1999, today)).toBe(false);
  });
});
