import type { AgreementStatus } from '@samarbeid/shared/domain';
import type { AgreementPageFieldsFragment } from '@samarbeid/web/graphql';

export type AgreementDetail = AgreementPageFieldsFragment;
export type AgreementVersionSummary = AgreementDetail['versions'][number];
export type AgreementTerms = AgreementDetail['currentVersion'];

/** How a version stands, for the history: the current one has the agreement's status. */
export type VersionState = AgreementStatus | 'IN_FORCE' | 'REPLACED' | 'REJECTED_VERSION' | 'NOT_SUBMITTED';

export function versionState(agreement: AgreementDetail, version: AgreementVersionSummary): VersionState {
  const closed = agreement.status === 'TERMINATED' || agreement.status === 'EXPIRED';
  if (version.number === agreement.currentVersionNumber) return agreement.status;
  if (version.number === agreement.activeVersionNumber) return closed ? agreement.status : 'IN_FORCE';
  if (version.approvals.some((approval) => approval.decision === 'REJECT')) return 'REJECTED_VERSION';
  if (!version.submittedAt && agreement.legalForm === 'SERVICE_PURCHASE') return 'NOT_SUBMITTED';
  return 'REPLACED';
}

/** Whether the agreement can still be changed (the API refuses a terminated or expired one). */
export function isClosed(agreement: Pick<AgreementDetail, 'status'>): boolean {
  return agreement.status === 'TERMINATED' || agreement.status === 'EXPIRED';
}
