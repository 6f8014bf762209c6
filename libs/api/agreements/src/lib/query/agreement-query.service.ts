import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StoredAgreementStatus } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { decodeOffsetCursor, forbidden, toOffsetPage } from '@samarbeid/api/platform';
import type { AgreementLegalForm } from '@samarbeid/shared/domain';
import { lastNoticeDate } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import { AgreementAccess } from '../agreement-access';
import { effectiveStatus, regionBySlug } from '../agreement-rules';
import {
  agreementNotFound,
  ApprovalRecord,
  loadApprovals,
  loadVersions,
  municipalityNames,
  VersionRecord,
} from '../agreement-store';
import type { AgreementsArgs } from '../dto/agreements.inputs';
import type {
  Agreement,
  AgreementApproval,
  AgreementVersion,
  ApprovalRequest,
} from '../dto/agreements.types';
import { termsChanges } from '../terms/agreement-diff';
import { missingAssessment } from '../terms/agreement-terms';
import { osloDate } from '../terms/norwegian-format';

export interface AgreementRow {
  id: string;
  region_id: string;
  region_slug: string;
  title: string;
  legal_form: AgreementLegalForm;
  measure_id: string | null;
  measure_code: string | null;
  measure_title: string | null;
  network_id: string | null;
  status: StoredAgreementStatus;
  current_version: number;
  active_version: number | null;
  version: number;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  terminated_at: Date | null;
  termination_reason: string | null;
}

const SELECT_AGREEMENT = `SELECT a.id, a.region_id, r.slug AS region_slug, a.title, a.legal_form, a.measure_id,
       m.code AS measure_code, m.title AS measure_title, m.network_id, a.status, a.current_version, a.active_version,
       a.version, a.created_by_name, a.created_at, a.updated_at, a.terminated_at, a.termination_reason
  FROM agreement a JOIN region r ON r.id = a.region_id LEFT JOIN measure m ON m.id = a.measure_id`;

/** The status as read (EXPIRED computed): `$today` is the parameter holding today's date. */
const EFFECTIVE_STATUS = (today: string) => `CASE WHEN a.status = 'ACTIVE' AND EXISTS (
    SELECT 1 FROM agreement_version av WHERE av.agreement_id = a.id AND av.number = a.active_version
       AND av.end_date < ${today}::date) THEN 'EXPIRED' ELSE a.status END`;

/**
 * Reading agreements. A page of agreements is built with a fixed number of queries, whatever its length: the
 * agreements, their versions, the versions' parties, their approvals and the municipality names (`= ANY`).
 */
@Injectable()
export class AgreementQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
  ) {}

  async list(user: AuthenticatedUser, args: AgreementsArgs): Promise<Page<Agreement>> {
    const manager = this.dataSource.manager;
    const region = await regionBySlug(manager, args.regionSlug);
    const offset = decodeOffsetCursor(args.after);
    const filter = args.filter ?? {};
    const where = `a.region_id = $1
      AND ($2::text[] IS NULL OR a.legal_form = ANY($2::text[]))
      AND ($3::text[] IS NULL OR ${EFFECTIVE_STATUS('$4')} = ANY($3::text[]))
      AND ($5::text IS NULL OR EXISTS (
        SELECT 1 FROM agreement_version pv JOIN agreement_version_party pp ON pp.version_id = pv.id
         WHERE pv.agreement_id = a.id AND pv.number IN (a.current_version, a.active_version)
           AND pp.municipality_number = $5))`;
    const params = [
      region.id,
      filter.legalForms?.length ? filter.legalForms : null,
      filter.statuses?.length ? filter.statuses : null,
      osloDate(),
      filter.municipalityNumber ?? null,
    ];
    const rows: AgreementRow[] = await manager.query(
      `${SELECT_AGREEMENT} WHERE ${where} ORDER BY a.title, a.id OFFSET $6 LIMIT $7`,
      [...params, offset, args.first + 1],
    );
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM agreement a WHERE ${where}`,
      params,
    );
    const page = toOffsetPage(rows, args.first, offset, total);
    return { ...page, nodes: await this.build(user, page.nodes) };
  }

  async get(user: AuthenticatedUser, id: string): Promise<Agreement> {
    const [agreement] = await this.getMany(user, [id]);
    if (!agreement) throw agreementNotFound();
    return agreement;
  }

  /** Agreements by id with one statement per part, whatever the number (null where none). */
  async getMany(user: AuthenticatedUser, ids: readonly string[]): Promise<(Agreement | null)[]> {
    const rows: AgreementRow[] = await this.dataSource.query(
      `${SELECT_AGREEMENT} WHERE a.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const agreements = rows.length > 0 ? await this.build(user, rows) : [];
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Submitted agreements where the caller's municipality is a party that has not decided on the current version. */
  async inbox(user: AuthenticatedUser): Promise<ApprovalRequest[]> {
    const municipality = this.directorMunicipality(user);
    const rows: AgreementRow[] = await this.dataSource.query(
      `${SELECT_AGREEMENT} ${PENDING_FOR} ORDER BY cv.submitted_at, a.title, a.id`,
      [municipality],
    );
    const agreements = await this.build(user, rows);
    return agreements.map((agreement) => {
      const party = agreement.currentVersion.parties.find((p) => p.municipalityNumber === municipality);
      return {
        agreement,
        versionNumber: agreement.currentVersionNumber,
        municipalityNumber: municipality,
        municipalityName: party?.municipalityName ?? municipality,
        role: party?.role ?? 'BUYER',
        changes: agreement.currentVersion.changes,
      };
    });
  }

  async inboxCount(user: AuthenticatedUser): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM agreement a ${PENDING_FOR}`,
      [this.directorMunicipality(user)],
    );
    return rows[0].n;
  }

  /** Agreements in full (versions, parties, approvals, changes), from their rows, in a fixed number of queries. */
  async build(
    user: AuthenticatedUser,
    rows: readonly AgreementRow[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Agreement[]> {
    if (rows.length === 0) return [];
    const versions = await loadVersions(
      manager,
      rows.map((row) => row.id),
    );
    const approvals = await loadApprovals(
      manager,
      versions.map((version) => version.id),
    );
    const names = await municipalityNames(manager, [
      ...versions.flatMap((version) => version.terms.parties.map((party) => party.municipalityNumber)),
      ...approvals.map((approval) => approval.municipalityNumber),
    ]);
    const led = await this.access.ledNetworkIds(user);
    const director = this.access.directorOf(user);
    const today = osloDate();
    return rows.map((row) => {
      const own = versions.filter((version) => version.agreementId === row.id);
      const views = own.map((version, index) =>
        versionView(
          version,
          own[index - 1] ?? null,
          approvals.filter((approval) => approval.versionId === version.id),
          names,
        ),
      );
      const current = views.find((view) => view.number === row.current_version) as AgreementVersion;
      const active = views.find((view) => view.number === row.active_version) ?? null;
      const status = effectiveStatus(row.status, active?.endDate ?? null, today);
      return {
        id: row.id,
        regionSlug: row.region_slug,
        title: row.title,
        legalForm: row.legal_form,
        status,
        measure:
          row.measure_id && row.measure_code && row.measure_title
            ? { id: row.measure_id, code: row.measure_code, title: row.measure_title }
            : null,
        currentVersionNumber: row.current_version,
        activeVersionNumber: row.active_version,
        currentVersion: current,
        activeVersion: active,
        versions: views,
        version: row.version,
        createdByName: row.created_by_name,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        terminatedAt: row.terminated_at,
        terminationReason: row.termination_reason,
        viewerCanEdit:
          status !== 'TERMINATED' &&
          status !== 'EXPIRED' &&
          this.access.canEdit(user, row.legal_form, row.network_id, led),
        viewerCanDecide:
          status === 'SUBMITTED' &&
          director !== null &&
          current.parties.some((party) => party.municipalityNumber === director && party.approval === null),
      };
    });
  }

  private directorMunicipality(user: AuthenticatedUser): string {
    const municipality = this.access.directorOf(user);
    if (!municipality) {
      throw forbidden({
        nb: 'Godkjenningskøen er for kommunedirektører med kommune i innloggingen.',
        en: 'The approval inbox is for municipal directors with a municipality in their sign-in.',
      });
    }
    return municipality;
  }
}

/** Submitted agreements whose current version has the municipality ($1) as a party without its decision. */
const PENDING_FOR = `JOIN agreement_version cv ON cv.agreement_id = a.id AND cv.number = a.current_version
  JOIN agreement_version_party cp ON cp.version_id = cv.id AND cp.municipality_number = $1
 WHERE a.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM agreement_approval ap WHERE ap.version_id = cv.id AND ap.municipality_number = $1)`;

function versionView(
  version: VersionRecord,
  previous: VersionRecord | null,
  approvals: readonly ApprovalRecord[],
  names: ReadonlyMap<string, string>,
): AgreementVersion {
  const name = (number: string) => names.get(number) ?? number;
  const approvalViews: AgreementApproval[] = approvals.map((approval) => ({
    municipalityNumber: approval.municipalityNumber,
    municipalityName: name(approval.municipalityNumber),
    decision: approval.decision,
    comment: approval.comment,
    decidedByName: approval.decidedByName,
    decidedAt: approval.decidedAt,
  }));
  const { terms } = version;
  const missing = missingAssessment(terms.assessment);
  return {
    id: version.id,
    number: version.number,
    serviceDescription: terms.serviceDescription,
    volumeAmount: terms.volumeAmount,
    volumeUnit: terms.volumeUnit,
    priceModel: terms.priceModel,
    price: terms.price,
    priceAdjustment: terms.priceAdjustment,
    startDate: terms.startDate,
    endDate: terms.endDate,
    noticeMonths: terms.noticeMonths,
    lastNoticeDate:
      terms.endDate && terms.noticeMonths !== null ? lastNoticeDate(terms.endDate, terms.noticeMonths) : null,
    dataProcessingAgreement: terms.dataProcessingAgreement,
    assessment: {
      commonPublicGoals: terms.assessment.commonGoals,
      publicInterestOnly: terms.assessment.publicInterest,
      marketShareUnder20: terms.assessment.marketUnder20,
      assessedBy: terms.assessment.assessedBy,
      assessedOn: terms.assessment.assessedOn,
      conclusion: terms.assessment.conclusion,
      complete: missing.length === 0,
      missing: missing.map((item) => item.nb),
    },
    parties: terms.parties.map((party) => ({
      ...party,
      municipalityName: name(party.municipalityNumber),
      approval:
        approvalViews.find((approval) => approval.municipalityNumber === party.municipalityNumber) ?? null,
    })),
    approvals: approvalViews,
    changes: previous ? termsChanges(previous.terms, terms, names) : [],
    createdByName: version.createdByName,
    createdAt: version.createdAt,
    submittedAt: version.submittedAt,
  };
}
