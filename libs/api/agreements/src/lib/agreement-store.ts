import type { StoredAgreementStatus } from '@samarbeid/api/data-access';
import {
  AgreementApprovalEntity,
  AgreementEntity,
  AgreementVersionEntity,
  AgreementVersionPartyEntity,
  currentMembership,
} from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { notFound } from '@samarbeid/api/platform';
import type { AgreementDecision } from '@samarbeid/shared/domain';
import { EntityManager, In } from 'typeorm';

import type { AgreementTermsInput } from './dto/agreements.inputs';
import type { Assessment, PartyTerms, Terms } from './terms/agreement-terms';
import { normalizeDecimal } from './terms/norwegian-format';

/*
 * Reading and writing an agreement's rows, shared by the command and query services. Every list is loaded with one
 * query per table for all the agreements asked for (`= ANY`), never one query per agreement.
 */

export const agreementNotFound = () =>
  notFound({ nb: 'Fant ikke avtalen.', en: 'The agreement was not found.' });

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

/** Locks the agreement row (SELECT … FOR UPDATE) for the rest of the transaction: the aggregate's one lock. */
export async function lockAgreement(manager: EntityManager, id: string): Promise<AgreementEntity> {
  const agreement = await manager.findOne(AgreementEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!agreement) throw agreementNotFound();
  return agreement;
}

/** Every version of the agreements, with parties, oldest first (two queries). */
export async function loadVersions(
  manager: EntityManager,
  agreementIds: readonly string[],
): Promise<VersionRecord[]> {
  if (agreementIds.length === 0) return [];
  const versions = await manager.find(AgreementVersionEntity, {
    where: { agreementId: In([...agreementIds]) },
    order: { agreementId: 'ASC', number: 'ASC' },
  });
  const parties = versions.length
    ? await manager.find(AgreementVersionPartyEntity, {
        where: { versionId: In(versions.map((version) => version.id)) },
        order: { municipalityNumber: 'ASC' },
      })
    : [];
  return versions.map((version) => ({
    id: version.id,
    agreementId: version.agreementId,
    number: version.number,
    terms: termsOf(
      version,
      parties.filter((party) => party.versionId === version.id),
    ),
    createdById: version.createdById,
    createdByName: version.createdByName,
    createdByEmail: version.createdByEmail,
    createdAt: version.createdAt,
    submittedAt: version.submittedAt,
  }));
}

/** One version of an agreement, or null. */
export async function loadVersion(
  manager: EntityManager,
  agreementId: string,
  number: number,
): Promise<VersionRecord | null> {
  const versions = await loadVersions(manager, [agreementId]);
  return versions.find((version) => version.number === number) ?? null;
}

/** The decisions on these versions, in the order they were made. */
export async function loadApprovals(
  manager: EntityManager,
  versionIds: readonly string[],
): Promise<ApprovalRecord[]> {
  if (versionIds.length === 0) return [];
  const rows = await manager.find(AgreementApprovalEntity, {
    where: { versionId: In([...versionIds]) },
    order: { decidedAt: 'ASC', municipalityNumber: 'ASC' },
  });
  return rows.map((row) => ({
    versionId: row.versionId,
    municipalityNumber: row.municipalityNumber,
    decision: row.decision,
    comment: row.comment,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt,
  }));
}

/** The region's member municipalities today: number → name. */
export async function currentMembers(manager: EntityManager, regionId: string): Promise<Map<string, string>> {
  const rows: { number: string; name: string }[] = await manager.query(
    `SELECT m.number, m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
      WHERE rm.region_id = $1 AND ${currentMembership('rm')} ORDER BY m.number`,
    [regionId],
  );
  return new Map(rows.map((row) => [row.number, row.name]));
}

/** Municipality names by number, for the numbers given. */
export async function municipalityNames(
  manager: EntityManager,
  numbers: Iterable<string>,
): Promise<Map<string, string>> {
  const list = [...new Set(numbers)];
  if (list.length === 0) return new Map();
  const rows: { number: string; name: string }[] = await manager.query(
    'SELECT number, name FROM municipality WHERE number = ANY($1::text[])',
    [list],
  );
  return new Map(rows.map((row) => [row.number, row.name]));
}

/** Writes a new version with its parties; returns its id. */
export async function insertVersion(
  manager: EntityManager,
  fields: {
    agreementId: string;
    number: number;
    terms: Terms;
    user: AuthenticatedUser;
    submitted: boolean;
  },
): Promise<string> {
  const { identifiers } = await manager.insert(AgreementVersionEntity, {
    agreementId: fields.agreementId,
    number: fields.number,
    ...columnsOf(fields.terms),
    createdById: fields.user.id,
    createdByName: fields.user.name ?? fields.user.username,
    createdByEmail: fields.user.email,
    submittedAt: fields.submitted ? () => 'now()' : null,
  });
  const id = (identifiers[0] as { id: string }).id;
  await insertParties(manager, id, fields.terms.parties);
  return id;
}

/** Replaces a draft version's terms and parties in place. */
export async function rewriteVersion(manager: EntityManager, versionId: string, terms: Terms): Promise<void> {
  await manager.update(AgreementVersionEntity, { id: versionId }, columnsOf(terms));
  await manager.delete(AgreementVersionPartyEntity, { versionId });
  await insertParties(manager, versionId, terms.parties);
}

/** Updates the agreement row and bumps its version (the optimistic-locking counter). */
export async function touchAgreement(
  manager: EntityManager,
  id: string,
  fields: Partial<{
    title: string;
    measureId: string | null;
    status: StoredAgreementStatus;
    currentVersion: number;
    activeVersion: number | null;
    terminatedAt: () => string;
    terminationReason: string | null;
  }>,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(AgreementEntity)
    .set({ ...fields, version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
}

async function insertParties(
  manager: EntityManager,
  versionId: string,
  parties: readonly PartyTerms[],
): Promise<void> {
  if (parties.length === 0) return;
  await manager.insert(
    AgreementVersionPartyEntity,
    parties.map((party) => ({ versionId, ...party })),
  );
}

function columnsOf(terms: Terms) {
  return {
    serviceDescription: terms.serviceDescription,
    volumeAmount: terms.volumeAmount,
    volumeUnit: terms.volumeUnit,
    priceModel: terms.priceModel,
    price: terms.price,
    priceAdjustment: terms.priceAdjustment,
    startDate: terms.startDate,
    endDate: terms.endDate,
    noticeMonths: terms.noticeMonths,
    dataProcessingAgreement: terms.dataProcessingAgreement,
    assessmentCommonGoals: terms.assessment.commonGoals,
    assessmentPublicInterest: terms.assessment.publicInterest,
    assessmentMarketUnder20: terms.assessment.marketUnder20,
    assessedBy: terms.assessment.assessedBy,
    assessedOn: terms.assessment.assessedOn,
    assessmentConclusion: terms.assessment.conclusion,
  };
}

function termsOf(version: AgreementVersionEntity, parties: readonly AgreementVersionPartyEntity[]): Terms {
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

const given = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
const trimmed = (value: string | null | undefined, fallback: string | null): string | null =>
  value === undefined ? fallback : value?.trim() || null;

/**
 * The terms `input` describes on top of `base`: a field left out keeps its value (copy + changes), null clears it;
 * parties, when given, replace the list. Decimals are normalised so that equal values compare equal.
 */
export function mergeTerms(base: Terms, input: AgreementTermsInput | null | undefined): Terms {
  if (!input) return base;
  const assessment: Assessment = input.assessment
    ? {
        commonGoals: given(input.assessment.commonPublicGoals, base.assessment.commonGoals),
        publicInterest: given(input.assessment.publicInterestOnly, base.assessment.publicInterest),
        marketUnder20: given(input.assessment.marketShareUnder20, base.assessment.marketUnder20),
        assessedBy: trimmed(input.assessment.assessedBy, base.assessment.assessedBy),
        assessedOn: given(input.assessment.assessedOn, base.assessment.assessedOn),
        conclusion: trimmed(input.assessment.conclusion, base.assessment.conclusion),
      }
    : input.assessment === null
      ? {
          commonGoals: null,
          publicInterest: null,
          marketUnder20: null,
          assessedBy: null,
          assessedOn: null,
          conclusion: null,
        }
      : base.assessment;
  const parties: readonly PartyTerms[] =
    input.parties === undefined
      ? base.parties
      : (input.parties ?? [])
          .map((party) => ({
            municipalityNumber: party.municipalityNumber,
            role: party.role,
            ownerShare: normalizeDecimal(party.ownerShare ?? null),
            annualCost: normalizeDecimal(party.annualCost ?? null),
            buyerVolume: normalizeDecimal(party.buyerVolume ?? null),
            organisationNumber: party.organisationNumber ?? null,
            signatory: party.signatory?.trim() || null,
          }))
          .sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber));
  return {
    serviceDescription: given(input.serviceDescription, base.serviceDescription)?.trim() ?? '',
    volumeAmount: input.volumeAmount === undefined ? base.volumeAmount : normalizeDecimal(input.volumeAmount),
    volumeUnit: given(input.volumeUnit, base.volumeUnit),
    priceModel: given(input.priceModel, base.priceModel),
    price: input.price === undefined ? base.price : normalizeDecimal(input.price),
    priceAdjustment: given(input.priceAdjustment, base.priceAdjustment)?.trim() ?? '',
    startDate: given(input.startDate, base.startDate),
    endDate: given(input.endDate, base.endDate),
    noticeMonths: given(input.noticeMonths, base.noticeMonths),
    dataProcessingAgreement: given(input.dataProcessingAgreement, base.dataProcessingAgreement) ?? false,
    assessment,
    parties,
  };
}
