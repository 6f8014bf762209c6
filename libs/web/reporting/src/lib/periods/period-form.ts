import type { TranslationKey } from '@samarbeid/web/data-access';

export interface PeriodFormValues {
  readonly name: string;
  readonly kind: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly dueDate: string;
}

export type PeriodFormField = keyof PeriodFormValues;
export const PERIOD_FORM_FIELDS: readonly PeriodFormField[] = [
  'name',
  'kind',
  'periodFrom',
  'periodTo',
  'dueDate',
];
export const PERIOD_NAME_MAX_LENGTH = 120;

/** A half-year form filled with the current half-year and a due date six weeks after it. */
export function emptyPeriodForm(today: Date = new Date()): PeriodFormValues {
  const year = today.getFullYear();
  const first = today.getMonth() < 6;
  return {
    name: first ? `1. halvår ${year}` : `2. halvår ${year}`,
    kind: 'HALF_YEAR',
    periodFrom: first ? `${year}-01-01` : `${year}-07-01`,
    periodTo: first ? `${year}-06-30` : `${year}-12-31`,
    dueDate: first ? `${year}-08-15` : `${year + 1}-02-15`,
  };
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The API's rules, checked before sending. */
export function validatePeriodForm(
  values: PeriodFormValues,
): Partial<Record<PeriodFormField, TranslationKey>> {
  const errors: Partial<Record<PeriodFormField, TranslationKey>> = {};
  const name = values.name.trim();
  if (!name || name.length > PERIOD_NAME_MAX_LENGTH) errors.name = 'reporting.form.error.name';
  if (!isRealDate(values.periodFrom)) errors.periodFrom = 'reporting.form.error.date';
  if (!isRealDate(values.periodTo)) errors.periodTo = 'reporting.form.error.date';
  else if (!errors.periodFrom && values.periodTo < values.periodFrom)
    errors.periodTo = 'reporting.form.error.order';
  if (!isRealDate(values.dueDate)) errors.dueDate = 'reporting.form.error.date';
  else if (!errors.periodFrom && values.dueDate < values.periodFrom)
    errors.dueDate = 'reporting.form.error.due';
  return errors;
}
