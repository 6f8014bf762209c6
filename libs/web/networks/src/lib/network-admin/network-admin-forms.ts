import type { TranslationKey } from '@samarbeid/web/data-access';
import type {
  AddNetworkMemberInput,
  NetworkKind,
  NetworkRole,
  NetworkSettingsFieldsFragment,
  ServiceArea,
} from '@samarbeid/web/graphql';

/** A network's settings as the form holds them. */
export interface NetworkFormValues {
  readonly name: string;
  readonly kind: NetworkKind | '';
  readonly serviceArea: ServiceArea | '';
  readonly parentId: string;
  readonly mandate: string;
  readonly endsOn: string;
}

export type NetworkFormField = keyof NetworkFormValues;
export const NETWORK_FORM_FIELDS: readonly NetworkFormField[] = [
  'name',
  'kind',
  'serviceArea',
  'parentId',
  'mandate',
  'endsOn',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form for a new network (a working group when `kind` says so), or for `network` as saved. */
export function networkFormOf(
  network: NetworkSettingsFieldsFragment | null,
  kind: NetworkKind | '' = '',
): NetworkFormValues {
  return {
    name: network?.name ?? '',
    kind: network?.kind ?? kind,
    serviceArea: network?.serviceArea ?? '',
    parentId: network?.parent?.id ?? '',
    mandate: network?.mandate ?? '',
    endsOn: network?.endsOn ?? '',
  };
}

/** The API's rules, checked before sending: a name, a kind, a service area; a working group's end date. */
export function validateNetworkForm(
  values: NetworkFormValues,
): Partial<Record<NetworkFormField, TranslationKey>> {
  const errors: Partial<Record<NetworkFormField, TranslationKey>> = {};
  if (!values.name.trim()) errors.name = 'networkAdmin.error.name';
  if (!values.kind) errors.kind = 'networkAdmin.error.kind';
  if (!values.serviceArea) errors.serviceArea = 'networkAdmin.error.serviceArea';
  if (values.kind === 'WORKING_GROUP' && !DATE.test(values.endsOn))
    errors.endsOn = 'networkAdmin.error.endsOn';
  return errors;
}

/** The settings as the API takes them (an end date only for a working group). */
export function networkSettingsInput(values: NetworkFormValues) {
  return {
    name: values.name.trim(),
    kind: values.kind as NetworkKind,
    serviceArea: values.serviceArea as ServiceArea,
    parentId: values.parentId || null,
    mandate: values.mandate.trim() || null,
    endsOn: values.kind === 'WORKING_GROUP' ? values.endsOn : null,
  };
}

/** A new membership as the form holds it. */
export interface MemberFormValues {
  readonly userId: string;
  readonly personName: string;
  readonly email: string;
  readonly municipalityNumber: string;
  readonly role: NetworkRole | '';
  readonly validFrom: string;
}

export type MemberFormField = keyof MemberFormValues;
export const MEMBER_FORM_FIELDS: readonly MemberFormField[] = [
  'userId',
  'personName',
  'email',
  'municipalityNumber',
  'role',
  'validFrom',
];

export const emptyMemberForm = (today: string): MemberFormValues => ({
  userId: '',
  personName: '',
  email: '',
  municipalityNumber: '',
  role: '',
  validFrom: today,
});

export function validateMemberForm(
  values: MemberFormValues,
): Partial<Record<MemberFormField, TranslationKey>> {
  const errors: Partial<Record<MemberFormField, TranslationKey>> = {};
  if (!values.personName.trim()) errors.personName = 'networkAdmin.error.personName';
  if (!values.role) errors.role = 'networkAdmin.error.role';
  if (!DATE.test(values.validFrom)) errors.validFrom = 'networkAdmin.error.validFrom';
  return errors;
}

/** A person with a user picked: their name and municipality fill the fields the user has left empty. */
export function withPerson(
  values: MemberFormValues,
  person: { readonly name: string; readonly municipalityNumber?: string | null } | undefined,
): Partial<MemberFormValues> | undefined {
  if (!person) return undefined;
  return {
    personName: values.personName.trim() ? values.personName : person.name,
    municipalityNumber: values.municipalityNumber || (person.municipalityNumber ?? ''),
  };
}

export function memberInput(networkId: string, values: MemberFormValues): AddNetworkMemberInput {
  return {
    networkId,
    userId: values.userId || null,
    personName: values.personName.trim(),
    email: values.email.trim() || null,
    municipalityNumber: values.municipalityNumber || null,
    role: values.role as NetworkRole,
    validFrom: values.validFrom,
  };
}

/** A change to a network or its members: the network page's queries are fetched again before it is done. */
export const REFETCH_NETWORK = {
  refetchQueries: ['NetworkDetail', 'NetworkAdmin'],
  awaitRefetchQueries: true,
};
