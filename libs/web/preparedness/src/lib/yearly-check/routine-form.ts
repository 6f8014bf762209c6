import { compareIsoDates, isValidIsoDate } from '@samarbeid/shared/domain';
import type { TranslationKey } from '@samarbeid/web/data-access';
import type { PreparednessRoutinesQuery } from '@samarbeid/web/graphql';

import { REGION_CHOICE } from '../follow-up/follow-up-form';
import { ownerInput, ownerProblems, type OwnerValues, ownerValuesOf } from '../shared/owner';

export type Routine = PreparednessRoutinesQuery['preparednessRoutines']['nodes'][number];

export interface RoutineFormValues extends OwnerValues {
  readonly title: string;
  readonly description: string;
  /** A municipality number, the region, or '' (not chosen); fixed once the routine is registered. */
  readonly municipality: string;
  /** Months between reviews, as typed. */
  readonly interval: string;
  /** YYYY-MM-DD, or '' (never reviewed). */
  readonly lastReviewed: string;
}

export type RoutineFormField = keyof RoutineFormValues;

export const ROUTINE_FORM_FIELDS: readonly RoutineFormField[] = [
  'title',
  'description',
  'municipality',
  'owner',
  'ownerName',
  'interval',
  'lastReviewed',
];

export const ROUTINE_TITLE_MAX_LENGTH = 300;

export function emptyRoutineForm(): RoutineFormValues {
  return {
    title: '',
    description: '',
    municipality: '',
    owner: '',
    ownerName: '',
    interval: '12',
    lastReviewed: '',
  };
}

/** A registered routine as the form shows it, to be changed. */
export function routineFormOf(routine: Routine): RoutineFormValues {
  return {
    title: routine.title,
    description: routine.description ?? '',
    municipality: routine.municipalityNumber ?? REGION_CHOICE,
    ...ownerValuesOf(routine),
    interval: String(routine.reviewIntervalMonths),
    lastReviewed: routine.lastReviewedOn ?? '',
  };
}

/** The API's rules, checked before sending (`today`: YYYY-MM-DD in Norway). */
export function validateRoutineForm(
  values: RoutineFormValues,
  today: string,
): Partial<Record<RoutineFormField, TranslationKey>> {
  const errors: Partial<Record<RoutineFormField, TranslationKey>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'preparedness.routineForm.error.title';
  else if (title.length > ROUTINE_TITLE_MAX_LENGTH)
    errors.title = 'preparedness.routineForm.error.titleLength';
  if (!values.municipality) errors.municipality = 'preparedness.routineForm.error.municipality';
  Object.assign(errors, ownerProblems(values));
  const interval = values.interval.trim();
  if (!/^\d{1,2}$/.test(interval) || Number(interval) < 1 || Number(interval) > 60)
    errors.interval = 'preparedness.routineForm.error.interval';
  const last = values.lastReviewed;
  if (last && (!isValidIsoDate(last) || compareIsoDates(last, today) > 0))
    errors.lastReviewed = 'preparedness.routineForm.error.lastReviewed';
  return errors;
}

/** What the API takes for both registering and changing a routine. */
export function routineInput(values: RoutineFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    ...ownerInput(values),
    reviewIntervalMonths: Number(values.interval.trim()),
    lastReviewedOn: values.lastReviewed || null,
  };
}

/** The API's field (`input.reviewIntervalMonths`) as the form's. */
export function routineFieldOf(path: string): RoutineFormField | undefined {
  const field = path.split('.').at(-1);
  const named: Readonly<Record<string, RoutineFormField>> = {
    municipalityNumber: 'municipality',
    ownerUserId: 'owner',
    reviewIntervalMonths: 'interval',
    lastReviewedOn: 'lastReviewed',
  };
  if (field && field in named) return named[field];
  return ROUTINE_FORM_FIELDS.find((candidate) => candidate === field);
}
