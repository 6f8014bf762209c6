import { describe, expect, it } from '@jest/globals';

import {
  addDays,
  mayAssignReport,
  mayWriteReport,
  nextReportState,
  periodProblems,
  reminderDue,
} from './reporting-rules';

const OPEN = { periodStatus: 'OPEN' as const, content: { rag: null, progressPercent: null, done: '' } };
const FULL = {
  periodStatus: 'OPEN' as const,
  content: { rag: 'GREEN' as const, progressPercent: 40, done: 'Mye' },
};

describe('periodProblems', () => {
  it('accepts a half-year with its due date after it', () => {
    expect(
      periodProblems({
        name: '1. halvår 2026',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        dueDate: '2026-08-15',
      }),
    ).toEqual([]);
  });
  it('refuses dates in the wrong order, days that do not exist and a due date before the start', () => {
    expect(
      periodProblems({ name: ' ', periodFrom: '2026-07-01', periodTo: '2026-06-30', dueDate: '2026-02-30' }),
    ).toEqual(['NAME_MISSING', 'DATES_ORDER', 'DUE_BEFORE_START']);
  });
});

describe('who writes a report', () => {
  const actor = { id: 'u1', isSecretariat: false, ledNetworkIds: new Set(['n1']) };
  it('is the leader of the owning network or the member it was handed to', () => {
    expect(mayWriteReport(actor, { networkId: 'n1', assigneeUserId: null })).toBe(true);
    expect(mayWriteReport(actor, { networkId: 'n2', assigneeUserId: null })).toBe(false);
    expect(
      mayWriteReport({ ...actor, ledNetworkIds: new Set() }, { networkId: 'n2', assigneeUserId: 'u1' }),
    ).toBe(true);
  });
  it('is not the secretariat, who reviews', () => {
    const secretariat = { id: 's', isSecretariat: true, ledNetworkIds: new Set<string>() };
    expect(mayWriteReport(secretariat, { networkId: 'n1', assigneeUserId: null })).toBe(false);
  });
  it('hands on only by the leader', () => {
    expect(mayAssignReport(actor, { networkId: 'n1', assigneeUserId: 'u2' })).toBe(true);
    expect(
      mayAssignReport(
        { ...actor, id: 'u2', ledNetworkIds: new Set() },
        { networkId: 'n1', assigneeUserId: 'u2' },
      ),
    ).toBe(false);
  });
});

describe('nextReportState', () => {
  it('drafts, submits a complete report, approves and returns with a comment', () => {
    expect(nextReportState('NOT_STARTED', 'SAVE', OPEN)).toEqual({ state: 'DRAFT' });
    expect(nextReportState('RETURNED', 'SAVE', OPEN)).toEqual({ state: 'RETURNED' });
    expect(nextReportState('DRAFT', 'SUBMIT', FULL)).toEqual({ state: 'SUBMITTED' });
    expect(nextReportState('RETURNED', 'SUBMIT', FULL)).toEqual({ state: 'SUBMITTED' });
    expect(nextReportState('SUBMITTED', 'APPROVE', OPEN)).toEqual({ state: 'APPROVED' });
    expect(nextReportState('SUBMITTED', 'RETURN', { ...OPEN, comment: 'Mangler risiko' })).toEqual({
      state: 'RETURNED',
    });
  });
  it('refuses an incomplete submission, a return without comment and steps out of turn', () => {
    expect(nextReportState('DRAFT', 'SUBMIT', OPEN)).toEqual({
      problems: ['RAG_MISSING', 'PROGRESS_MISSING', 'DONE_MISSING'],
    });
    expect(nextReportState('SUBMITTED', 'RETURN', { ...OPEN, comment: '  ' })).toEqual({
      problems: ['COMMENT_MISSING'],
    });
    expect(nextReportState('SUBMITTED', 'SAVE', OPEN)).toEqual({ problems: ['NOT_EDITABLE'] });
    expect(nextReportState('APPROVED', 'SUBMIT', FULL)).toEqual({ problems: ['NOT_EDITABLE'] });
    expect(nextReportState('DRAFT', 'APPROVE', OPEN)).toEqual({ problems: ['NOT_SUBMITTED'] });
    expect(nextReportState('DRAFT', 'SAVE', { ...OPEN, periodStatus: 'CLOSED' })).toEqual({
      problems: ['PERIOD_CLOSED'],
    });
  });
});

describe('reminderDue', () => {
  const fresh = { state: 'DRAFT' as const, remindedBeforeDue: false, remindedOverdue: false };
  it('reminds a week before the due date, then once overdue, each once', () => {
    expect(reminderDue(fresh, '2026-08-15', '2026-08-07')).toBeNull();
    expect(reminderDue(fresh, '2026-08-15', '2026-08-08')).toBe('BEFORE_DUE');
    expect(reminderDue({ ...fresh, remindedBeforeDue: true }, '2026-08-15', '2026-08-15')).toBeNull();
    expect(reminderDue({ ...fresh, remindedBeforeDue: true }, '2026-08-15', '2026-08-16')).toBe('OVERDUE');
    expect(reminderDue({ ...fresh, remindedOverdue: true }, '2026-08-15', '2026-09-01')).toBeNull();
  });
  it('never reminds a submitted or approved report', () => {
    expect(reminderDue({ ...fresh, state: 'SUBMITTED' }, '2026-08-15', '2026-09-01')).toBeNull();
    expect(reminderDue({ ...fresh, state: 'APPROVED' }, '2026-08-15', '2026-09-01')).toBeNull();
  });
  it('counts days across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
