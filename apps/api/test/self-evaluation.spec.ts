import { describe, expect, it } from '@jest/globals';

import { networkId, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const QUESTIONS = `{ selfEvaluationQuestions(regionSlug: "kongsbergregionen") {
  version questions { id text scaleMin scaleMax active answered }
} }`;
const SET_QUESTIONS = `mutation($input: SetSelfEvaluationQuestionsInput!) {
  setSelfEvaluationQuestions(input: $input) { version questions { id text active answered } }
}`;
const ANSWER = `mutation($input: AnswerSelfEvaluationInput!) {
  answerSelfEvaluation(input: $input) { id year version closed answeredBy answers { questionText score comment } }
}`;
const CLOSE = `mutation($input: CloseSelfEvaluationInput!) {
  closeSelfEvaluation(input: $input) { closed closedBy version }
}`;
const NETWORK = `query($id: ID!) {
  network(id: $id) { selfEvaluations { id year closed version answers { questionId questionText score comment } } }
}`;

interface Question {
  id: string;
  text: string;
  scaleMin: number;
  scaleMax: number;
  active: boolean;
  answered: boolean;
}

interface Evaluation {
  id: string;
  year: number;
  closed: boolean;
  version: number;
  answeredBy?: string;
  answers: { questionId?: string; questionText: string; score: number; comment: string }[];
}

describe('self-evaluation (F2): questions, yearly answers, closing', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const questions = async () =>
    (
      await api.gql<{ selfEvaluationQuestions: { version: number; questions: Question[] } }>(QUESTIONS, {
        token: tokens.politiker,
      })
    ).data?.selfEvaluationQuestions as { version: number; questions: Question[] };

  const evaluations = async (key: string) =>
    (
      await api.gql<{ network: { selfEvaluations: Evaluation[] } }>(NETWORK, {
        token: tokens.politiker,
        variables: { id: await networkId(api.dataSource, key) },
      })
    ).data?.network.selfEvaluations as Evaluation[];

  const answer = async (
    key: string,
    year: number,
    version: number,
    score: (q: Question) => number,
    as = tokens['leder.teknisk'],
  ) => {
    const active = (await questions()).questions.filter((q) => q.active);
    return api.gql<{ answerSelfEvaluation: Evaluation }>(ANSWER, {
      token: as,
      variables: {
        input: {
          networkId: await networkId(api.dataSource, key),
          year,
          version,
          answers: active.map((q) => ({
            questionId: q.id,
            score: score(q),
            comment: `Svar på ${q.text.slice(0, 20)}`,
          })),
        },
      },
    });
  };

  it("shows the seeded years on the network, newest first, with the retired question's answer kept", async () => {
    const years = await evaluations('TEKNISK');
    expect(years.map((e) => [e.year, e.closed])).toEqual([
      [2025, true],
      [2024, true],
    ]);
    expect(years[1].answers).toHaveLength(5);
    expect(years[0].answers).toHaveLength(4);
    const retired = (await questions()).questions.find((q) => !q.active);
    expect(retired).toMatchObject({ answered: true });
    expect(years[1].answers.map((a) => a.questionId)).toContain(retired?.id);
  });

  it('lets the leader answer a year, change it until the secretariat closes it, and records the history', async () => {
    const first = await answer('TEKNISK', 2026, 0, (q) => q.scaleMin);
    expect(first.errors).toBeUndefined();
    const created = first.data?.answerSelfEvaluation as Evaluation;
    expect(created).toMatchObject({ year: 2026, closed: false, version: 1, answeredBy: 'Tor Teknisk' });
    expect(created.answers.every((a) => a.score === 1)).toBe(true);

    // A stale version is a conflict; the current one changes the answers.
    expect(errorCode(await answer('TEKNISK', 2026, 0, (q) => q.scaleMax))).toBe('CONFLICT');
    const changed = await answer('TEKNISK', 2026, 1, (q) => q.scaleMax);
    expect(changed.data?.answerSelfEvaluation.answers.every((a) => a.score === 5)).toBe(true);

    const closed = await api.gql<{
      closeSelfEvaluation: { closed: boolean; closedBy: string; version: number };
    }>(CLOSE, { token: tokens.sekretariat, variables: { input: { id: created.id, version: 2 } } });
    expect(closed.data?.closeSelfEvaluation).toMatchObject({ closed: true, version: 3 });

    const refused = await answer('TEKNISK', 2026, 3, (q) => q.scaleMin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'Egenvurderingen for 2026 er lukket av sekretariatet og kan ikke endres.',
    );
    const years = await evaluations('TEKNISK');
    expect(years.map((e) => e.year)).toEqual([2026, 2025, 2024]);
    expect(years[0].answers.every((a) => a.score === 5)).toBe(true);

    const history: { summary: string }[] = await api.dataSource.query(
      `SELECT summary FROM audit_event WHERE entity_type = 'self_evaluation' AND entity_id = $1 ORDER BY occurred_at`,
      [created.id],
    );
    expect(history.map((h) => h.summary)).toEqual([
      'Teknisk nettverk: egenvurdering for 2026 besvart (4 svar)',
      'Teknisk nettverk: egenvurdering for 2026 endret (4 svar)',
      'Teknisk nettverk: egenvurderingen for 2026 er lukket',
    ]);
  });

  it('deletes an unanswered question, refuses deleting an answered one, and lets it be retired', async () => {
    const before = await questions();
    const added = await api.gql<{ setSelfEvaluationQuestions: { version: number; questions: Question[] } }>(
      SET_QUESTIONS,
      {
        token: tokens.sekretariat,
        variables: {
          input: {
            regionSlug: 'kongsbergregionen',
            version: before.version,
            questions: [
              ...before.questions.map(({ id, text, scaleMin, scaleMax, active }) => ({
                id,
                text,
                scaleMin,
                scaleMax,
                active,
              })),
              { text: 'Nettverket har tydelige mål for året.', scaleMin: 0, scaleMax: 10, active: true },
            ],
          },
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const list = added.data?.setSelfEvaluationQuestions as { version: number; questions: Question[] };
    expect(list.questions.at(-1)).toMatchObject({
      text: 'Nettverket har tydelige mål for året.',
      answered: false,
    });

    const save = (qs: object[], version: number) =>
      api.gql<{ setSelfEvaluationQuestions: { version: number; questions: Question[] } }>(SET_QUESTIONS, {
        token: tokens.sekretariat,
        variables: { input: { regionSlug: 'kongsbergregionen', version, questions: qs } },
      });
    const current = (await questions()).questions.map(({ id, text, scaleMin, scaleMax, active }) => ({
      id,
      text,
      scaleMin,
      scaleMax,
      active,
    }));
    const refused = await save(current.slice(1), list.version);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(
      'er besvart og kan ikke slettes; ta det ut av bruk i stedet.',
    );

    const retired = await save([{ ...current[0], active: false }, ...current.slice(1, -1)], list.version);
    expect(retired.errors).toBeUndefined();
    const after = retired.data?.setSelfEvaluationQuestions.questions as Question[];
    expect(after).toHaveLength(current.length - 1);
    expect(after[0]).toMatchObject({ id: current[0].id, active: false, answered: true });

    // A retired question is no longer asked: a year answers the active ones only.
    const year = await answer('OPPVEKST', 2026, 0, () => 3, tokens.sekretariat);
    expect(year.errors).toBeUndefined();
    expect(year.data?.answerSelfEvaluation.answers).toHaveLength(after.filter((q) => q.active).length);
  });
});
