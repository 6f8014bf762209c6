import type { AgreementDecision, AgreementLegalForm, AgreementStatus } from './agreements';

/**
 * The agreement workflow as pure rules. A service purchase goes draft → submitted → active (every party approved)
 * or rejected (one party rejected); changed terms after submission make a new version, submitted again; an agreement
 * in force is terminated, or expires when the version in force ends. The statutory forms are registered as active
 * and stay active through new versions. TERMINATED and EXPIRED are final.
 */

/** EXPIRED is never stored: it is ACTIVE read after the version in force ended. */
export type StoredStatus = Exclude<AgreementStatus, 'EXPIRED'>;

/** Every status an agreement may move to from each, by any step (EXPIRED: by time alone). */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['SUBMITTED', 'ACTIVE', 'REJECTED', 'TERMINATED'],
  ACTIVE: ['ACTIVE', 'SUBMITTED', 'TERMINATED', 'EXPIRED'],
  REJECTED: ['SUBMITTED', 'TERMINATED'],
  TERMINATED: [],
  EXPIRED: [],
};

export function nextStatusAllowed(from: AgreementStatus, to: AgreementStatus): boolean {
  return AGREEMENT_TRANSITIONS[from].includes(to);
}

/** The status as read: ACTIVE whose version in force ended before `today` (YYYY-MM-DD) reads as EXPIRED. */
export function effectiveAgreementStatus(
  status: StoredStatus,
  activeEndDate: string | null,
  today: string,
): AgreementStatus {
  return status === 'ACTIVE' && activeEndDate !== null && activeEndDate < today ? 'EXPIRED' : status;
}

/** An agreement's workflow state: its stored status, form and versions. */
export interface AgreementState {
  readonly status: StoredStatus;
  readonly legalForm: AgreementLegalForm;
  /** The newest version's number. */
  readonly currentVersion: number;
  /** The number of the version in force, if any. */
  readonly activeVersion: number | null;
}

export type ChangeRefusalCode = 'TERMINATED' | 'EXPIRED';
export type SubmitRefusalCode = 'NOT_A_SERVICE_PURCHASE' | 'NOT_A_DRAFT';
export type TerminateRefusalCode = 'DRAFT' | 'NEVER_IN_FORCE';

/** Terminated and expired agreements are history: nothing about them changes any more. */
export function changeRefusal(effective: AgreementStatus): ChangeRefusalCode | null {
  return effective === 'TERMINATED' || effective === 'EXPIRED' ? effective : null;
}

/** Only a service purchase that is a draft is submitted; the statutory forms are registered as active. */
export function submitRefusal(state: AgreementState): SubmitRefusalCode | null {
  if (state.legalForm !== 'SERVICE_PURCHASE') return 'NOT_A_SERVICE_PURCHASE';
  return state.status === 'DRAFT' ? null : 'NOT_A_DRAFT';
}

/** Only an agreement that has been in force is terminated (a draft was never entered into). */
export function terminateRefusal(state: AgreementState): TerminateRefusalCode | null {
  if (state.status === 'DRAFT') return 'DRAFT';
  return state.activeVersion === null ? 'NEVER_IN_FORCE' : null;
}

/**
 * What saving changed terms does: a draft is rewritten in place; after submission the terms become a new version,
 * in force at once for a statutory form, submitted for every party's approval for a service purchase.
 */
export type TermsChangeStep =
  | { readonly kind: 'REWRITE_DRAFT' }
  | { readonly kind: 'NEW_VERSION_IN_FORCE'; readonly number: number }
  | { readonly kind: 'NEW_VERSION_SUBMITTED'; readonly number: number };

export function termsChangeStep(state: AgreementState): TermsChangeStep {
  if (state.status === 'DRAFT') return { kind: 'REWRITE_DRAFT' };
  const number = state.currentVersion + 1;
  if (state.legalForm !== 'SERVICE_PURCHASE') return { kind: 'NEW_VERSION_IN_FORCE', number };
  return { kind: 'NEW_VERSION_SUBMITTED', number };
}

/** The version a party's director decides on, with the agreement's state. */
export interface VersionUnderDecision {
  readonly number: number;
  /** The party municipalities' numbers. */
  readonly parties: readonly string[];
  readonly agreementStatus: StoredStatus;
  readonly currentVersion: number;
}

/** A decision already made on the version. */
export interface ApprovalUnderDecision {
  readonly municipalityNumber: string;
  readonly decision: AgreementDecision;
}

/** The decision a director is making for their municipality. */
export interface PartyDecision {
  readonly municipalityNumber: string;
  readonly decision: AgreementDecision;
  /** Trimmed; needed to reject. */
  readonly comment: string;
}

export type DecisionRefusalCode =
  /** The municipality is not a party to this version. */
  | 'NOT_A_PARTY'
  /** An older version: only the current version is decided on. */
  | 'NOT_CURRENT_VERSION'
  /** The agreement is not waiting for approval. */
  | 'NOT_SUBMITTED'
  /** The municipality has decided on this version already (`earlier` says how). */
  | 'ALREADY_DECIDED'
  /** A rejection needs a reason. */
  | 'REASON_MISSING';

export type DecisionOutcome =
  | { readonly ok: false; readonly code: DecisionRefusalCode; readonly earlier?: AgreementDecision }
  /** REJECTED at the first rejection; ACTIVE once every party approved; else still SUBMITTED, waiting. */
  | {
      readonly ok: true;
      readonly status: 'ACTIVE' | 'REJECTED' | 'SUBMITTED';
      /** The parties that have not approved yet, in the version's order (empty unless SUBMITTED). */
      readonly waitingFor: readonly string[];
    };

/**
 * A party's decision on a submitted version: only a party's director decides, once per version, on the current
 * version only. One rejection rejects the agreement; it becomes active only when every party has approved this
 * version (approvals of earlier versions do not count: `approvals` are this version's).
 */
export function decideAgreementOutcome(
  version: VersionUnderDecision,
  approvals: readonly ApprovalUnderDecision[],
  decision: PartyDecision,
): DecisionOutcome {
  const refuse = (code: DecisionRefusalCode, earlier?: AgreementDecision): DecisionOutcome =>
    earlier ? { ok: false, code, earlier } : { ok: false, code };
  if (!version.parties.includes(decision.municipalityNumber)) return refuse('NOT_A_PARTY');
  if (version.number !== version.currentVersion) return refuse('NOT_CURRENT_VERSION');
  if (version.agreementStatus !== 'SUBMITTED') return refuse('NOT_SUBMITTED');
  const earlier = approvals.find((approval) => approval.municipalityNumber === decision.municipalityNumber);
  if (earlier) return refuse('ALREADY_DECIDED', earlier.decision);
  if (decision.decision === 'REJECT') {
    return decision.comment ? { ok: true, status: 'REJECTED', waitingFor: [] } : refuse('REASON_MISSING');
  }
  const approved = new Set(
    [...approvals, decision]
      .filter((approval) => approval.decision === 'APPROVE')
      .map((approval) => approval.municipalityNumber),
  );
  const waitingFor = version.parties.filter((party) => !approved.has(party));
  return { ok: true, status: waitingFor.length === 0 ? 'ACTIVE' : 'SUBMITTED', waitingFor };
}
