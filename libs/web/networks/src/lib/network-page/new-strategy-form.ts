import type { TranslationKey } from '@samarbeid/web/data-access';
import type { CreateStrategyInput } from '@samarbeid/web/graphql';

/** "Ny strategi": title and period, as the inputs hold them. */
export interface NewStrategyValues {
  readonly title: string;
  readonly periodFrom: string;
  readonly periodTo: string;
}

export type NewStrategyField = keyof NewStrategyValues;
export type NewStrategyErrors = Partial<Record<NewStrategyField, TranslationKey>>;
export const NEW_STRATEGY_FIELDS: readonly NewStrategyField[] = ['title', 'periodFrom', 'periodTo'];

const TITLE_MAX_LENGTH = 300;

function year(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 2000 && value <= 2100 ? value : undefined;
}

/** A new strategy's suggested period: the next four years ("2027–2030" in 2026). */
export function suggestedStrategy(today: Date): NewStrategyValues {
  const next = today.getFullYear() + 1;
  return { title: '', periodFrom: String(next), periodTo: String(next + 3) };
}

export function validateNewStrategy(values: NewStrategyValues): NewStrategyErrors {
  const errors: NewStrategyErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'strategyForm.error.titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'strategyForm.error.titleLength';
  const from = year(values.periodFrom);
  const to = year(values.periodTo);
  if (from === undefined) errors.periodFrom = 'strategyForm.error.year';
  if (to === undefined) errors.periodTo = 'strategyForm.error.year';
  else if (from !== undefined && to < from) errors.periodTo = 'strategyForm.error.periodBackwards';
  return errors;
}

export function newStrategyInput(networkId: string, values: NewStrategyValues): CreateStrategyInput {
  return {
    networkId,
    title: values.title.trim(),
    periodFrom: Number(values.periodFrom.trim()),
    periodTo: Number(values.periodTo.trim()),
  };
}
