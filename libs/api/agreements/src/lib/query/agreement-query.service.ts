import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { decodeOffsetCursor, forbidden, toOffsetPage } from '@samarbeid/api/platform';
import { effectiveAgreementStatus, lastNoticeDate } from '@samarbeid/shared/domain';

import { AgreementAccess } from '../agreement-access';
import { regionOrFail } from '../agreement-lookups';
import { agreementNotFound } from '../agreements.errors';
import type { AgreementsArgs } from '../dto/agreements.inputs';
import type {
  Agreement,
  AgreementApproval,
  AgreementVersion,
  ApprovalRequest,
} from '../dto/agreements.types';
import type { AgreementRow, ApprovalRecord, VersionRecord } from '../repository/agreement-rows';
import { AgreementRepository } from '../repository/agreement.repository';
import { termsChanges } from '../terms/agreement-diff';
import { missingAssessment, statedTerms } from '../terms/agreement-terms';
import { osloDate } from '../terms/norwegian-format';

/**
 * Reading agreements. A page of agreements is built with a fixed number of queries, whatever its length: the
 * agreements, their versions, the versions' parties, their approvals and the municipality names (`= ANY`).
 */
@Injectable()
export class AgreementQueryService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly access: AgreementAccess,
  ) {}

  async list(user: AuthenticatedUser, args: AgreementsArgs): Promise<Page<Agreement>> {
    const region = await regionOrFail(this.agreements, args.regionSlug);
    const offset = decodeOffsetCursor(args.after);
    const { rows, total } = await this.agreements.page(
      region.id,
      args.filter ?? {},
      osloDate(),
      offset,
      args.first + 1,
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
    const rows = await this.agreements.byIds(ids);
    const agreements = rows.length > 0 ? await this.build(user, rows) : [];
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Submitted agreements where the caller's municipality is a party that has not decided on the current version. */
  async inbox(user: AuthenticatedUser): Promise<ApprovalRequest[]> {
    const municipality = this.directorMunicipality(user);
    const agreements = await this.build(user, await this.agreements.pendingFor(municipality));
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

  inboxCount(user: AuthenticatedUser): Promise<number> {
    return this.agreements.pendingCount(this.directorMunicipality(user));
  }

  /** Agreements in full (versions, parties, approvals, changes), from their rows, in a fixed number of queries. */
  async build(user: AuthenticatedUser, rows: readonly AgreementRow[]): Promise<Agreement[]> {
    if (rows.length === 0) return [];
    const versions = await this.agreements.versions(rows.map((row) => row.id));
    const approvals = await this.agreements.approvals(versions.map((version) => version.id));
    const names = await this.agreements.municipalityNames([
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
      const current = views.find((view) => view.number === row.currentVersion) as AgreementVersion;
      const active = views.find((view) => view.number === row.activeVersion) ?? null;
      const status = effectiveAgreementStatus(row.status, active?.endDate ?? null, today);
      return {
        id: row.id,
        regionSlug: row.regionSlug,
        title: row.title,
        legalForm: row.legalForm,
        status,
        measure: row.measure,
        currentVersionNumber: row.currentVersion,
        activeVersionNumber: row.activeVersion,
        currentVersion: current,
        activeVersion: active,
        versions: views,
        version: row.version,
        createdByName: row.createdByName,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        terminatedAt: row.terminatedAt,
        terminationReason: row.terminationReason,
        viewerCanEdit:
          status !== 'TERMINATED' &&
          status !== 'EXPIRED' &&
          this.access.canEdit(user, row.legalForm, row.networkId, led),
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
    ...statedTerms(terms),
    lastNoticeDate:
      terms.endDate && terms.noticeMonths !== null ? lastNoticeDate(terms.endDate, terms.noticeMonths) : null,
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
