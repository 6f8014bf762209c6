import type { FollowUpStatus } from '@samarbeid/shared/domain';
import { compareIsoDates, isValidIsoDate } from '@samarbeid/shared/domain';

/** An open action (not done) whose deadline is before `today` (YYYY-MM-DD): due on the deadline, overdue after. */
export function isOverdue(
  action: { readonly deadline: string; readonly status: FollowUpStatus },
  today: string,
): boolean {
  return action.status !== 'DONE' && compareIsoDates(action.deadline, today) < 0;
}

export type FollowUpProblem = 'OWNER_MISSING' | 'OWNER_TWICE' | 'DEADLINE_NOT_A_DATE';

/** What is wrong with a new or changed action's owner and deadline, before anything is looked up. */
export function followUpProblems(input: {
  readonly ownerUserId?: string | null;
  readonly ownerName?: string | null;
  readonly deadline: string;
}): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  const name = input.ownerName?.trim() ?? '';
  if (!input.ownerUserId && !name) problems.push('OWNER_MISSING');
  if (input.ownerUserId && name) problems.push('OWNER_TWICE');
  if (!isValidIsoDate(input.deadline)) problems.push('DEADLINE_NOT_A_DATE');
  return problems;
}

/**
 * The action's state after a status change: when it became done (kept when it stays done, cleared when it is
 * reopened).
 */
export function completedAtAfter(
  from: { readonly status: FollowUpStatus; readonly completedAt: Date | null },
  to: FollowUpStatus,
  now: Date,
): Date | null {
  if (to !== 'DONE') return null;
  return from.status === 'DONE' ? from.completedAt : now;
}
