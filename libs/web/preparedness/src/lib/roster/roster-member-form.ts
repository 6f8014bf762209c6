import type { TranslationKey } from '@samarbeid/web/data-access';

/** The region's own team in the team choice. */
export const REGIONAL_TEAM = 'regionen';

export interface MemberFormValues {
  /** A municipality number, or {@link REGIONAL_TEAM}. */
  readonly team: string;
  /** The member a deputy stands in for (an entry id), or ''. */
  readonly deputyOf: string;
  readonly role: string;
  readonly personName: string;
  readonly homeMunicipality: string;
  readonly phone: string;
  readonly email: string;
}

export type MemberFormField = 'team' | 'role' | 'personName' | 'homeMunicipality' | 'phone' | 'email';

export const MEMBER_FORM_FIELDS: readonly MemberFormField[] = [
  'team',
  'role',
  'personName',
  'homeMunicipality',
  'phone',
  'email',
];

export function emptyMemberForm(): MemberFormValues {
  return {
    team: REGIONAL_TEAM,
    deputyOf: '',
    role: '',
    personName: '',
    homeMunicipality: '',
    phone: '',
    email: '',
  };
}

/** The API's rules, checked before sending. */
export function validateMemberForm(
  values: MemberFormValues,
): Partial<Record<MemberFormField, TranslationKey>> {
  const errors: Partial<Record<MemberFormField, TranslationKey>> = {};
  if (!values.team) errors.team = 'preparedness.memberForm.error.team';
  if (!values.role.trim()) errors.role = 'preparedness.memberForm.error.role';
  if (!values.personName.trim()) errors.personName = 'preparedness.memberForm.error.personName';
  if (!values.homeMunicipality) errors.homeMunicipality = 'preparedness.memberForm.error.homeMunicipality';
  const phone = values.phone.trim();
  if (phone && !/^\+?[0-9][0-9 ]{6,19}$/.test(phone)) errors.phone = 'preparedness.memberForm.error.phone';
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.email = 'preparedness.memberForm.error.email';
  return errors;
}

/** The API's field (`input.homeMunicipalityNumber`) as the form's. */
export function memberFieldOf(path: string): MemberFormField | undefined {
  switch (path.split('.').at(-1)) {
    case 'teamMunicipalityNumber':
      return 'team';
    case 'homeMunicipalityNumber':
      return 'homeMunicipality';
    case 'role':
      return 'role';
    case 'personName':
      return 'personName';
    case 'phone':
      return 'phone';
    case 'email':
      return 'email';
    default:
      return undefined;
  }
}
