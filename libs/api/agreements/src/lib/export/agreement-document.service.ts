import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import {
  AGREEMENT_DECISION_LABELS,
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  PRICE_MODEL_LABELS,
  type PriceModel,
  VOLUME_UNIT_LABELS,
} from '@samarbeid/shared/domain';
import { annualPrice, buyerShares } from '@samarbeid/shared/domain/allocation';

import { noSuchVersion } from '../agreements.errors';
import type { Agreement, AgreementVersion } from '../dto/agreements.types';
import { AgreementDocumentData, agreementPdf } from '../pdf/agreement-document';
import { AgreementQueryService } from '../query/agreement-query.service';
import { AgreementRepository } from '../repository/agreement.repository';
import { formatDate, formatDateTime, formatKroner, formatQuantity } from '../terms/norwegian-format';

/** The agreement document (PDF) of one version: the version in force, or the current one, unless asked. */
@Injectable()
export class AgreementDocumentService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly queries: AgreementQueryService,
  ) {}

  async pdf(
    user: AuthenticatedUser,
    id: string,
    versionNumber?: number,
  ): Promise<{ name: string; file: Buffer }> {
    const agreement = await this.queries.get(user, id);
    const version =
      versionNumber === undefined
        ? (agreement.activeVersion ?? agreement.currentVersion)
        : agreement.versions.find((candidate) => candidate.number === versionNumber);
    if (!version) throw noSuchVersion(versionNumber, agreement.currentVersionNumber);
    const region = await this.agreements.regionBySlug(agreement.regionSlug);
    const file = await agreementPdf(documentData(agreement, version, region?.name ?? agreement.regionSlug));
    const slug = agreement.title
      .toLocaleLowerCase('nb')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    return { name: `avtale-${slug || 'uten-tittel'}-v${version.number}.pdf`, file };
  }
}

const PRICE_BASIS: Readonly<Record<PriceModel, string>> = {
  FIXED_ANNUAL: 'per år',
  HOURLY: 'per time',
  PER_CASE: 'per sak',
};

/** "942402465" → "942 402 465"; null when none is registered. */
export function formatOrganisationNumber(value: string | null): string | null {
  const digits = value?.replace(/\s/g, '') ?? '';
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : null;
}

/** Why `version` is not in force, as the document's marking; null when it is the version in force. */
export function notInForce(agreement: Agreement, version: AgreementVersion): string | null {
  const isActive = version.number === agreement.activeVersionNumber;
  if (isActive && agreement.status === 'ACTIVE') return null;
  if (isActive && agreement.status === 'TERMINATED') return 'Ikke lenger i kraft: avtalen er sagt opp.';
  if (isActive && agreement.status === 'EXPIRED') return 'Ikke lenger i kraft: avtalen er utløpt.';
  if (version.number !== agreement.currentVersionNumber) {
    return `Ikke i kraft: erstattet av versjon ${agreement.currentVersionNumber}.`;
  }
  if (version.approvals.some((approval) => approval.decision === 'REJECT')) return 'Ikke i kraft: avvist.';
  if (version.submittedAt === null) return 'Ikke i kraft: utkast, ikke sendt til godkjenning.';
  if (agreement.status === 'SUBMITTED' || agreement.status === 'ACTIVE') {
    return 'Ikke i kraft: venter på godkjenning fra alle parter.';
  }
  return `Ikke i kraft: ${AGREEMENT_STATUS_LABELS[agreement.status].nb.toLocaleLowerCase('nb')}.`;
}

/** The parties that have not yet decided on a submitted version still waiting for approvals. */
function outstandingApprovals(agreement: Agreement, version: AgreementVersion): string[] {
  const waiting =
    version.number === agreement.currentVersionNumber &&
    version.submittedAt !== null &&
    (agreement.status === 'SUBMITTED' || agreement.status === 'ACTIVE') &&
    !version.approvals.some((approval) => approval.decision === 'REJECT');
  if (!waiting) return [];
  const decided = new Set(version.approvals.map((approval) => approval.municipalityName));
  return version.parties
    .filter((party) => party.approval === null && !decided.has(party.municipalityName))
    .map((party) => party.municipalityName);
}

/** Each buyer's yearly cost under a service purchase: the annual price split by the agreement's own terms. */
function buyerYearlyCosts(version: AgreementVersion): Map<string, string> {
  const buyers = version.parties.filter((party) => party.role === 'BUYER');
  if (!version.priceModel || !version.price || buyers.length === 0) return new Map();
  const terms = {
    priceModel: version.priceModel,
    price: version.price,
    volumeAmount: version.volumeAmount,
    buyers: buyers.map((party) => ({
      municipalityNumber: party.municipalityNumber,
      volume: party.buyerVolume,
    })),
  };
  const annual = annualPrice(terms);
  if (annual === null) return new Map();
  return new Map(buyerShares(annual, terms).map((share) => [share.municipalityNumber, share.rounded]));
}

/** Everything the document shows, formatted in Norwegian. */
export function documentData(
  agreement: Agreement,
  version: AgreementVersion,
  regionName: string,
): AgreementDocumentData {
  const status =
    version.number === agreement.currentVersionNumber
      ? AGREEMENT_STATUS_LABELS[agreement.status].nb
      : version.number === agreement.activeVersionNumber
        ? 'Gjeldende versjon'
        : `Erstattet av versjon ${agreement.currentVersionNumber}`;
  const unit = version.volumeUnit ? ` ${VOLUME_UNIT_LABELS[version.volumeUnit].nb}` : '';
  const perYear = (quantity: string | null): string | null =>
    quantity ? `${formatQuantity(quantity)}${unit} per år` : null;
  const annual =
    version.priceModel && version.price
      ? annualPrice({
          priceModel: version.priceModel,
          price: version.price,
          volumeAmount: version.volumeAmount,
          buyers: [],
        })
      : null;
  const terms: { label: string; value: string | null }[] = [
    { label: 'Tjenestebeskrivelse', value: version.serviceDescription || null },
    { label: 'Volum', value: perYear(version.volumeAmount) },
    { label: 'Prismodell', value: version.priceModel ? PRICE_MODEL_LABELS[version.priceModel].nb : null },
    {
      label: 'Pris',
      value:
        version.price && version.priceModel
          ? `${formatKroner(version.price)} ${PRICE_BASIS[version.priceModel]}`
          : null,
    },
    {
      label: 'Årlig pris',
      value:
        annual !== null && version.priceModel !== 'FIXED_ANNUAL' ? `${formatKroner(annual)} per år` : null,
    },
    { label: 'Prisjustering', value: version.priceAdjustment || null },
    { label: 'Startdato', value: version.startDate ? formatDate(version.startDate) : null },
    { label: 'Sluttdato', value: version.endDate ? formatDate(version.endDate) : 'Løper til den sies opp' },
    {
      label: 'Oppsigelsestid',
      value: version.noticeMonths === null ? null : `${version.noticeMonths} måneder`,
    },
    {
      label: 'Siste frist for oppsigelse',
      value: version.lastNoticeDate ? formatDate(version.lastNoticeDate) : null,
    },
    { label: 'Databehandleravtale', value: version.dataProcessingAgreement ? 'Ja, nødvendig' : 'Nei' },
  ];
  const buyerCosts = buyerYearlyCosts(version);
  const assessment = version.assessment;
  const assessed =
    assessment.commonPublicGoals !== null ||
    assessment.publicInterestOnly !== null ||
    assessment.marketShareUnder20 !== null ||
    assessment.conclusion !== null;
  return {
    regionName,
    title: agreement.title,
    legalFormLabel: AGREEMENT_LEGAL_FORM_LABELS[agreement.legalForm].nb,
    versionNumber: version.number,
    status,
    notInForce: notInForce(agreement, version),
    measure: agreement.measure ? { code: agreement.measure.code, title: agreement.measure.title } : null,
    parties: version.parties.map((party) => {
      const yearlyCost = party.annualCost ?? buyerCosts.get(party.municipalityNumber) ?? null;
      return {
        municipalityNumber: party.municipalityNumber,
        name: party.municipalityName,
        roleLabel: AGREEMENT_PARTY_ROLE_LABELS[party.role].nb,
        organisationNumber: formatOrganisationNumber(party.organisationNumber),
        signatory: party.signatory?.trim() || null,
        volume: party.buyerVolume ? `${formatQuantity(party.buyerVolume)}${unit}` : null,
        yearlyCost: yearlyCost === null ? null : formatKroner(yearlyCost),
        ownerShare: party.ownerShare ? `${formatQuantity(party.ownerShare)} %` : null,
      };
    }),
    terms: terms.filter((term): term is { label: string; value: string } => Boolean(term.value)),
    procurementAssessment: assessed
      ? {
          conditions: [
            { label: 'Felles mål for offentlige tjenester', met: assessment.commonPublicGoals === true },
            {
              label: 'Bare hensyn til allmennhetens interesser',
              met: assessment.publicInterestOnly === true,
            },
            {
              label: 'Under 20 % av aktiviteten i det åpne markedet',
              met: assessment.marketShareUnder20 === true,
            },
          ],
          assessedBy: assessment.assessedBy ?? '–',
          assessedOn: assessment.assessedOn ? formatDate(assessment.assessedOn) : '–',
          conclusion: assessment.conclusion ?? '–',
        }
      : null,
    approvals: version.approvals.map((approval) => ({
      municipalityName: approval.municipalityName,
      decision: AGREEMENT_DECISION_LABELS[approval.decision].nb,
      by: approval.decidedByName ?? '–',
      at: formatDateTime(approval.decidedAt),
      comment: approval.comment,
    })),
    outstandingApprovals: outstandingApprovals(agreement, version),
    generatedAt: formatDateTime(new Date()),
  };
}
