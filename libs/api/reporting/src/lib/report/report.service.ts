import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { assertExpectedVersion, decodeOffsetCursor, toOffsetPage } from '@samarbeid/api/platform';
import { statusReportPath } from '@samarbeid/shared/domain';

import type { ReportingActor, ReportStep } from '../domain/reporting-rules';
import { mayAssignReport, mayWriteReport, nextReportState } from '../domain/reporting-rules';
import type {
  AssignStatusReportInput,
  ReturnStatusReportInput,
  ReviewStatusReportInput,
  SaveStatusReportInput,
  StatusReportsArgs,
} from '../dto/reporting.inputs';
import type { StatusReport } from '../dto/reporting.types';
import {
  assignRefused,
  notANetworkMember,
  periodNotFound,
  reportNotFound,
  reportRefused,
  secretariatOnly,
  THE_REPORT,
  writeRefused,
} from '../reporting.errors';
import type { ReportContent, ReportRow } from '../repository/report.repository';
import { ReportingDb } from '../repository/reporting.db';
import { actorOf } from '../shared/actor';
import { toReport } from '../shared/mappers';
import { prefillFigures } from '../period/period.service';

const REVIEW = {
  nb: 'godkjenne eller sende tilbake statusrapporter',
  en: 'approve or return status reports',
};

/**
 * Status reports: read by everyone signed in; written by their owner (the leader of the owning network, or the
 * member it was handed to), who saves drafts and submits; approved or returned with a comment by the secretariat.
 */
@Injectable()
export class ReportService {
  constructor(private readonly db: ReportingDb) {}

  async list(user: AuthenticatedUser, args: StatusReportsArgs): Promise<Page<StatusReport>> {
    if (!(await this.db.periods.byId(args.periodId))) throw periodNotFound();
    const actor = await actorOf(this.db, user);
    const offset = decodeOffsetCursor(args.after);
    const filter = {
      periodId: args.periodId,
      networkId: args.networkId ?? null,
      state: args.state ?? null,
      writerUserId: args.mine ? user.id : null,
    };
    const { rows, total } = await this.db.reports.page(filter, offset, args.first + 1);
    return toOffsetPage(
      rows.map((row) => toReport(row, actor)),
      args.first,
      offset,
      total,
    );
  }

  async byId(user: AuthenticatedUser, id: string): Promise<StatusReport> {
    const row = await this.db.reports.byId(id);
    if (!row) throw reportNotFound();
    return toReport(row, await actorOf(this.db, user));
  }

  /** Saves the owner's draft, and submits it when asked; the figures are refreshed from the economics. */
  async save(user: AuthenticatedUser, input: SaveStatusReportInput): Promise<StatusReport> {
    return this.db.transaction(async (tx) => {
      const { report, actor } = await this.lockFor(tx, user, input);
      if (!mayWriteReport(actor, report)) throw writeRefused();
      assertExpectedVersion(report, input.expectedVersion, THE_REPORT);
      const content: ReportContent = {
        rag: input.rag ?? null,
        progressPercent: input.progressPercent ?? null,
        done: input.done.trim(),
        deviations: input.deviations.trim(),
        nextSteps: input.nextSteps.trim(),
        risks: input.risks.trim(),
      };
      const saved = decide(report, 'SAVE', content);
      await tx.reports.saveContent(report.id, content, saved);
      let state = saved;
      if (input.submit) {
        state = decide(report, 'SUBMIT', content);
        await tx.reports.submit(report.id, user.name ?? user.username ?? null, new Date());
      }
      await prefillFigures(tx, report.periodId, report.id);
      await recordAudit(tx.manager, user, {
        action: input.submit ? 'TRANSITION' : 'UPDATE',
        entityType: 'status_report',
        entityId: report.id,
        regionId: report.regionId,
        summary: `Statusrapport for ${subjectOf(report)} (${report.periodName}) ${input.submit ? 'levert' : 'lagret som utkast'}`,
        before: { state: report.state, ...contentOf(report) },
        after: { state, ...content },
      });
      return this.read(tx, actor, report.id);
    });
  }

  async approve(user: AuthenticatedUser, input: ReviewStatusReportInput): Promise<StatusReport> {
    return this.db.transaction(async (tx) => {
      const { report, actor } = await this.lockFor(tx, user, input);
      if (!actor.isSecretariat) throw secretariatOnly(REVIEW);
      assertExpectedVersion(report, input.expectedVersion, THE_REPORT);
      const state = decide(report, 'APPROVE', contentOf(report));
      await tx.reports.approve(report.id, new Date());
      await recordAudit(tx.manager, user, {
        action: 'TRANSITION',
        entityType: 'status_report',
        entityId: report.id,
        regionId: report.regionId,
        summary: `Statusrapport for ${subjectOf(report)} (${report.periodName}) godkjent`,
        before: { state: report.state },
        after: { state },
      });
      return this.read(tx, actor, report.id);
    });
  }

  async return(user: AuthenticatedUser, input: ReturnStatusReportInput): Promise<StatusReport> {
    return this.db.transaction(async (tx) => {
      const { report, actor } = await this.lockFor(tx, user, input);
      if (!actor.isSecretariat) throw secretariatOnly(REVIEW);
      assertExpectedVersion(report, input.expectedVersion, THE_REPORT);
      const comment = input.comment.trim();
      const state = decide(report, 'RETURN', contentOf(report), comment);
      await tx.reports.return(report.id, comment);
      const writers = await tx.reports.writers([report.id]);
      for (const writer of writers) {
        await tx.notifications.toUser(writer.userId, {
          kind: 'REPORT_RETURNED',
          title: `Statusrapport sendt tilbake: ${subjectOf(report)}`.slice(0, 300),
          body: `Sekretariatet sendte statusrapporten for ${subjectOf(report)} (${report.periodName}) tilbake: ${comment}`.slice(
            0,
            4000,
          ),
          link: statusReportPath(report.periodId, report.id),
        });
      }
      await recordAudit(tx.manager, user, {
        action: 'TRANSITION',
        entityType: 'status_report',
        entityId: report.id,
        regionId: report.regionId,
        summary: `Statusrapport for ${subjectOf(report)} (${report.periodName}) sendt tilbake`,
        before: { state: report.state },
        after: { state, returnComment: comment },
      });
      return this.read(tx, actor, report.id);
    });
  }

  /** The leader hands the report to a member of the network (with a user), or takes it back (null). */
  async assign(user: AuthenticatedUser, input: AssignStatusReportInput): Promise<StatusReport> {
    return this.db.transaction(async (tx) => {
      const { report, actor } = await this.lockFor(tx, user, { id: input.id });
      if (!mayAssignReport(actor, report)) throw assignRefused();
      const assignee = input.assigneeUserId
        ? await tx.reports.networkMember(report.networkId, input.assigneeUserId)
        : null;
      if (input.assigneeUserId && !assignee) throw notANetworkMember();
      await tx.reports.assign(report.id, assignee);
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'status_report',
        entityId: report.id,
        regionId: report.regionId,
        summary: assignee
          ? `Statusrapport for ${subjectOf(report)} gitt til ${assignee.name}`
          : `Statusrapport for ${subjectOf(report)} tatt tilbake av lederen`,
        before: { assigneeName: report.assigneeName },
        after: { assigneeName: assignee?.name ?? null },
      });
      return this.read(tx, actor, report.id);
    });
  }

  private async lockFor(
    tx: ReportingDb,
    user: AuthenticatedUser,
    input: { readonly id: string },
  ): Promise<{ report: ReportRow; actor: ReportingActor }> {
    const report = await tx.reports.lock(input.id);
    if (!report) throw reportNotFound();
    return { report, actor: await actorOf(tx, user) };
  }

  private async read(tx: ReportingDb, actor: ReportingActor, id: string): Promise<StatusReport> {
    const row = await tx.reports.byId(id);
    if (!row) throw reportNotFound();
    return toReport(row, actor);
  }
}

function decide(report: ReportRow, step: ReportStep, content: ReportContent, comment?: string) {
  const outcome = nextReportState(report.state, step, {
    periodStatus: report.periodStatus,
    content,
    comment,
  });
  if ('problems' in outcome) throw reportRefused(outcome.problems[0] ?? 'NOT_EDITABLE');
  return outcome.state;
}

function contentOf(report: ReportRow): ReportContent {
  return {
    rag: report.rag,
    progressPercent: report.progressPercent,
    done: report.done,
    deviations: report.deviations,
    nextSteps: report.nextSteps,
    risks: report.risks,
  };
}

/** "T7 Felles byggesak" or "handlingsplanen til Teknisk ledernettverk". */
export function subjectOf(report: ReportRow): string {
  return report.measureCode
    ? `${report.measureCode} ${report.measureTitle ?? ''}`.trim()
    : `handlingsplanen til ${report.networkName}`;
}
