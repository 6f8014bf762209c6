import type { TranslationKey } from '@samarbeid/web/data-access';
import type { FollowUpActionFieldsFragment } from '@samarbeid/web/graphql';

import { FOLLOW_UP_SOURCE_KINDS, type FollowUpSourceKind, isValidIsoDate } from '@samarbeid/shared/domain';
import { ownerInput, ownerProblems, type OwnerValues, ownerValuesOf } from '../shared/owner';

export { OTHER_OWNER, OWNER_NAME_MAX_LENGTH } from '../shared/owner';

/** The region's own action (no municipality). */
export const REGION_CHOICE = 'regionen';

export interface FollowUpFormValues extends OwnerValues {
  readonly title: string;
  readonly description: string;
  /** A municipality number, {@link REGION_CHOICE}, or '' (not chosen). */
  readonly municipality: string;
  readonly deadline: string;
  /** The measure it belongs to (its id), or '' (none). */
  readonly measure: string;
  /** What it follows up, `<kind>:<id>` (see {@link sourceChoice}), or '' (nothing). */
  readonly source: string;
}

export type FollowUpFormField = keyof FollowUpFormValues;

/** The form's fields in page order (the error summary's order). */
export const FOLLOW_UP_FORM_FIELDS: readonly FollowUpFormField[] = [
  'title',
  'description',
  'municipality',
  'owner',
  'ownerName',
  'deadline',
  'measure',
  'source',
];

export const ACTION_TITLE_MAX_LENGTH = 300;

export function emptyFollowUpForm(municipality: string): FollowUpFormValues {
  return {
    title: '',
    description: '',
    municipality,
    owner: '',
    ownerName: '',
    deadline: '',
    measure: '',
    source: '',
  };
}

/** A decision (DECISION) or an agreement (AGREEMENT) as the form's choice. */
export function sourceChoice(kind: FollowUpSourceKind, id: string): string {
  return `${kind}:${id}`;
}

/** The form's choice of what an action follows up, as the API takes it. */
export function sourceInput(choice: string): { kind: FollowUpSourceKind; id: string } | null {
  const [kind, id] = choice.split(':');
  const known = FOLLOW_UP_SOURCE_KINDS.find((candidate) => candidate === kind);
  return known && id ? { kind: known, id } : null;
}

/** A recorded action as the form shows it, to be changed. */
export function followUpFormOf(action: FollowUpActionFieldsFragment): FollowUpFormValues {
  return {
    title: action.title,
    description: action.description ?? '',
    municipality: action.municipalityNumber ?? REGION_CHOICE,
    ...ownerValuesOf(action),
    deadline: action.deadline,
    measure: action.measure?.id ?? '',
    source: action.source ? sourceChoice(action.source.kind, action.source.id) : '',
  };
}

/** The API's rules, checked before sending. */
export function validateFollowUpForm(
  values: FollowUpFormValues,
): Partial<Record<FollowUpFormField, TranslationKey>> {
  const errors: Partial<Record<FollowUpFormField, TranslationKey>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'preparedness.followUpForm.error.title';
  else if (title.length > ACTION_TITLE_MAX_LENGTH)
    errors.title = 'preparedness.followUpForm.error.titleLength';
  if (!values.municipality) errors.municipality = 'preparedness.followUpForm.error.municipality';
  Object.assign(errors, ownerProblems(values));
  if (!isValidIsoDate(values.deadline)) errors.deadline = 'preparedness.followUpForm.error.deadline';
  return errors;
}

/** The input the API takes for the form's values. */
export function followUpInput(values: FollowUpFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    municipalityNumber: values.municipality === REGION_CHOICE ? null : values.municipality,
    ...ownerInput(values),
    deadline: values.deadline,
    measureId: values.measure || null,
    source: sourceInput(values.source),
  };
}

/** The API's field (`input.ownerUserId`) as the form's. */
export function followUpFieldOf(path: string): FollowUpFormField | undefined {
  if (path.split('.').includes('source')) return 'source';
  const field = path.split('.').at(-1);
  const named: Readonly<Record<string, FollowUpFormField>> = {
    municipalityNumber: 'municipality',
    ownerUserId: 'owner',
    measureId: 'measure',
  };
  if (field && field in named) return named[field];
  return FOLLOW_UP_FORM_FIELDS.find((candidate) => candidate === field);
}
