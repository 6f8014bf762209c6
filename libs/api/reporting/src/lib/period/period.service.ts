import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import { measureFiguresForYears } from '@samarbeid/api/economics-read';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { decodeOffsetCursor, toOffsetPage } from '@samarbeid/api/platform';
import { reportingPeriodPath } from '@samarbeid/shared/domain';

import { periodProblems, yearOf } from '../domain/reporting-rules';
import type { OpenReportingPeriodInput, ReportingPeriodsArgs } from '../dto/reporting.inputs';
import type { ReportingBoardRow, ReportingPeriod } from '../dto/reporting.types';
import { nameTaken, periodNotFound, periodRefused, secretariatOnly } from '../reporting.errors';
import type { ReportingDb as Db } from '../repository/reporting.db';
import { ReportingDb } from '../repository/reporting.db';
import { actorOf, formatDate } from '../shared/actor';
import { toPeriod } from '../shared/mappers';

const OPEN_PERIODS = { nb: 'åpne rapporteringsperioder', en: 'open reporting periods' };

/**
 * Reporting periods: read by everyone signed in; opened by the secretariat, which creates a report request for
 * every measure under way and every network's action plan, prefilled with the product's own figures, and tells the
 * owners in the app.
 */
@Injectable()
export class PeriodService {
  constructor(private readonly db: ReportingDb) {}

  async list(user: AuthenticatedUser, args: ReportingPeriodsArgs): Promise<Page<ReportingPeriod>> {
    const region = await this.db.regionBySlug(args.regionSlug);
    const offset = decodeOffsetCursor(args.after);
    const actor = await actorOf(this.db, user);
    const { rows, total } = await this.db.periods.page(region.id, offset, args.first + 1);
    return toOffsetPage(
      rows.map((row) => toPeriod(row, actor)),
      args.first,
      offset,
      total,
    );
  }

  async byId(user: AuthenticatedUser, id: string): Promise<ReportingPeriod> {
    const row = await this.db.periods.byId(id);
    if (!row) throw periodNotFound();
    return toPeriod(row, await actorOf(this.db, user));
  }

  async board(id: string): Promise<ReportingBoardRow[]> {
    if (!(await this.db.periods.byId(id))) throw periodNotFound();
    return this.db.reports.board(id);
  }

  async open(user: AuthenticatedUser, input: OpenReportingPeriodInput): Promise<ReportingPeriod> {
    return this.db.transaction(async (tx) => {
      const actor = await actorOf(tx, user);
      if (!actor.isSecretariat) throw secretariatOnly(OPEN_PERIODS);
      const region = await tx.regionBySlug(input.regionSlug);
      const name = input.name.trim();
      const period = { name, periodFrom: input.periodFrom, periodTo: input.periodTo, dueDate: input.dueDate };
      const [problem] = periodProblems(period);
      if (problem) throw periodRefused(problem);
      if (await tx.periods.nameTaken(region.id, name)) throw nameTaken(name);
      const id = await tx.periods.insert({
        regionId: region.id,
        kind: input.kind,
        openedBy: user.id,
        ...period,
      });
      const requested = await tx.reports.request(
        id,
        region.id,
        yearOf(input.periodFrom),
        yearOf(input.periodTo),
      );
      await prefillFigures(tx, id);
      await notifyOwners(tx, id, name, input.dueDate);
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'reporting_period',
        entityId: id,
        regionId: region.id,
        summary: `Rapporteringsperioden «${name}» åpnet med ${requested} rapporter, frist ${formatDate(input.dueDate)}`,
        after: { ...period, kind: input.kind, requested },
      });
      const row = await tx.periods.byId(id);
      if (!row) throw periodNotFound();
      return toPeriod(row, actor);
    });
  }
}

/**
 * Fills each measure report's realised benefits and costs from the economics (the period's years), one read for all
 * the period's measures.
 */
export async function prefillFigures(tx: Db, periodId: string, only?: string): Promise<void> {
  const reports = (await tx.reports.allOfPeriod(periodId)).filter(
    (report) => report.measureId !== null && (only === undefined || report.id === only),
  );
  const first = reports[0];
  if (!first) return;
  const figures = await measureFiguresForYears(
    tx.manager,
    reports.flatMap((report) => (report.measureId ? [report.measureId] : [])),
    yearOf(first.periodFrom),
    yearOf(first.periodTo),
  );
  const byMeasure = new Map(figures.map((figure) => [figure.measureId, figure]));
  for (const report of reports) {
    const figure = report.measureId ? byMeasure.get(report.measureId) : undefined;
    if (!figure) continue;
    await tx.reports.setFigures(report.id, {
      realisedBenefitsNok: figure.realisedBenefitsNok,
      costsNok: figure.plannedCostsNok,
    });
  }
}

/** Tells the writers of every report of the period, in the app, that a report is asked of them. */
async function notifyOwners(tx: Db, periodId: string, periodName: string, dueDate: string): Promise<void> {
  const reports = await tx.reports.allOfPeriod(periodId);
  const writers = await tx.reports.writers(reports.map((report) => report.id));
  const notified = new Set<string>();
  for (const writer of writers) {
    if (notified.has(writer.userId)) continue;
    notified.add(writer.userId);
    const count = writers.filter((other) => other.userId === writer.userId).length;
    await tx.notifications.toUser(writer.userId, {
      kind: 'REPORT_REQUESTED',
      title: `Statusrapport for ${periodName}`.slice(0, 300),
      body: `Du er bedt om ${count} statusrapport${count === 1 ? '' : 'er'} for ${periodName}. Frist ${formatDate(dueDate)}.`,
      link: reportingPeriodPath(periodId),
    });
  }
}
