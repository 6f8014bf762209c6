import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import {
  AGREEMENT_DECISION_LABELS,
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  PRICE_MODEL_LABELS,
  VOLUME_UNIT_LABELS,
} from '@samarbeid/shared/domain';

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
  const terms: { label: string; value: string | null }[] = [
    { label: 'Tjenestebeskrivelse', value: version.serviceDescription || null },
    {
      label: 'Volum per år',
      value: version.volumeAmount
        ? `${formatQuantity(version.volumeAmount)}${version.volumeUnit ? ` ${VOLUME_UNIT_LABELS[version.volumeUnit].nb}` : ''}`
        : null,
    },
    { label: 'Prismodell', value: version.priceModel ? PRICE_MODEL_LABELS[version.priceModel].nb : null },
    { label: 'Pris', value: version.price ? formatKroner(version.price) : null },
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
    ...version.parties.flatMap((party) => [
      {
        label: `Årlig kostnad, ${party.municipalityName}`,
        value: party.annualCost ? formatKroner(party.annualCost) : null,
      },
      {
        label: `Volum, ${party.municipalityName}`,
        value: party.buyerVolume ? formatQuantity(party.buyerVolume) : null,
      },
      { label: `Signatar, ${party.municipalityName}`, value: party.signatory },
    ]),
  ];
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
    measure: agreement.measure ? { code: agreement.measure.code, title: agreement.measure.title } : null,
    parties: version.parties.map((party) => ({
      municipalityNumber: party.municipalityNumber,
      name: party.municipalityName,
      roleLabel: AGREEMENT_PARTY_ROLE_LABELS[party.role].nb,
      organisationNumber: party.organisationNumber,
      ownerShare: party.ownerShare ? `${formatQuantity(party.ownerShare)} %` : null,
    })),
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
    generatedAt: formatDateTime(new Date()),
  };
}
