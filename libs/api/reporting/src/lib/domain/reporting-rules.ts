import type { ReportingPeriodStatus, ReportRag, StatusReportState } from '@samarbeid/shared/domain';

/**
 * The reporting cycle's rules, pure: what a period must say, who may do what with a report, how a report moves and
 * which reminder is due. They answer with codes; reporting.errors.ts turns them into sentences.
 */

export interface ReportingActor {
  readonly id: string;
  readonly isSecretariat: boolean;
  /** The networks the actor leads. */
  readonly ledNetworkIds: ReadonlySet<string>;
}

export interface ReportOwnership {
  readonly networkId: string;
  readonly assigneeUserId: string | null;
}

export type PeriodProblem = 'DATES_ORDER' | 'DUE_BEFORE_START' | 'NAME_MISSING';

/** A period runs from ≤ to, and its reports fall due after it starts. */
export function periodProblems(period: {
  readonly name: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly dueDate: string;
}): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (period.name.trim() === '') problems.push('NAME_MISSING');
  if (!isRealDate(period.periodFrom) || !isRealDate(period.periodTo) || period.periodFrom > period.periodTo) {
    problems.push('DATES_ORDER');
  }
  if (!isRealDate(period.dueDate) || period.dueDate < period.periodFrom) problems.push('DUE_BEFORE_START');
  return problems;
}

/** "2026-02-30" is no day. */
/** The calendar year of an ISO date (`2026-06-30` → 2026). */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The leader of the owning network, or the member the report was handed to, writes it. */
export function mayWriteReport(actor: ReportingActor, report: ReportOwnership): boolean {
  return actor.ledNetworkIds.has(report.networkId) || report.assigneeUserId === actor.id;
}

/** Only the leader of the owning network hands a report on (or takes it back). */
export function mayAssignReport(actor: ReportingActor, report: ReportOwnership): boolean {
  return actor.ledNetworkIds.has(report.networkId);
}

export type ReportStep = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN';

export type ReportProblem =
  | 'PERIOD_CLOSED'
  | 'NOT_EDITABLE'
  | 'NOT_SUBMITTED'
  | 'RAG_MISSING'
  | 'PROGRESS_MISSING'
  | 'DONE_MISSING'
  | 'COMMENT_MISSING';

export interface ReportContent {
  readonly rag: ReportRag | null;
  readonly progressPercent: number | null;
  readonly done: string;
}

/**
 * Where a step takes a report, or why it cannot: the owner saves and submits while it is theirs (not started, draft,
 * returned); the secretariat approves or returns a submitted one, a return with a comment. A submitted report has a
 * status, a progress and what was done. Nothing moves in a closed period.
 */
export function nextReportState(
  current: StatusReportState,
  step: ReportStep,
  context: {
    readonly periodStatus: ReportingPeriodStatus;
    readonly content: ReportContent;
    readonly comment?: string | null;
  },
): { readonly state: StatusReportState } | { readonly problems: ReportProblem[] } {
  if (context.periodStatus !== 'OPEN') return { problems: ['PERIOD_CLOSED'] };
  const ownersTurn = current === 'NOT_STARTED' || current === 'DRAFT' || current === 'RETURNED';
  switch (step) {
    case 'SAVE':
      return ownersTurn
        ? { state: current === 'RETURNED' ? 'RETURNED' : 'DRAFT' }
        : { problems: ['NOT_EDITABLE'] };
    case 'SUBMIT': {
      if (!ownersTurn) return { problems: ['NOT_EDITABLE'] };
      const problems = contentProblems(context.content);
      return problems.length > 0 ? { problems } : { state: 'SUBMITTED' };
    }
    case 'APPROVE':
      return current === 'SUBMITTED' ? { state: 'APPROVED' } : { problems: ['NOT_SUBMITTED'] };
    case 'RETURN':
      if (current !== 'SUBMITTED') return { problems: ['NOT_SUBMITTED'] };
      return (context.comment ?? '').trim() === ''
        ? { problems: ['COMMENT_MISSING'] }
        : { state: 'RETURNED' };
  }
}

/** What a submitted report must say. */
export function contentProblems(content: ReportContent): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (content.rag === null) problems.push('RAG_MISSING');
  if (content.progressPercent === null) problems.push('PROGRESS_MISSING');
  if (content.done.trim() === '') problems.push('DONE_MISSING');
  return problems;
}

/** The reminder rules: some days before the due date, and once overdue. */
export type ReminderRule = 'BEFORE_DUE' | 'OVERDUE';

/** Days before the due date the first reminder goes. */
export const REMIND_DAYS_BEFORE_DUE = 7;

export interface ReminderState {
  readonly state: StatusReportState;
  readonly remindedBeforeDue: boolean;
  readonly remindedOverdue: boolean;
}

/**
 * The reminder due for a report on `today` (YYYY-MM-DD), if any: none once submitted or approved; "overdue" after
 * the due date; "before due" within {@link REMIND_DAYS_BEFORE_DUE} days of it. Each rule once per report; an overdue
 * reminder replaces a before-due one never sent.
 */
export function reminderDue(report: ReminderState, dueDate: string, today: string): ReminderRule | null {
  if (report.state === 'SUBMITTED' || report.state === 'APPROVED') return null;
  if (today > dueDate) return report.remindedOverdue ? null : 'OVERDUE';
  if (today >= addDays(dueDate, -REMIND_DAYS_BEFORE_DUE))
    return report.remindedBeforeDue ? null : 'BEFORE_DUE';
  return null;
}

/** "2026-06-30" plus `days` (may be negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
