import { mayAssignReport, mayWriteReport, type ReportingActor } from '../domain/reporting-rules';
import type { ReportingPeriod, StatusReport } from '../dto/reporting.types';
import type { PeriodRow } from '../repository/period.repository';
import type { ReportRow } from '../repository/report.repository';

export function toPeriod(row: PeriodRow, actor: ReportingActor): ReportingPeriod {
  return {
    id: row.id,
    regionSlug: row.regionSlug,
    regionName: row.regionName,
    name: row.name,
    kind: row.kind,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    dueDate: row.dueDate,
    status: row.status,
    summary: row.summary,
    reportCount: row.reportCount,
    submittedCount: row.submittedCount,
    approvedCount: row.approvedCount,
    viewerCanManage: actor.isSecretariat,
    version: row.version,
  };
}

export function toReport(row: ReportRow, actor: ReportingActor): StatusReport {
  return {
    id: row.id,
    periodId: row.periodId,
    periodName: row.periodName,
    dueDate: row.dueDate,
    subjectKind: row.subjectKind,
    networkId: row.networkId,
    networkName: row.networkName,
    measure:
      row.measureId && row.measureCode && row.measureTitle
        ? { id: row.measureId, code: row.measureCode, title: row.measureTitle }
        : null,
    assigneeName: row.assigneeName,
    state: row.state,
    rag: row.rag,
    progressPercent: row.progressPercent,
    done: row.done,
    deviations: row.deviations,
    nextSteps: row.nextSteps,
    risks: row.risks,
    realisedBenefitsNok: row.realisedBenefitsNok,
    costsNok: row.costsNok,
    returnComment: row.returnComment,
    submittedAt: row.submittedAt ? new Date(row.submittedAt).toISOString() : null,
    submittedByName: row.submittedByName,
    viewerCanWrite: mayWriteReport(actor, row),
    viewerCanAssign: mayAssignReport(actor, row),
    viewerCanReview: actor.isSecretariat,
    version: row.version,
  };
}
