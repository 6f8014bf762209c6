import type { Labels, LegalForm } from './portfolio';
import { LEGAL_FORM_LABELS, LEGAL_FORMS } from './portfolio';

/**
 * The agreements register's vocabulary: every formal collaboration has an agreement typed by its legal form.
 * A service purchase (tjenestekjøp) is a private-law agreement approved by every party's municipal director; the
 * statutory forms (kommuneloven, IKS-loven) are registered by the secretariat as they stand.
 */
export const AGREEMENT_LEGAL_FORMS = ['SERVICE_PURCHASE', ...LEGAL_FORMS] as const;
export type AgreementLegalForm = 'SERVICE_PURCHASE' | LegalForm;
export const AGREEMENT_LEGAL_FORM_LABELS: Labels<AgreementLegalForm> = {
  SERVICE_PURCHASE: { nb: 'Tjenestekjøpsavtale', en: 'Service-purchase agreement' },
  ...LEGAL_FORM_LABELS,
};

/**
 * Stored statuses, plus EXPIRED, which is never stored: an ACTIVE agreement whose version in force ended before
 * today reads as EXPIRED.
 */
export const AGREEMENT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ACTIVE',
  'REJECTED',
  'TERMINATED',
  'EXPIRED',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUS_LABELS: Labels<AgreementStatus> = {
  DRAFT: { nb: 'Utkast', en: 'Draft' },
  SUBMITTED: { nb: 'Til godkjenning', en: 'Submitted for approval' },
  ACTIVE: { nb: 'Aktiv', en: 'Active' },
  REJECTED: { nb: 'Avvist', en: 'Rejected' },
  TERMINATED: { nb: 'Sagt opp', en: 'Terminated' },
  EXPIRED: { nb: 'Utløpt', en: 'Expired' },
};

export const AGREEMENT_PARTY_ROLES = ['SELLER', 'BUYER', 'HOST', 'PARTICIPANT', 'OWNER', 'MEMBER'] as const;
export type AgreementPartyRole = (typeof AGREEMENT_PARTY_ROLES)[number];
export const AGREEMENT_PARTY_ROLE_LABELS: Labels<AgreementPartyRole> = {
  SELLER: { nb: 'Selger', en: 'Seller' },
  BUYER: { nb: 'Kjøper', en: 'Buyer' },
  HOST: { nb: 'Vertskommune', en: 'Host municipality' },
  PARTICIPANT: { nb: 'Samarbeidskommune', en: 'Participating municipality' },
  OWNER: { nb: 'Eier / deltaker', en: 'Owner' },
  MEMBER: { nb: 'Medlem', en: 'Member' },
};

/** The party roles each legal form takes. */
export const PARTY_ROLES_BY_FORM: Readonly<Record<AgreementLegalForm, readonly AgreementPartyRole[]>> = {
  SERVICE_PURCHASE: ['SELLER', 'BUYER'],
  HOST_MUNICIPALITY_ADMINISTRATIVE: ['HOST', 'PARTICIPANT'],
  HOST_MUNICIPALITY_JOINT_COMMITTEE: ['HOST', 'PARTICIPANT'],
  MUNICIPAL_JOINT_TASK: ['OWNER'],
  INTERMUNICIPAL_COMPANY: ['OWNER'],
  POLITICAL_COUNCIL: ['MEMBER'],
};

export const VOLUME_UNITS = ['HOURS', 'FTE', 'CASES'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];
export const VOLUME_UNIT_LABELS: Labels<VolumeUnit> = {
  HOURS: { nb: 'timer', en: 'hours' },
  FTE: { nb: 'årsverk', en: 'full-time equivalents' },
  CASES: { nb: 'saker', en: 'cases' },
};

export const PRICE_MODELS = ['FIXED_ANNUAL', 'HOURLY', 'PER_CASE'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];
export const PRICE_MODEL_LABELS: Labels<PriceModel> = {
  FIXED_ANNUAL: { nb: 'Fast årlig pris', en: 'Fixed annual price' },
  HOURLY: { nb: 'Timepris', en: 'Hourly rate' },
  PER_CASE: { nb: 'Pris per sak', en: 'Price per case' },
};

export const AGREEMENT_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type AgreementDecision = (typeof AGREEMENT_DECISIONS)[number];
export const AGREEMENT_DECISION_LABELS: Labels<AgreementDecision> = {
  APPROVE: { nb: 'Godkjent', en: 'Approved' },
  REJECT: { nb: 'Avvist', en: 'Rejected' },
};

export const NOTIFICATION_KINDS = [
  'APPROVAL_REQUESTED',
  'AGREEMENT_APPROVED',
  'AGREEMENT_REJECTED',
  'AGREEMENT_ACTIVE',
  'FOLLOW_UP_OVERDUE',
  'REPORT_REQUESTED',
  'REPORT_DUE',
  'REPORT_OVERDUE',
  'REPORT_RETURNED',
  'PUBLIC_FEEDBACK',
  'INDICATOR_DUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Labels<NotificationKind> = {
  APPROVAL_REQUESTED: { nb: 'Godkjenning etterspurt', en: 'Approval requested' },
  AGREEMENT_APPROVED: { nb: 'Avtale godkjent av en part', en: 'Agreement approved by a party' },
  AGREEMENT_REJECTED: { nb: 'Avtale avvist', en: 'Agreement rejected' },
  AGREEMENT_ACTIVE: { nb: 'Avtale aktiv', en: 'Agreement active' },
  FOLLOW_UP_OVERDUE: { nb: 'Oppfølgingstiltak forfalt', en: 'Follow-up action overdue' },
  REPORT_REQUESTED: { nb: 'Statusrapport etterspurt', en: 'Status report requested' },
  REPORT_DUE: { nb: 'Statusrapport snart forfalt', en: 'Status report due soon' },
  REPORT_OVERDUE: { nb: 'Statusrapport forfalt', en: 'Status report overdue' },
  REPORT_RETURNED: { nb: 'Statusrapport sendt tilbake', en: 'Status report returned' },
  PUBLIC_FEEDBACK: { nb: 'Tilbakemelding fra publikum', en: 'Feedback from the public' },
  INDICATOR_DUE: { nb: 'Indikatorverdi mangler', en: 'Indicator value due' },
};

/** The web path of an agreement, used in notifications and e-mails. */
export function agreementPath(agreementId: string): string {
  return `/avtaler/${agreementId}`;
}
