import { afterEach, describe, expect, it } from '@jest/globals';
import type { SignedInUser } from '@samarbeid/web/data-access';
import { ConfirmService } from '@samarbeid/web/ui';
import {
  buttonNamed,
  byId,
  findButton,
  type Rendered,
  renderWithApollo,
  submitForm,
  tableCaptioned,
  tableRows,
  TEKNISK_NETWORK_ID,
  textAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';

import { USERS } from '../../testing/network-fixtures';
import { evaluation, Q1, Q2, Q_RETIRED, selfEvaluationResult } from '../../testing/self-evaluation-fixtures';
import { NetworkSelfEvaluationComponent } from './network-self-evaluation.component';
import {
  answerProblems,
  answersInput,
  answerValues,
  questionsToAnswer,
  resultsByQuestion,
  resultsChart,
} from './self-evaluation-view';

const THIS_YEAR = new Date().getFullYear();

describe('NetworkSelfEvaluationComponent', () => {
  let rendered: Rendered<NetworkSelfEvaluationComponent>;
  let asked: string[];

  async function render(user: SignedInUser, viewerCanEdit = false): Promise<HTMLElement> {
    asked = [];
    rendered = await renderWithApollo(NetworkSelfEvaluationComponent, {
      user,
      inputs: { networkId: TEKNISK_NETWORK_ID },
      providers: [
        {
          provide: ConfirmService,
          useValue: {
            ask: (question: { heading: string }) => {
              asked.push(question.heading);
              return Promise.resolve(true);
            },
          },
        },
      ],
    });
    const op = rendered.controller.expectOne('NetworkSelfEvaluation');
    expect(op.operation.variables).toEqual({ id: TEKNISK_NETWORK_ID, regionSlug: 'kongsbergregionen' });
    op.flushData(selfEvaluationResult({ viewerCanEdit }));
    await rendered.settle(3);
    return rendered.element;
  }

  afterEach(() => verifyAndReset(rendered?.controller));

  it('shows the years and each question by year, with a chart of the latest years, to everyone', async () => {
    const element = await render(USERS.viewer);
    expect(tableRows(tableCaptioned(element, 'Nettverkets egenvurderinger, nyeste år først'))).toEqual([
      ['2025', 'Åpen', 'Tor Teknisk', ''],
      ['2024', 'Lukket 31. januar 2025', 'Tor Teknisk', ''],
    ]);
    expect(tableRows(tableCaptioned(element, '1. Nettverket har en felles strategi. (skala 1–5)'))).toEqual([
      ['2025', '3', 'Strategien er vedtatt.'],
      ['2024', '2', 'Under arbeid.'],
    ]);
    // The retired question keeps its answer.
    expect(tableRows(tableCaptioned(element, '3. Nok kapasitet. (skala 1–5)'))).toEqual([
      ['2024', '2', 'Få fagfolk.'],
    ]);
    expect(element.textContent).toContain(
      'Søylediagram: poengene for hvert spørsmål de siste årene (2024, 2025)',
    );
    expect(findButton(element, `Svar på egenvurderingen for ${THIS_YEAR}`)).toBeUndefined();
    expect(findButton(element, 'Lukk 2025')).toBeUndefined();
  });

  it("lets the network's leader answer this year's active questions", async () => {
    const element = await render(USERS.leader, true);
    buttonNamed(element, `Svar på egenvurderingen for ${THIS_YEAR}`).click();
    await rendered.settle(2);
    expect(textAt(element, '#self-evaluation-form-heading')).toBe(`Egenvurdering for ${THIS_YEAR}`);
    // Only the active questions are asked.
    expect(element.querySelector(`#self-evaluation-score-${Q_RETIRED}-1`)).toBeNull();

    submitForm(element);
    await rendered.settle(2);
    rendered.controller.expectNone('AnswerSelfEvaluation');
    expect(
      Array.from(element.querySelectorAll('#self-evaluation-errors li')).map((li) => li.textContent?.trim()),
    ).toEqual(['1. Nettverket har en felles strategi.: Velg poeng.', '2. Rollene er tydelige.: Velg poeng.']);

    byId(element, `self-evaluation-score-${Q1}-4`).click();
    byId(element, `self-evaluation-score-${Q2}-5`).click();
    typeInto(byId<HTMLTextAreaElement>(element, `self-evaluation-comment-${Q1}`), ' Godt i gang ');
    await rendered.settle();
    submitForm(element);
    await rendered.settle(2);
    const op = rendered.controller.expectOne('AnswerSelfEvaluation');
    expect(op.operation.variables).toEqual({
      input: {
        networkId: TEKNISK_NETWORK_ID,
        year: THIS_YEAR,
        version: 0,
        answers: [
          { questionId: Q1, score: 4, comment: 'Godt i gang' },
          { questionId: Q2, score: 5, comment: '' },
        ],
      },
    });
    op.flushData({ answerSelfEvaluation: evaluation(THIS_YEAR) });
    await rendered.settle(3);
    rendered.controller
      .expectOne('NetworkSelfEvaluation')
      .flushData(selfEvaluationResult({ viewerCanEdit: true }));
    await rendered.settle(2);
    expect(element.textContent).toContain(`Egenvurderingen for ${THIS_YEAR} er lagret.`);
    expect(element.querySelector('#self-evaluation-form-heading')).toBeNull();
  });

  it('lets the secretariat close an open year after asking', async () => {
    const element = await render(USERS.secretariat, true);
    expect(findButton(element, 'Lukk 2024')).toBeUndefined();
    buttonNamed(element, 'Lukk 2025').click();
    await rendered.settle(2);
    expect(asked).toEqual(['Lukke egenvurderingen for 2025?']);
    const op = rendered.controller.expectOne('CloseSelfEvaluation');
    expect(op.operation.variables).toEqual({ input: { id: evaluation(2025).id, version: 2 } });
    op.flushData({
      closeSelfEvaluation: evaluation(2025, {
        closed: true,
        closedAt: '2026-12-07T10:00:00.000Z',
        version: 3,
      }),
    });
    await rendered.settle(3);
    expect(element.textContent).toContain('Egenvurderingen for 2025 er lukket.');
  });
  it("lets the secretariat keep the region's questions: reword, add, move and retire them", async () => {
    const element = await render(USERS.secretariat, true);
    const editor = element.querySelector('[data-testid="self-evaluation-questions"]') as HTMLElement;
    expect(editor.textContent).toContain('Regionens spørsmål');
    typeInto(byId(editor, `sq-${Q2}-text`), 'Rollene i nettverket er tydelige.');
    buttonNamed(editor, 'Nytt spørsmål').click();
    await rendered.settle(2);
    // A new question without text is refused before anything is sent.
    submitForm(editor);
    await rendered.settle(2);
    rendered.controller.expectNone('SetSelfEvaluationQuestions');
    expect(textAt(editor, '#self-evaluation-questions-errors')).toContain('Spørsmål 4: Spørsmålet');
    typeInto(byId(editor, 'sq-new-0-text'), 'Nettverket deler erfaringer.');
    typeInto(byId(editor, 'sq-new-0-scaleMax'), '10');
    (editor.querySelector('#sq-3-up') as HTMLButtonElement).click();
    const state = byId<HTMLSelectElement>(editor, `sq-${Q1}-state`);
    state.value = 'RETIRED';
    state.dispatchEvent(new Event('change'));
    await rendered.settle(2);
    submitForm(editor);
    await rendered.settle(2);
    const op = rendered.controller.expectOne('SetSelfEvaluationQuestions');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        version: 3,
        questions: [
          { id: Q1, text: 'Nettverket har en felles strategi.', scaleMin: 1, scaleMax: 5, active: false },
          { id: Q2, text: 'Rollene i nettverket er tydelige.', scaleMin: 1, scaleMax: 5, active: true },
          { text: 'Nettverket deler erfaringer.', scaleMin: 1, scaleMax: 10, active: true },
          { id: Q_RETIRED, text: 'Nok kapasitet.', scaleMin: 1, scaleMax: 5, active: false },
        ],
      },
    });
    op.flushData({
      setSelfEvaluationQuestions: {
        __typename: 'SelfEvaluationQuestionList',
        version: 4,
        questions: selfEvaluationResult().selfEvaluationQuestions.questions,
      },
    });
    await rendered.settle(3);
    expect(editor.textContent).toContain('Spørsmålene er lagret.');
    rendered.controller
      .expectOne('NetworkSelfEvaluation')
      .flushData(selfEvaluationResult({ viewerCanEdit: true }));
    await rendered.settle(2);
  });
});

describe('the self-evaluation view', () => {
  const data = selfEvaluationResult();
  const evaluations = data.network.selfEvaluations;
  const questions = data.selfEvaluationQuestions.questions;

  it("groups the answers by question in the questions' order, newest year first", () => {
    expect(
      resultsByQuestion(evaluations).map((q) => [q.text, q.rows.map((r) => `${r.year}:${r.score}`)]),
    ).toEqual([
      ['Nettverket har en felles strategi.', ['2025:3', '2024:2']],
      ['Rollene er tydelige.', ['2025:4', '2024:3']],
      ['Nok kapasitet.', ['2024:2']],
    ]);
  });

  it('charts the latest three years, oldest first, with nothing where a year did not answer', () => {
    const many = [2021, 2022, 2023, 2024].map((year) => evaluation(year));
    const chart = resultsChart(resultsByQuestion([...many, ...evaluations.slice(1)]), {
      categoryName: 'Spørsmål',
      questionLabel: (n) => `Spørsmål ${n}`,
    });
    expect(chart?.series.map((s) => s.name)).toEqual(['2022', '2023', '2024']);
    expect(chart?.categories).toEqual(['Spørsmål 1', 'Spørsmål 2', 'Spørsmål 3']);
    expect(chart?.series[0].values).toEqual([3, 4, null]);
    expect(resultsChart([], { categoryName: '', questionLabel: String })).toBeNull();
  });

  it("asks a year's active questions and those it answered before, starting from its answers", () => {
    const closed2024 = evaluations[1];
    const asked = questionsToAnswer(questions, closed2024);
    expect(asked.map((q) => q.id)).toEqual([Q1, Q2, Q_RETIRED]);
    const values = answerValues(asked, closed2024);
    expect(values[`score-${Q_RETIRED}`]).toBe('2');
    expect(answerProblems(asked, values)).toEqual({});
    expect(answersInput(asked, values)).toEqual([
      { questionId: Q1, score: 2, comment: 'Under arbeid.' },
      { questionId: Q2, score: 3, comment: '' },
      { questionId: Q_RETIRED, score: 2, comment: 'Få fagfolk.' },
    ]);
    expect(questionsToAnswer(questions, null).map((q) => q.id)).toEqual([Q1, Q2]);
    expect(
      answerProblems([questions[0]], { [`score-${Q1}`]: '3', [`comment-${Q1}`]: 'x'.repeat(2001) }),
    ).toEqual({
      [`comment-${Q1}`]: 'commentTooLong',
    });
  });
});
