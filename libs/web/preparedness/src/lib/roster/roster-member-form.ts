import type { TranslationKey } from '@samarbeid/web/data-access';
import type { CrisisTeamMemberFieldsFragment } from '@samarbeid/web/graphql';

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
  /** The person's user (who then sees the team's contact details), or '' (none). */
  readonly user: string;
  readonly phone: string;
  readonly email: string;
}

export type MemberFormField = keyof MemberFormValues;

export const MEMBER_FORM_FIELDS: readonly MemberFormField[] = [
  'team',
  'deputyOf',
  'role',
  'personName',
  'homeMunicipality',
  'user',
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
    user: '',
    phone: '',
    email: '',
  };
}

/** A person on the roster as the form shows them, to be changed (the team and whom they stand in for stay). */
export function memberFormOf(member: CrisisTeamMemberFieldsFragment): MemberFormValues {
  return {
    team: member.teamMunicipalityNumber ?? REGIONAL_TEAM,
    deputyOf: member.deputyOfId ?? '',
    role: member.role,
    personName: member.personName,
    homeMunicipality: member.homeMunicipalityNumber,
    user: member.userId ?? '',
    phone: member.contact?.phone ?? '',
    email: member.contact?.email ?? '',
  };
}

/** What the API takes for both adding and changing a person. */
export function memberInput(values: MemberFormValues) {
  return {
    role: values.role.trim(),
    personName: values.personName.trim(),
    homeMunicipalityNumber: values.homeMunicipality,
    userId: values.user || null,
    phone: values.phone.trim() || null,
    email: values.email.trim() || null,
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
    case 'deputyOfId':
      return 'deputyOf';
    case 'userId':
      return 'user';
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
