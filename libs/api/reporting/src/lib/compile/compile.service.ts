import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { assertExpectedVersion } from '@samarbeid/api/platform';
import type { CompiledReportData } from '@samarbeid/shared/domain';

import type { FreezeReportInput, UpdateReportingSummaryInput } from '../dto/reporting.inputs';
import type { FrozenReport, ReportingPeriod } from '../dto/reporting.types';
import { frozenNotFound, notAMember, periodNotFound, secretariatOnly, THE_PERIOD } from '../reporting.errors';
import type { FrozenRow } from '../repository/frozen-report.repository';
import type { PeriodRow } from '../repository/period.repository';
import { ReportingDb } from '../repository/reporting.db';
import { actorOf } from '../shared/actor';
import { toPeriod } from '../shared/mappers';
import { compileReport, type ReportScope } from './compile-report';

const COMPILE = {
  nb: 'sette sammen og fryse regionens rapport',
  en: "compile and freeze the region's report",
};

/**
 * The region's report for a period: the secretariat writes the summary, previews the compiled report from the live
 * data, and freezes it as a numbered version that keeps its own copy of the figures (a correction freezes anew).
 */
@Injectable()
export class CompileService {
  constructor(private readonly db: ReportingDb) {}

  /** The report compiled from the live data now: the region's, or a member municipality's variant. */
  async preview(periodId: string, municipalityNumber: string | null = null): Promise<string> {
    const period = await this.db.periods.byId(periodId);
    if (!period) throw periodNotFound();
    const scope = await this.scopeOf(this.db, period, municipalityNumber);
    const data = await compileReport(
      this.db.manager,
      period,
      await this.db.reports.allOfPeriod(periodId),
      new Date(),
      scope,
    );
    return JSON.stringify(data);
  }

  /** Every frozen version of the period: the region's first, then each municipality's, newest first. */
  async versions(periodId: string): Promise<FrozenReport[]> {
    if (!(await this.db.periods.byId(periodId))) throw periodNotFound();
    return (await this.db.frozen.ofPeriod(periodId)).map((row) => toFrozen(row, null));
  }

  async version(id: string): Promise<FrozenReport> {
    const row = await this.db.frozen.byId(id);
    if (!row) throw frozenNotFound();
    return toFrozen(row, JSON.stringify(row.data));
  }

  /** The frozen data of a version, for the documents. */
  async frozenData(id: string): Promise<{ number: number; data: CompiledReportData; frozenAt: Date } | null> {
    const row = await this.db.frozen.byId(id);
    return row
      ? { number: row.number, data: row.data as CompiledReportData, frozenAt: new Date(row.frozenAt) }
      : null;
  }

  async updateSummary(user: AuthenticatedUser, input: UpdateReportingSummaryInput): Promise<ReportingPeriod> {
    return this.db.transaction(async (tx) => {
      const actor = await actorOf(tx, user);
      const period = await tx.periods.lock(input.periodId);
      if (!period) throw periodNotFound();
      if (!actor.isSecretariat) throw secretariatOnly(COMPILE);
      assertExpectedVersion(period, input.expectedVersion, THE_PERIOD);
      const summary = input.summary.trim();
      await tx.periods.setSummary(period.id, summary);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'reporting_period',
        entityId: period.id,
        regionId: period.regionId,
        summary: `Sammendraget for «${period.name}» endret`,
        before: { summary: period.summary },
        after: { summary },
      });
      const row = await tx.periods.byId(period.id);
      if (!row) throw periodNotFound();
      return toPeriod(row, actor);
    });
  }

  /**
   * Compiles the live data and stores it as the next numbered version (of the region's report, or of a member
   * municipality's variant), in one transaction under the period's lock.
   */
  async freeze(user: AuthenticatedUser, input: FreezeReportInput): Promise<FrozenReport> {
    return this.db.transaction(async (tx) => {
      const actor = await actorOf(tx, user);
      const period = await tx.periods.lock(input.periodId);
      if (!period) throw periodNotFound();
      if (!actor.isSecretariat) throw secretariatOnly(COMPILE);
      const scope = await this.scopeOf(tx, period, input.municipalityNumber ?? null);
      const data = await compileReport(
        tx.manager,
        period,
        await tx.reports.allOfPeriod(period.id),
        new Date(),
        scope,
      );
      const id = await tx.frozen.insert(period.id, scope?.number ?? null, data, {
        id: user.id,
        name: user.name ?? user.username ?? null,
      });
      const row = await tx.frozen.byId(id);
      if (!row) throw frozenNotFound();
      const whose = scope ? ` (${scope.name})` : '';
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'frozen_report',
        entityId: id,
        regionId: period.regionId,
        summary: `Rapporten for «${period.name}»${whose} frosset som versjon ${row.number}`,
        after: { number: row.number, municipalityNumber: scope?.number ?? null },
      });
      return toFrozen(row, null);
    });
  }

  /** The member municipality a variant is for; refused when it is not a current member of the period's region. */
  private async scopeOf(
    db: ReportingDb,
    period: PeriodRow,
    municipalityNumber: string | null,
  ): Promise<ReportScope | null> {
    if (municipalityNumber === null) return null;
    const member = await db.memberOf(period.regionId, municipalityNumber);
    if (!member) throw notAMember(municipalityNumber, period.regionName);
    return member;
  }
}

function toFrozen(row: FrozenRow, dataJson: string | null): FrozenReport {
  return {
    id: row.id,
    periodId: row.periodId,
    number: row.number,
    municipalityNumber: row.municipalityNumber,
    municipalityName: row.municipalityName,
    frozenAt: new Date(row.frozenAt).toISOString(),
    frozenByName: row.frozenByName,
    dataJson,
  };
}
