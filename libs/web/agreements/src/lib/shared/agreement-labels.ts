import {
  AGREEMENT_DECISION_LABELS,
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  type AgreementDecision,
  type AgreementLegalForm,
  type AgreementPartyRole,
  type AgreementStatus,
  type Labels,
  PRICE_MODEL_LABELS,
  type PriceModel,
  VOLUME_UNIT_LABELS,
  type VolumeUnit,
} from '@samarbeid/shared/domain';
import type { Language } from '@samarbeid/web/data-access';

/** An enum value's label in `language`; the value itself if the API sent one the web app does not know. */
export function labelOf<T extends string>(labels: Labels<T>, value: T, language: Language): string {
  return labels[value]?.[language] ?? value;
}

export const legalFormLabel = (value: AgreementLegalForm, language: Language) =>
  labelOf(AGREEMENT_LEGAL_FORM_LABELS, value, language);
export const agreementStatusLabel = (value: AgreementStatus, language: Language) =>
  labelOf(AGREEMENT_STATUS_LABELS, value, language);
export const partyRoleLabel = (value: AgreementPartyRole, language: Language) =>
  labelOf(AGREEMENT_PARTY_ROLE_LABELS, value, language);
export const priceModelLabel = (value: PriceModel, language: Language) =>
  labelOf(PRICE_MODEL_LABELS, value, language);
export const volumeUnitLabel = (value: VolumeUnit, language: Language) =>
  labelOf(VOLUME_UNIT_LABELS, value, language);
export const decisionLabel = (value: AgreementDecision, language: Language) =>
  labelOf(AGREEMENT_DECISION_LABELS, value, language);

/** Forms whose owners hold shares that add up to 100 %. */
export function hasOwnerShares(form: AgreementLegalForm): boolean {
  return form === 'INTERMUNICIPAL_COMPANY' || form === 'MUNICIPAL_JOINT_TASK';
}

/** Statutory forms state each party's annual cost; a service purchase's follows from its price. */
export function hasAnnualCosts(form: AgreementLegalForm): boolean {
  return form !== 'SERVICE_PURCHASE';
}

/** A list of names in Norwegian or English: "Flesberg, Rollag og Notodden". */
export function joinNames(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'og'} ${names.at(-1)}`;
}
