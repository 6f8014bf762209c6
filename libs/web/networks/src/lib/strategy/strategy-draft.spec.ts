import { describe, expect, it } from '@jest/globals';

import { strategy } from '../../testing/network-fixtures';
import {
  addGoal,
  addIndicator,
  draftOf,
  moveGoal,
  relanguage,
  removeGoal,
  removeIndicator,
  sameContent,
  saveInput,
  type StrategyDraft,
  updateGoal,
  updateHeader,
  updateIndicator,
  validateDraft,
} from './strategy-draft';

const titles = (draft: StrategyDraft) => draft.goals.map((goal) => goal.title);

describe('the strategy draft', () => {
  const saved = draftOf(strategy(), 'nb');

  it('holds the saved content as the inputs show it: years as text, values with a comma', () => {
    expect(saved.periodFrom).toBe('2026');
    expect(saved.goals.map((goal) => goal.key)).toEqual(['goal-1', 'goal-2']);
    expect(saved.goals[1].indicators[0]).toEqual({
      key: 'indicator-2',
      name: 'Median behandlingstid byggesak',
      unit: 'dager',
      baselineYear: '2025',
      baselineValue: '38,5',
      targetYear: '2029',
      targetValue: '21',
      direction: 'DECREASE',
    });
    expect(draftOf(strategy(), 'en').goals[1].indicators[0].baselineValue).toBe('38.5');
  });

  it('adds an empty goal last, and an indicator spanning the strategy period', () => {
    const added = addIndicator(addGoal(saved, 'g-new'), 2, 'i-new');
    expect(titles(added)).toEqual([...titles(saved), '']);
    expect(added.goals[2]).toMatchObject({ key: 'g-new', description: '' });
    expect(added.goals[2].indicators).toEqual([
      {
        key: 'i-new',
        name: '',
        unit: '',
        baselineYear: '2026',
        baselineValue: '',
        targetYear: '2029',
        targetValue: '',
        direction: 'INCREASE',
      },
    ]);
    // The original is left as it was.
    expect(saved.goals).toHaveLength(2);
  });

  it('removes a goal or an indicator', () => {
    expect(titles(removeGoal(saved, 0))).toEqual(['Raskere og likere saksbehandling']);
    const withTwo = addIndicator(saved, 0, 'i-2');
    expect(removeIndicator(withTwo, 0, 0).goals[0].indicators.map((i) => i.key)).toEqual(['i-2']);
    expect(removeIndicator(withTwo, 0, 1).goals[0].indicators.map((i) => i.key)).toEqual(['indicator-1']);
    expect(removeIndicator(withTwo, 0, 1).goals[1]).toBe(withTwo.goals[1]);
  });

  it('moves a goal up or down, keeping its key; nothing moves past either end', () => {
    const three = updateGoal(addGoal(saved, 'g-3'), 2, 'title', 'Tredje');
    expect(moveGoal(three, 2, -1).goals.map((goal) => goal.key)).toEqual(['goal-1', 'g-3', 'goal-2']);
    expect(moveGoal(three, 0, 1).goals.map((goal) => goal.key)).toEqual(['goal-2', 'goal-1', 'g-3']);
    expect(moveGoal(three, 0, -1)).toEqual(three);
    expect(moveGoal(three, 2, 1)).toEqual(three);
  });

  it('changes one field of the header, a goal or an indicator', () => {
    expect(updateHeader(saved, 'periodTo', '2030').periodTo).toBe('2030');
    const changed = updateIndicator(saved, 1, 0, 'targetValue', '20,5');
    expect(changed.goals[1].indicators[0].targetValue).toBe('20,5');
    expect(changed.goals[0]).toBe(saved.goals[0]);
    expect(sameContent(changed, saved)).toBe(false);
    expect(sameContent(draftOf(strategy(), 'nb'), saved)).toBe(true);
  });

  it('finds the same problems as the API, by the API’s field paths', () => {
    let draft = addIndicator(addGoal(saved, 'g'), 2, 'i');
    draft = updateHeader(draft, 'periodTo', '2024');
    draft = updateIndicator(draft, 2, 0, 'baselineValue', '12,34567');
    draft = updateIndicator(draft, 2, 0, 'targetValue', 'mange');
    draft = updateIndicator(draft, 2, 0, 'targetYear', '2020');
    draft = updateIndicator(draft, 2, 0, 'baselineYear', '2021');
    expect(validateDraft(draft, 'nb')).toEqual({
      periodTo: 'strategyForm.error.periodBackwards',
      'goals.2.title': 'strategyForm.error.goalTitleRequired',
      'goals.2.indicators.0.name': 'strategyForm.error.indicatorNameRequired',
      'goals.2.indicators.0.unit': 'strategyForm.error.unitRequired',
      'goals.2.indicators.0.targetYear': 'strategyForm.error.targetBeforeBaseline',
      'goals.2.indicators.0.baselineValue': 'strategyForm.error.value',
      'goals.2.indicators.0.targetValue': 'strategyForm.error.value',
    });
    expect(validateDraft(updateHeader(saved, 'periodFrom', '1999'), 'nb')).toEqual({
      periodFrom: 'strategyForm.error.year',
    });
    expect(validateDraft(updateHeader(saved, 'title', '  '), 'nb')).toEqual({
      title: 'strategyForm.error.titleRequired',
    });
    expect(validateDraft(saved, 'nb')).toEqual({});
    expect(validateDraft(updateHeader(saved, 'consultationEndsOn', '2027-02-29'), 'nb')).toEqual({
      consultationEndsOn: 'strategyForm.error.consultationEndsOn',
    });
    const withEnd = updateHeader(saved, 'consultationEndsOn', '2028-02-29');
    expect(validateDraft(withEnd, 'nb')).toEqual({});
    expect(sameContent(withEnd, saved)).toBe(false);
    expect(saveInput(withEnd, 's1', 1, 'nb').consultationEndsOn).toBe('2028-02-29');
    expect(saveInput(saved, 's1', 1, 'nb').consultationEndsOn).toBeNull();
  });

  it('refuses a decimal comma in English, where the point is the separator', () => {
    const draft = updateIndicator(saved, 1, 0, 'baselineValue', '38,5');
    expect(validateDraft(draft, 'en')).toEqual({
      'goals.1.indicators.0.baselineValue': 'strategyForm.error.valueEnglish',
    });
  });

  it('sends trimmed texts, years as numbers and values with a point, never rounded', () => {
    let draft = addIndicator(addGoal(saved, 'g'), 2, 'i');
    draft = updateGoal(draft, 2, 'title', '  Færre klager  ');
    for (const [field, value] of [
      ['name', ' Klager på byggesaker '],
      ['unit', 'antall per år'],
      ['baselineValue', '12,5'],
      ['targetValue', '0,0001'],
      ['direction', 'DECREASE'],
    ] as const) {
      draft = updateIndicator(draft, 2, 0, field, value);
    }
    const input = saveInput(draft, 's1', 7, 'nb');
    expect(input).toMatchObject({
      id: 's1',
      version: 7,
      title: saved.title,
      periodFrom: 2026,
      periodTo: 2029,
    });
    expect(input.goals).toHaveLength(3);
    expect(input.goals[1].indicators?.[0]).toMatchObject({ baselineValue: '38.5', targetValue: '21' });
    expect(input.goals[2]).toEqual({
      title: 'Færre klager',
      description: '',
      indicators: [
        {
          name: 'Klager på byggesaker',
          unit: 'antall per år',
          baselineYear: 2026,
          baselineValue: '12.5',
          targetYear: 2029,
          targetValue: '0.0001',
          direction: 'DECREASE',
        },
      ],
    });
  });

  it('writes the values again when the language changes', () => {
    const english = relanguage(saved, 'nb', 'en');
    expect(english.goals[1].indicators[0].baselineValue).toBe('38.5');
    expect(relanguage(english, 'en', 'nb').goals[1].indicators[0].baselineValue).toBe('38,5');
    // What does not parse is kept as written, for the user to correct.
    const odd = updateIndicator(saved, 1, 0, 'targetValue', 'mange');
    expect(relanguage(odd, 'nb', 'en').goals[1].indicators[0].targetValue).toBe('mange');
  });
});
