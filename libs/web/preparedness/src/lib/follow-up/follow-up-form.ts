import type { TranslationKey } from '@samarbeid/web/data-access';

/** Choosing "someone else" as owner: their name is written instead. */
export const OTHER_OWNER = 'annen';
/** The region's own action (no municipality). */
export const REGION_CHOICE = 'regionen';

export interface FollowUpFormValues {
  readonly title: string;
  readonly description: string;
  /** A municipality number, {@link REGION_CHOICE}, or '' (not chosen). */
  readonly municipality: string;
  /** A person's user id, {@link OTHER_OWNER}, or '' (not chosen). */
  readonly owner: string;
  readonly ownerName: string;
  readonly deadline: string;
}

export type FollowUpFormField = 'title' | 'municipality' | 'owner' | 'ownerName' | 'deadline';

export const FOLLOW_UP_FORM_FIELDS: readonly FollowUpFormField[] = [
  'title',
  'municipality',
  'owner',
  'ownerName',
  'deadline',
];

export const ACTION_TITLE_MAX_LENGTH = 300;
export const OWNER_NAME_MAX_LENGTH = 200;

export function emptyFollowUpForm(municipality: string): FollowUpFormValues {
  return { title: '', description: '', municipality, owner: '', ownerName: '', deadline: '' };
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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
  if (!values.owner) errors.owner = 'preparedness.followUpForm.error.owner';
  else if (values.owner === OTHER_OWNER) {
    const name = values.ownerName.trim();
    if (!name) errors.ownerName = 'preparedness.followUpForm.error.ownerName';
    else if (name.length > OWNER_NAME_MAX_LENGTH)
      errors.ownerName = 'preparedness.followUpForm.error.ownerNameLength';
  }
  if (!isDate(values.deadline)) errors.deadline = 'preparedness.followUpForm.error.deadline';
  return errors;
}

/** The input the API takes for the form's values. */
export function followUpInput(values: FollowUpFormValues) {
  const other = values.owner === OTHER_OWNER;
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    municipalityNumber: values.municipality === REGION_CHOICE ? null : values.municipality,
    ownerUserId: other ? null : values.owner,
    ownerName: other ? values.ownerName.trim() : null,
    deadline: values.deadline,
  };
}

/** The API's field (`input.ownerUserId`) as the form's. */
export function followUpFieldOf(path: string): FollowUpFormField | undefined {
  switch (path.split('.').at(-1)) {
    case 'title':
      return 'title';
    case 'municipalityNumber':
      return 'municipality';
    case 'ownerUserId':
      return 'owner';
    case 'ownerName':
      return 'ownerName';
    case 'deadline':
      return 'deadline';
    default:
      return undefined;
  }
}
