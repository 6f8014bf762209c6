import type {
  AgreementVersionEntity,
  AgreementVersionPartyEntity,
  StoredAgreementStatus,
} from '@samarbeid/api/data-access';
import type { AgreementDecision, AgreementLegalForm } from '@samarbeid/shared/domain';
import { normalizeDecimal } from '@samarbeid/shared/domain';

import { statedTerms, type Terms } from '../terms/agreement-terms';

/** The typed rows the agreement repository reads and writes; the services never see a table. */

/** An agreement's row with its region's slug and its measure: what a list or a page of agreements shows. */
export interface AgreementRow {
  readonly id: string;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly title: string;
  readonly legalForm: AgreementLegalForm;
  readonly measure: { readonly id: string; readonly code: string; readonly title: string } | null;
  /** The network owning the measure (who may edit). */
  readonly networkId: string | null;
  readonly status: StoredAgreementStatus;
  readonly currentVersion: number;
  readonly activeVersion: number | null;
  /** The optimistic-locking counter. */
  readonly version: number;
  readonly createdByName: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly terminatedAt: Date | null;
  readonly terminationReason: string | null;
}

export interface VersionRecord {
  readonly id: string;
  readonly agreementId: string;
  readonly number: number;
  readonly terms: Terms;
  readonly createdById: string;
  readonly createdByName: string | null;
  readonly createdByEmail: string | null;
  readonly createdAt: Date;
  readonly submittedAt: Date | null;
}

export interface ApprovalRecord {
  readonly versionId: string;
  readonly municipalityNumber: string;
  readonly decision: AgreementDecision;
  readonly comment: string;
  readonly decidedByName: string | null;
  readonly decidedAt: Date;
}

export interface RegionRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export interface MeasureRef {
  readonly id: string;
  readonly code: string;
  readonly networkId: string;
  readonly regionId: string;
}

/** An agreement as one municipality's list of collaborations starts from. */
export interface PartyAgreementRow {
  readonly id: string;
  readonly title: string;
  readonly legalForm: AgreementLegalForm;
  readonly status: StoredAgreementStatus;
  readonly currentVersion: number;
  readonly activeVersion: number | null;
}

/** The fields of the agreement row a change sets; the row version is bumped with every change. */
export type AgreementChanges = Partial<{
  title: string;
  measureId: string | null;
  status: StoredAgreementStatus;
  currentVersion: number;
  activeVersion: number | null;
  terminatedAt: () => string;
  terminationReason: string | null;
}>;

/** A version's columns from its terms. */
export function versionColumns(terms: Terms) {
  return {
    ...statedTerms(terms),
    assessmentCommonGoals: terms.assessment.commonGoals,
    assessmentPublicInterest: terms.assessment.publicInterest,
    assessmentMarketUnder20: terms.assessment.marketUnder20,
    assessedBy: terms.assessment.assessedBy,
    assessedOn: terms.assessment.assessedOn,
    assessmentConclusion: terms.assessment.conclusion,
  };
}

/** The terms a version's row and its parties' rows hold; decimals normalised ("1150.00" → "1150"). */
export function termsOf(
  version: AgreementVersionEntity,
  parties: readonly AgreementVersionPartyEntity[],
): Terms {
  return {
    serviceDescription: version.serviceDescription,
    volumeAmount: normalizeDecimal(version.volumeAmount),
    volumeUnit: version.volumeUnit,
    priceModel: version.priceModel,
    price: normalizeDecimal(version.price),
    priceAdjustment: version.priceAdjustment,
    startDate: version.startDate,
    endDate: version.endDate,
    noticeMonths: version.noticeMonths,
    dataProcessingAgreement: version.dataProcessingAgreement,
    assessment: {
      commonGoals: version.assessmentCommonGoals,
      publicInterest: version.assessmentPublicInterest,
      marketUnder20: version.assessmentMarketUnder20,
      assessedBy: version.assessedBy,
      assessedOn: version.assessedOn,
      conclusion: version.assessmentConclusion,
    },
    parties: parties.map((party) => ({
      municipalityNumber: party.municipalityNumber,
      role: party.role,
      ownerShare: normalizeDecimal(party.ownerShare),
      annualCost: normalizeDecimal(party.annualCost),
      buyerVolume: normalizeDecimal(party.buyerVolume),
      organisationNumber: party.organisationNumber,
      signatory: party.signatory,
    })),
  };
}
