/**
 * Dated memberships (a municipality in a region, a person in a network): a period runs from its first day up to,
 * not including, its end (`validTo`, the first day without; null while it lasts). Dates are ISO strings.
 */
export interface MembershipPeriod {
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** What is wrong with ending a membership. */
export type MembershipEndProblem = 'ENDS_BEFORE_START' | 'ALREADY_ENDED';

/** A membership is ended once, on a day not before its first; one whose planned end is still ahead may be ended. */
export function membershipEndProblem(
  membership: MembershipPeriod,
  validTo: string,
  today: string,
): MembershipEndProblem | null {
  if (membership.validTo !== null && membership.validTo <= today) return 'ALREADY_ENDED';
  if (validTo < membership.validFrom) return 'ENDS_BEFORE_START';
  return null;
}

/** Two periods overlap. */
export function periodsOverlap(a: MembershipPeriod, b: MembershipPeriod): boolean {
  return (a.validTo === null || b.validFrom < a.validTo) && (b.validTo === null || a.validFrom < b.validTo);
}

/** Whether the period holds on `day`. */
export function periodHolds(period: MembershipPeriod, day: string): boolean {
  return period.validFrom <= day && (period.validTo === null || day < period.validTo);
}
