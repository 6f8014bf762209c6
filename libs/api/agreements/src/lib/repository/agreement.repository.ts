import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { StoredAgreementStatus } from '@samarbeid/api/data-access';
import {
  AgreementApprovalEntity,
  AgreementEntity,
  AgreementVersionEntity,
  AgreementVersionPartyEntity,
  currentMembership,
} from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import type { AgreementDecision, AgreementLegalForm, AgreementStatus } from '@samarbeid/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import type { PartyTerms, Terms } from '../terms/agreement-terms';
import type {
  AgreementChanges,
  AgreementRow,
  ApprovalRecord,
  MeasureRef,
  PartyAgreementRow,
  RegionRef,
  VersionRecord,
} from './agreement-rows';
import { termsOf, versionColumns } from './agreement-rows';
import { NotificationRepository } from './notification.repository';

interface AgreementSqlRow {
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

/** The status as read (EXPIRED computed): `today` is the parameter holding today's date. */
const EFFECTIVE_STATUS = (today: string) => `CASE WHEN a.status = 'ACTIVE' AND EXISTS (
    SELECT 1 FROM agreement_version av WHERE av.agreement_id = a.id AND av.number = a.active_version
       AND av.end_date < ${today}::date) THEN 'EXPIRED' ELSE a.status END`;

/** Submitted agreements whose current version has the municipality ($1) as a party without its decision. */
const PENDING_FOR = `JOIN agreement_version cv ON cv.agreement_id = a.id AND cv.number = a.current_version
  JOIN agreement_version_party cp ON cp.version_id = cv.id AND cp.municipality_number = $1
 WHERE a.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM agreement_approval ap WHERE ap.version_id = cv.id AND ap.municipality_number = $1)`;

function agreementRow(row: AgreementSqlRow): AgreementRow {
  return {
    id: row.id,
    regionId: row.region_id,
    regionSlug: row.region_slug,
    title: row.title,
    legalForm: row.legal_form,
    measure:
      row.measure_id && row.measure_code && row.measure_title
        ? { id: row.measure_id, code: row.measure_code, title: row.measure_title }
        : null,
    networkId: row.network_id,
    status: row.status,
    currentVersion: row.current_version,
    activeVersion: row.active_version,
    version: row.version,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    terminatedAt: row.terminated_at,
    terminationReason: row.termination_reason,
  };
}

export interface AgreementFilter {
  readonly legalForms?: readonly AgreementLegalForm[] | null;
  readonly statuses?: readonly AgreementStatus[] | null;
  readonly municipalityNumber?: string | null;
}

/**
 * Every SQL statement and TypeORM call on the agreements' tables (agreement, agreement_version,
 * agreement_version_party, agreement_approval), and the region, measure and municipality facts the agreements
 * read, with typed rows in and out. Bound to one EntityManager: the data source's, or, inside `transaction`, the
 * transaction's. Lists are loaded with one statement per table for all the agreements asked for (`= ANY`).
 */
export class AgreementRepository {
  constructor(readonly manager: EntityManager) {}

  /** Runs `work` in one transaction, with this repository bound to it. */
  transaction<T>(work: (tx: AgreementRepository) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new AgreementRepository(manager)));
  }

  /** The notifications' repository in the same transaction. */
  get notifications(): NotificationRepository {
    return new NotificationRepository(this.manager);
  }

  // Agreements

  /** Locks the agreement row (SELECT … FOR UPDATE) for the rest of the transaction: the aggregate's one lock. */
  lock(id: string): Promise<AgreementEntity | null> {
    return this.manager.findOne(AgreementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page of a region's agreements by title, filtered, and how many there are in all. */
  async page(
    regionId: string,
    filter: AgreementFilter,
    today: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: AgreementRow[]; total: number }> {
    const where = `a.region_id = $1
      AND ($2::text[] IS NULL OR a.legal_form = ANY($2::text[]))
      AND ($3::text[] IS NULL OR ${EFFECTIVE_STATUS('$4')} = ANY($3::text[]))
      AND ($5::text IS NULL OR EXISTS (
        SELECT 1 FROM agreement_version pv JOIN agreement_version_party pp ON pp.version_id = pv.id
         WHERE pv.agreement_id = a.id AND pv.number IN (a.current_version, a.active_version)
           AND pp.municipality_number = $5))`;
    const params = [
      regionId,
      filter.legalForms?.length ? filter.legalForms : null,
      filter.statuses?.length ? filter.statuses : null,
      today,
      filter.municipalityNumber ?? null,
    ];
    const rows: AgreementSqlRow[] = await this.manager.query(
      `${SELECT_AGREEMENT} WHERE ${where} ORDER BY a.title, a.id OFFSET $6 LIMIT $7`,
      [...params, offset, limit],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      `SELECT count(*)::int AS total FROM agreement a WHERE ${where}`,
      params,
    );
    return { rows: rows.map(agreementRow), total };
  }

  /** The agreements with these ids (any order; those that do not exist are left out). */
  async byIds(ids: readonly string[]): Promise<AgreementRow[]> {
    const rows: AgreementSqlRow[] = await this.manager.query(
      `${SELECT_AGREEMENT} WHERE a.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(agreementRow);
  }

  /** Submitted agreements waiting for `municipalityNumber`'s decision on the current version, oldest first. */
  async pendingFor(municipalityNumber: string): Promise<AgreementRow[]> {
    const rows: AgreementSqlRow[] = await this.manager.query(
      `${SELECT_AGREEMENT} ${PENDING_FOR} ORDER BY cv.submitted_at, a.title, a.id`,
      [municipalityNumber],
    );
    return rows.map(agreementRow);
  }

  async pendingCount(municipalityNumber: string): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM agreement a ${PENDING_FOR}`,
      [municipalityNumber],
    );
    return rows[0].n;
  }

  /**
   * The region's agreements (drafts left out) where the municipality is a party to the version in force, or to the
   * latest version when none is in force yet.
   */
  async whereParty(regionId: string, municipalityNumber: string): Promise<PartyAgreementRow[]> {
    const rows: {
      id: string;
      title: string;
      legal_form: AgreementLegalForm;
      status: StoredAgreementStatus;
      current_version: number;
      active_version: number | null;
    }[] = await this.manager.query(
      `SELECT a.id, a.title, a.legal_form, a.status, a.current_version, a.active_version FROM agreement a
         JOIN agreement_version v ON v.agreement_id = a.id AND v.number = coalesce(a.active_version, a.current_version)
         JOIN agreement_version_party p ON p.version_id = v.id AND p.municipality_number = $2
        WHERE a.region_id = $1 AND a.status <> 'DRAFT'`,
      [regionId, municipalityNumber],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      legalForm: row.legal_form,
      status: row.status,
      currentVersion: row.current_version,
      activeVersion: row.active_version,
    }));
  }

  /** Inserts a new agreement row; returns its id. */
  async insertAgreement(fields: {
    regionId: string;
    title: string;
    legalForm: AgreementLegalForm;
    measureId: string | null;
    status: StoredAgreementStatus;
    activeVersion: number | null;
    user: AuthenticatedUser;
  }): Promise<string> {
    const { user, ...columns } = fields;
    const { identifiers } = await this.manager.insert(AgreementEntity, {
      ...columns,
      currentVersion: 1,
      createdById: user.id,
      createdByName: user.name ?? user.username,
      createdByEmail: user.email,
    });
    return (identifiers[0] as { id: string }).id;
  }

  /** Updates the agreement row and bumps its version (the optimistic-locking counter). */
  async touch(id: string, changes: AgreementChanges): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(AgreementEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  // Versions and parties

  /** Every version of the agreements, with parties, oldest first (two statements). */
  async versions(agreementIds: readonly string[]): Promise<VersionRecord[]> {
    if (agreementIds.length === 0) return [];
    const versions = await this.manager.find(AgreementVersionEntity, {
      where: { agreementId: In([...agreementIds]) },
      order: { agreementId: 'ASC', number: 'ASC' },
    });
    const parties = versions.length
      ? await this.manager.find(AgreementVersionPartyEntity, {
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

  /** Writes a new version with its parties; returns its id. */
  async insertVersion(fields: {
    agreementId: string;
    number: number;
    terms: Terms;
    user: AuthenticatedUser;
    submitted: boolean;
  }): Promise<string> {
    const { identifiers } = await this.manager.insert(AgreementVersionEntity, {
      agreementId: fields.agreementId,
      number: fields.number,
      ...versionColumns(fields.terms),
      createdById: fields.user.id,
      createdByName: fields.user.name ?? fields.user.username,
      createdByEmail: fields.user.email,
      submittedAt: fields.submitted ? () => 'now()' : null,
    });
    const id = (identifiers[0] as { id: string }).id;
    await this.insertParties(id, fields.terms.parties);
    return id;
  }

  /** Replaces a draft version's terms and parties in place. */
  async rewriteVersion(versionId: string, terms: Terms): Promise<void> {
    await this.manager.update(AgreementVersionEntity, { id: versionId }, versionColumns(terms));
    await this.manager.delete(AgreementVersionPartyEntity, { versionId });
    await this.insertParties(versionId, terms.parties);
  }

  async markSubmitted(versionId: string): Promise<void> {
    await this.manager.update(AgreementVersionEntity, { id: versionId }, { submittedAt: () => 'now()' });
  }

  private async insertParties(versionId: string, parties: readonly PartyTerms[]): Promise<void> {
    if (parties.length === 0) return;
    await this.manager.insert(
      AgreementVersionPartyEntity,
      parties.map((party) => ({ versionId, ...party })),
    );
  }

  // Approvals

  /** The decisions on these versions, in the order they were made. */
  async approvals(versionIds: readonly string[]): Promise<ApprovalRecord[]> {
    if (versionIds.length === 0) return [];
    const rows = await this.manager.find(AgreementApprovalEntity, {
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

  async insertApproval(fields: {
    versionId: string;
    municipalityNumber: string;
    decision: AgreementDecision;
    comment: string;
    user: AuthenticatedUser;
  }): Promise<void> {
    const { user, ...columns } = fields;
    await this.manager.insert(AgreementApprovalEntity, {
      ...columns,
      decidedById: user.id,
      decidedByName: user.name ?? user.username,
    });
  }

  /** A party's decision on a version of an agreement, with the party's name; null when there is none. */
  async decisionOf(
    agreementId: string,
    versionNumber: number,
    municipalityNumber: string,
  ): Promise<{ decision: AgreementDecision; name: string } | null> {
    const rows: { decision: AgreementDecision; name: string }[] = await this.manager.query(
      `SELECT ap.decision, m.name FROM agreement_approval ap
         JOIN agreement_version v ON v.id = ap.version_id JOIN municipality m ON m.number = ap.municipality_number
        WHERE v.agreement_id = $1 AND v.number = $2 AND ap.municipality_number = $3`,
      [agreementId, versionNumber, municipalityNumber],
    );
    return rows[0] ?? null;
  }

  // What agreements read about regions, measures and municipalities

  async regionBySlug(slug: string): Promise<RegionRef | null> {
    const rows: RegionRef[] = await this.manager.query('SELECT id, slug, name FROM region WHERE slug = $1', [
      slug,
    ]);
    return rows[0] ?? null;
  }

  async measure(id: string): Promise<MeasureRef | null> {
    const rows: { id: string; code: string; network_id: string; region_id: string }[] =
      await this.manager.query('SELECT id, code, network_id, region_id FROM measure WHERE id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, code: row.code, networkId: row.network_id, regionId: row.region_id } : null;
  }

  /** The region's member municipalities today: number → name, by number. */
  async currentMembers(regionId: string): Promise<Map<string, string>> {
    const rows: { number: string; name: string }[] = await this.manager.query(
      `SELECT m.number, m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND ${currentMembership('rm')} ORDER BY m.number`,
      [regionId],
    );
    return new Map(rows.map((row) => [row.number, row.name]));
  }

  /** Municipality names by number, for the numbers given. */
  async municipalityNames(numbers: Iterable<string>): Promise<Map<string, string>> {
    const list = [...new Set(numbers)];
    if (list.length === 0) return new Map();
    const rows: { number: string; name: string }[] = await this.manager.query(
      'SELECT number, name FROM municipality WHERE number = ANY($1::text[])',
      [list],
    );
    return new Map(rows.map((row) => [row.number, row.name]));
  }
}

/** PostgreSQL's SQLSTATE for a unique violation (two inserts of the same key raced). */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const own = (error as { code?: unknown }).code;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return own === '23505' || driver === '23505';
}

/** The repositories, bound to the application's data source (`transaction` binds them to one transaction). */
export const AGREEMENT_REPOSITORIES: Provider[] = [
  {
    provide: AgreementRepository,
    useFactory: (source: DataSource) => new AgreementRepository(source.manager),
    inject: [getDataSourceToken()],
  },
  {
    provide: NotificationRepository,
    useFactory: (source: DataSource) => new NotificationRepository(source.manager),
    inject: [getDataSourceToken()],
  },
];
