import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StoredAgreementStatus } from '@samarbeid/api/data-access';
import { badUserInput, notFound } from '@samarbeid/api/platform';
import type { AgreementLegalForm, AgreementStatus, DeadlineStatus } from '@samarbeid/shared/domain';
import { deadlineStatus, isValidIsoDate, lastNoticeDate } from '@samarbeid/shared/domain';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';

import { effectiveStatus, regionBySlug } from '../agreement-rules';
import { currentMembers, loadVersions } from '../agreement-store';
import type { MunicipalityAgreementsArgs } from '../dto/agreements.inputs';
import type { MunicipalityAgreement, MunicipalityAgreements } from '../dto/agreements.types';
import { annualCostOf } from '../terms/annual-cost';
import { osloDate } from '../terms/norwegian-format';

interface Row {
  id: string;
  title: string;
  legal_form: AgreementLegalForm;
  status: StoredAgreementStatus;
  current_version: number;
  active_version: number | null;
}

/** Statuses whose deadlines still matter (a terminated or expired agreement's do not). */
const WATCHED: readonly AgreementStatus[] = ['ACTIVE', 'SUBMITTED', 'REJECTED'];

/**
 * One municipality's collaborations: every agreement (all legal forms, drafts left out) where it is a party in
 * the version in force, or in the latest version when none is in force yet; what it pays per year, and when
 * each ends and must be given notice. Three queries, whatever the number of agreements.
 */
@Injectable()
export class MunicipalityAgreementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forMunicipality(args: MunicipalityAgreementsArgs): Promise<MunicipalityAgreements> {
    const manager = this.dataSource.manager;
    const region = await regionBySlug(manager, args.regionSlug);
    const members = await currentMembers(manager, region.id);
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
    const rows: Row[] = await manager.query(
      `SELECT a.id, a.title, a.legal_form, a.status, a.current_version, a.active_version FROM agreement a
         JOIN agreement_version v ON v.agreement_id = a.id AND v.number = coalesce(a.active_version, a.current_version)
         JOIN agreement_version_party p ON p.version_id = v.id AND p.municipality_number = $2
        WHERE a.region_id = $1 AND a.status <> 'DRAFT'`,
      [region.id, args.municipalityNumber],
    );
    const versions = await loadVersions(
      manager,
      rows.map((row) => row.id),
    );
    let total = new Decimal(0);
    const agreements = rows.map((row): MunicipalityAgreement => {
      const number = row.active_version ?? row.current_version;
      const version = versions.find((v) => v.agreementId === row.id && v.number === number);
      const terms = version?.terms;
      const party = terms?.parties.find((p) => p.municipalityNumber === args.municipalityNumber);
      const endDate = terms?.endDate ?? null;
      const noticeMonths = terms?.noticeMonths ?? null;
      const notice = endDate && noticeMonths !== null ? lastNoticeDate(endDate, noticeMonths) : null;
      const status = effectiveStatus(row.status, row.active_version ? endDate : null, asOf);
      const watched = WATCHED.includes(status);
      const endStatus: DeadlineStatus | null = endDate
        ? deadlineStatus(endDate, asOf, args.withinMonths)
        : null;
      const noticeStatus: DeadlineStatus | null = notice
        ? deadlineStatus(notice, asOf, args.withinMonths)
        : null;
      const cost = terms ? annualCostOf(row.legal_form, terms, args.municipalityNumber) : null;
      if (cost?.amount && row.active_version !== null && watched) total = total.plus(cost.amount);
      return {
        agreementId: row.id,
        title: row.title,
        legalForm: row.legal_form,
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
      totalAnnualCost: total.toFixed(),
    };
  }
}
