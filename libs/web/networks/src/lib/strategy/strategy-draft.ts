import type { Language, TranslationKey } from '@samarbeid/web/data-access';
import type { IndicatorDirection, SaveStrategyInput, StrategyDetailQuery } from '@samarbeid/web/graphql';
import { isValidIsoDate } from '@samarbeid/shared/domain';

import { formatDecimal, parseDecimal } from './decimal';

/** A strategy as the strategy page has it. */
export type StrategyDetail = StrategyDetailQuery['strategy'];

/**
 * The strategy editor's content, as the inputs hold it: years and values are the text the user wrote. Every goal
 * and indicator has a `key` that stays with it when it moves (its id, or a new one), for the DOM ids and focus.
 */
export interface IndicatorDraft {
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly baselineYear: string;
  readonly baselineValue: string;
  readonly targetYear: string;
  readonly targetValue: string;
  readonly direction: IndicatorDirection;
}

export interface GoalDraft {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly indicators: readonly IndicatorDraft[];
}

export interface StrategyDraft {
  readonly title: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  /** The consultation's last day, YYYY-MM-DD, or '' for none. */
  readonly consultationEndsOn: string;
  readonly goals: readonly GoalDraft[];
}

export type HeaderField = 'title' | 'periodFrom' | 'periodTo' | 'consultationEndsOn';
export type GoalField = 'title' | 'description';
export type IndicatorField = Exclude<keyof IndicatorDraft, 'key'>;

/** The API's limits. */
export const STRATEGY_TITLE_MAX_LENGTH = 300;
export const GOAL_TITLE_MAX_LENGTH = 300;
export const GOAL_DESCRIPTION_MAX_LENGTH = 5000;
export const INDICATOR_NAME_MAX_LENGTH = 300;
export const INDICATOR_UNIT_MAX_LENGTH = 50;
export const MAX_GOALS = 30;
export const MAX_INDICATORS = 20;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

let newKeys = 0;
/** A key for a goal or indicator that has no id yet. */
export function newKey(): string {
  newKeys += 1;
  return `new-${newKeys}`;
}

/** The saved content of a strategy, as the editor holds it. */
export function draftOf(
  strategy: Pick<StrategyDetail, 'title' | 'periodFrom' | 'periodTo' | 'consultationEndsOn' | 'goals'>,
  language: Language,
): StrategyDraft {
  return {
    title: strategy.title,
    periodFrom: String(strategy.periodFrom),
    periodTo: String(strategy.periodTo),
    consultationEndsOn: strategy.consultationEndsOn ?? '',
    goals: strategy.goals.map((goal) => ({
      key: goal.id,
      title: goal.title,
      description: goal.description,
      indicators: goal.indicators.map((indicator) => ({
        key: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        baselineYear: String(indicator.baselineYear),
        baselineValue: formatDecimal(indicator.baselineValue, language),
        targetYear: String(indicator.targetYear),
        targetValue: formatDecimal(indicator.targetValue, language),
        direction: indicator.direction,
      })),
    })),
  };
}

/** Writes the decimal values again for another language ("38,5" ↔ "38.5"); what does not parse is kept. */
export function relanguage(draft: StrategyDraft, from: Language, to: Language): StrategyDraft {
  if (from === to) return draft;
  const convert = (text: string) => {
    const value = parseDecimal(text, from);
    return value === undefined ? text : formatDecimal(value, to);
  };
  return {
    ...draft,
    goals: draft.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map((indicator) => ({
        ...indicator,
        baselineValue: convert(indicator.baselineValue),
        targetValue: convert(indicator.targetValue),
      })),
    })),
  };
}

// Changes: each returns a new draft and leaves the old one as it was.

export function updateHeader(draft: StrategyDraft, field: HeaderField, value: string): StrategyDraft {
  return { ...draft, [field]: value };
}

function withGoals(draft: StrategyDraft, goals: readonly GoalDraft[]): StrategyDraft {
  return { ...draft, goals };
}

function moved<T>(items: readonly T[], index: number, delta: -1 | 1): readonly T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** A new, empty goal at the end. */
export function addGoal(draft: StrategyDraft, key = newKey()): StrategyDraft {
  return withGoals(draft, [...draft.goals, { key, title: '', description: '', indicators: [] }]);
}

export function removeGoal(draft: StrategyDraft, index: number): StrategyDraft {
  return withGoals(
    draft,
    draft.goals.filter((_, i) => i !== index),
  );
}

/** Moves a goal one place up (-1) or down (1); at either end, nothing changes. */
export function moveGoal(draft: StrategyDraft, index: number, delta: -1 | 1): StrategyDraft {
  return withGoals(draft, moved(draft.goals, index, delta));
}

export function updateGoal(
  draft: StrategyDraft,
  index: number,
  field: GoalField,
  value: string,
): StrategyDraft {
  return withGoals(
    draft,
    draft.goals.map((goal, i) => (i === index ? { ...goal, [field]: value } : goal)),
  );
}

/** A new indicator at the end of a goal: from the start to the end of the strategy period, to increase. */
export function addIndicator(draft: StrategyDraft, goalIndex: number, key = newKey()): StrategyDraft {
  const indicator: IndicatorDraft = {
    key,
    name: '',
    unit: '',
    baselineYear: draft.periodFrom,
    baselineValue: '',
    targetYear: draft.periodTo,
    targetValue: '',
    direction: 'INCREASE',
  };
  return withGoals(
    draft,
    draft.goals.map((goal, i) =>
      i === goalIndex ? { ...goal, indicators: [...goal.indicators, indicator] } : goal,
    ),
  );
}

export function removeIndicator(draft: StrategyDraft, goalIndex: number, index: number): StrategyDraft {
  return withGoals(
    draft,
    draft.goals.map((goal, i) =>
      i === goalIndex ? { ...goal, indicators: goal.indicators.filter((_, j) => j !== index) } : goal,
    ),
  );
}

export function updateIndicator(
  draft: StrategyDraft,
  goalIndex: number,
  index: number,
  field: IndicatorField,
  value: string,
): StrategyDraft {
  return withGoals(
    draft,
    draft.goals.map((goal, i) =>
      i === goalIndex
        ? {
            ...goal,
            indicators: goal.indicators.map((indicator, j) =>
              j === index ? { ...indicator, [field]: value } : indicator,
            ),
          }
        : goal,
    ),
  );
}

// Paths: the API's names for the fields ("goals.0.indicators.1.baselineValue"), so its messages land on them.

export const goalPath = (goal: number, field: GoalField) => `goals.${goal}.${field}`;
export const indicatorPath = (goal: number, indicator: number, field: IndicatorField) =>
  `goals.${goal}.indicators.${indicator}.${field}`;

/** Problems, by path, as translation keys. */
export type DraftErrors = Readonly<Record<string, TranslationKey>>;

function year(text: string): number | undefined {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function yearError(text: string): TranslationKey | undefined {
  if (!text.trim()) return 'strategyForm.error.yearRequired';
  const value = year(text);
  return value === undefined || value < FIRST_YEAR || value > LAST_YEAR
    ? 'strategyForm.error.year'
    : undefined;
}

/** The API's rules, so that most mistakes are caught before anything is sent. */
export function validateDraft(draft: StrategyDraft, language: Language): DraftErrors {
  const errors: Record<string, TranslationKey> = {};
  const title = draft.title.trim();
  if (!title) errors['title'] = 'strategyForm.error.titleRequired';
  else if (title.length > STRATEGY_TITLE_MAX_LENGTH) errors['title'] = 'strategyForm.error.titleLength';
  const fromError = yearError(draft.periodFrom);
  const toError = yearError(draft.periodTo);
  if (fromError) errors['periodFrom'] = fromError;
  if (toError) errors['periodTo'] = toError;
  else if (!fromError && (year(draft.periodTo) ?? 0) < (year(draft.periodFrom) ?? 0)) {
    errors['periodTo'] = 'strategyForm.error.periodBackwards';
  }
  const endsOn = draft.consultationEndsOn.trim();
  if (endsOn && !isValidIsoDate(endsOn))
    errors['consultationEndsOn'] = 'strategyForm.error.consultationEndsOn';
  draft.goals.forEach((goal, g) => {
    const goalTitle = goal.title.trim();
    if (!goalTitle) errors[goalPath(g, 'title')] = 'strategyForm.error.goalTitleRequired';
    else if (goalTitle.length > GOAL_TITLE_MAX_LENGTH) {
      errors[goalPath(g, 'title')] = 'strategyForm.error.goalTitleLength';
    }
    if (goal.description.trim().length > GOAL_DESCRIPTION_MAX_LENGTH) {
      errors[goalPath(g, 'description')] = 'strategyForm.error.descriptionLength';
    }
    goal.indicators.forEach((indicator, i) => {
      const path = (field: IndicatorField) => indicatorPath(g, i, field);
      const name = indicator.name.trim();
      if (!name) errors[path('name')] = 'strategyForm.error.indicatorNameRequired';
      else if (name.length > INDICATOR_NAME_MAX_LENGTH)
        errors[path('name')] = 'strategyForm.error.indicatorNameLength';
      const unit = indicator.unit.trim();
      if (!unit) errors[path('unit')] = 'strategyForm.error.unitRequired';
      else if (unit.length > INDICATOR_UNIT_MAX_LENGTH)
        errors[path('unit')] = 'strategyForm.error.unitLength';
      const baselineYearError = yearError(indicator.baselineYear);
      const targetYearError = yearError(indicator.targetYear);
      if (baselineYearError) errors[path('baselineYear')] = baselineYearError;
      if (targetYearError) errors[path('targetYear')] = targetYearError;
      else if (
        !baselineYearError &&
        (year(indicator.targetYear) ?? 0) < (year(indicator.baselineYear) ?? 0)
      ) {
        errors[path('targetYear')] = 'strategyForm.error.targetBeforeBaseline';
      }
      for (const field of ['baselineValue', 'targetValue'] as const) {
        if (!indicator[field].trim()) errors[path(field)] = 'strategyForm.error.valueRequired';
        else if (parseDecimal(indicator[field], language) === undefined) {
          errors[path(field)] =
            language === 'nb' ? 'strategyForm.error.value' : 'strategyForm.error.valueEnglish';
        }
      }
    });
  });
  return errors;
}

/** What `saveStrategy` gets: texts trimmed, years as numbers, values in the API's form. Only for a valid draft. */
export function saveInput(
  draft: StrategyDraft,
  id: string,
  version: number,
  language: Language,
): SaveStrategyInput {
  const decimal = (text: string) => parseDecimal(text, language) ?? text.trim();
  return {
    id,
    version,
    title: draft.title.trim(),
    periodFrom: Number(draft.periodFrom.trim()),
    periodTo: Number(draft.periodTo.trim()),
    consultationEndsOn: draft.consultationEndsOn.trim() || null,
    goals: draft.goals.map((goal) => ({
      title: goal.title.trim(),
      description: goal.description.trim(),
      indicators: goal.indicators.map((indicator) => ({
        name: indicator.name.trim(),
        unit: indicator.unit.trim(),
        baselineYear: Number(indicator.baselineYear.trim()),
        baselineValue: decimal(indicator.baselineValue),
        targetYear: Number(indicator.targetYear.trim()),
        targetValue: decimal(indicator.targetValue),
        direction: indicator.direction,
      })),
    })),
  };
}

/** Whether two drafts hold the same content (keys aside). */
export function sameContent(a: StrategyDraft, b: StrategyDraft): boolean {
  const content = (draft: StrategyDraft) => [
    draft.title,
    draft.periodFrom,
    draft.periodTo,
    draft.consultationEndsOn.trim(),
    draft.goals.map((goal) => [
      goal.title,
      goal.description,
      goal.indicators.map((indicator) => [
        indicator.name,
        indicator.unit,
        indicator.baselineYear,
        indicator.baselineValue,
        indicator.targetYear,
        indicator.targetValue,
        indicator.direction,
      ]),
    ]),
  ];
  return JSON.stringify(content(a)) === JSON.stringify(content(b));
}
