import { Injectable } from '@nestjs/common';
import { badUserInput, notFound } from '@samarbeid/api/platform';
import type { AgreementStatus, DeadlineStatus } from '@samarbeid/shared/domain';
import {
  deadlineStatus,
  effectiveAgreementStatus,
  isValidIsoDate,
  lastNoticeDate,
  sumDecimals,
} from '@samarbeid/shared/domain';

import { regionOrFail } from '../agreement-lookups';
import type { MunicipalityAgreementsArgs } from '../dto/agreements.inputs';
import type { MunicipalityAgreement, MunicipalityAgreements } from '../dto/agreements.types';
import { AgreementRepository } from '../repository/agreement.repository';
import { annualCostOf } from '../terms/annual-cost';
import { osloDate } from '../terms/norwegian-format';

/** Statuses whose deadlines still matter (a terminated or expired agreement's do not). */
const WATCHED: readonly AgreementStatus[] = ['ACTIVE', 'SUBMITTED', 'REJECTED'];

/**
 * One municipality's collaborations: every agreement (all legal forms, drafts left out) where it is a party in
 * the version in force, or in the latest version when none is in force yet; what it pays per year, and when
 * each ends and must be given notice. Three queries, whatever the number of agreements.
 */
@Injectable()
export class MunicipalityAgreementsService {
  constructor(private readonly agreements: AgreementRepository) {}

  async forMunicipality(args: MunicipalityAgreementsArgs): Promise<MunicipalityAgreements> {
    const region = await regionOrFail(this.agreements, args.regionSlug);
    const members = await this.agreements.currentMembers(region.id);
    const name = members.get(args.municipalityNumber);
    if (!name) {
      throw notFound({
        nb: `Kommune ${args.municipalityNumber} er ikke medlem av ${region.name}.`,
        en: `Municipality ${args.municipalityNumber} is not a member of ${region.name}.`,
      });
    }
    const asOf = args.asOf ?? osloDate();
    if (!isValidIsoDate(asOf)) {
      throw badUserInput({ nb: `${asOf} er ikke en gyldig dato.`, en: `${asOf} is not a valid date.` });
    }
    const rows = await this.agreements.whereParty(region.id, args.municipalityNumber);
    const versions = await this.agreements.versions(rows.map((row) => row.id));
    const paid: string[] = [];
    const agreements = rows.map((row): MunicipalityAgreement => {
      const number = row.activeVersion ?? row.currentVersion;
      const version = versions.find((v) => v.agreementId === row.id && v.number === number);
      const terms = version?.terms;
      const party = terms?.parties.find((p) => p.municipalityNumber === args.municipalityNumber);
      const endDate = terms?.endDate ?? null;
      const noticeMonths = terms?.noticeMonths ?? null;
      const notice = endDate && noticeMonths !== null ? lastNoticeDate(endDate, noticeMonths) : null;
      const status = effectiveAgreementStatus(row.status, row.activeVersion ? endDate : null, asOf);
      const watched = WATCHED.includes(status);
      const endStatus: DeadlineStatus | null = endDate
        ? deadlineStatus(endDate, asOf, args.withinMonths)
        : null;
      const noticeStatus: DeadlineStatus | null = notice
        ? deadlineStatus(notice, asOf, args.withinMonths)
        : null;
      const cost = terms ? annualCostOf(row.legalForm, terms, args.municipalityNumber) : null;
      if (cost?.amount && row.activeVersion !== null && watched) paid.push(cost.amount);
      return {
        agreementId: row.id,
        title: row.title,
        legalForm: row.legalForm,
        status,
        versionNumber: number,
        role: party?.role ?? 'PARTICIPANT',
        annualCost: cost?.amount ?? null,
        annualCostExplanation: cost?.explanation ?? null,
        startDate: terms?.startDate ?? null,
        endDate,
        noticeMonths,
        lastNoticeDate: notice,
        endStatus,
        noticeStatus,
        endsSoon: watched && endStatus === 'SOON',
        noticeSoon: watched && noticeStatus === 'SOON',
      };
    });
    agreements.sort(
      (a, b) =>
        (a.endDate ?? '9999-12-31').localeCompare(b.endDate ?? '9999-12-31') ||
        a.title.localeCompare(b.title, 'nb'),
    );
    return {
      municipalityNumber: args.municipalityNumber,
      municipalityName: name,
      asOf,
      withinMonths: args.withinMonths,
      agreements,
      totalAnnualCost: sumDecimals(paid) ?? '0',
    };
  }
}
