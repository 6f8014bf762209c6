import type { MobilisationRating } from '@samarbeid/shared/domain';
import { addMonths, compareIsoDates, lastNoticeDate } from '@samarbeid/shared/domain';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { benefitStatus } from '@samarbeid/shared/domain/allocation';
import Decimal from 'decimal.js';

/**
 * How certain a planned gain is, by the measure's mobilisation rating (mobiliseringskoeffisient): GREEN little
 * process, gain certain; YELLOW likely; RED uncertain. An unrated measure counts for nothing in the weighted potential
 * (its gain is shown, but nobody has judged it).
 */
export const CERTAINTY_PERCENT: Readonly<Record<MobilisationRating, number>> = {
  GREEN: 90,
  YELLOW: 60,
  RED: 30,
};

/** A measure's total planned gain weighted by the certainty of its colour, exact. */
export function weightedGain(plannedGain: string, rating: MobilisationRating | null): string {
  if (rating === null) return '0';
  return new Decimal(plannedGain).times(CERTAINTY_PERCENT[rating]).div(100).toFixed();
}

/** Exact sum of decimal strings. */
export function sum(values: readonly string[]): string {
  return values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed();
}

export type DeadlineKind = 'NOTICE' | 'EXPIRY' | 'REPORT_DUE' | 'CONSULTATION_END';

export interface DeadlineFact {
  readonly kind: DeadlineKind;
  readonly date: string;
  /** The agreement (NOTICE, EXPIRY), the reporting period (REPORT_DUE) or the strategy and its network (CONSULTATION_END). */
  readonly agreementId: string | null;
  readonly periodId: string | null;
  readonly strategyId: string | null;
  readonly networkId: string | null;
  readonly title: string;
}

type DeadlineLinks = Partial<Pick<DeadlineFact, 'agreementId' | 'periodId' | 'strategyId' | 'networkId'>>;

function fact(kind: DeadlineKind, date: string, title: string, links: DeadlineLinks): DeadlineFact {
  return {
    kind,
    date,
    agreementId: null,
    periodId: null,
    strategyId: null,
    networkId: null,
    title,
    ...links,
  };
}

/** By date; on the same day notice before expiry before a report before a consultation's end, then by title. */
function byDate(a: DeadlineFact, b: DeadlineFact): number {
  const order: Record<DeadlineKind, number> = { NOTICE: 0, EXPIRY: 1, REPORT_DUE: 2, CONSULTATION_END: 3 };
  return compareIsoDates(a.date, b.date) || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title);
}

/**
 * The deadlines from `today` up to `withinMonths` ahead: the last day to give notice on an agreement (end date less
 * the notice months) and its end date, each when it falls in the window, the due dates of open reporting periods,
 * and the last days of strategies' consultations; by date.
 */
export function comingDeadlines(
  agreements: readonly { agreementId: string; title: string; endDate: string; noticeMonths: number | null }[],
  openPeriods: readonly { periodId: string; name: string; dueDate: string }[],
  today: string,
  withinMonths: number,
  consultations: readonly { strategyId: string; networkId: string; title: string; endsOn: string }[] = [],
): DeadlineFact[] {
  const until = addMonths(today, withinMonths);
  const within = (date: string) => compareIsoDates(date, today) >= 0 && compareIsoDates(date, until) <= 0;
  const facts = agreements.flatMap(({ agreementId, title, endDate, noticeMonths }) => {
    const notice = noticeMonths === null ? null : lastNoticeDate(endDate, noticeMonths);
    return [
      ...(notice !== null && within(notice) ? [fact('NOTICE', notice, title, { agreementId })] : []),
      ...(within(endDate) ? [fact('EXPIRY', endDate, title, { agreementId })] : []),
    ];
  });
  const reports = openPeriods
    .filter((period) => within(period.dueDate))
    .map(({ periodId, name, dueDate }) => fact('REPORT_DUE', dueDate, name, { periodId }));
  const consultationEnds = consultations
    .filter((strategy) => within(strategy.endsOn))
    .map(({ strategyId, networkId, title, endsOn }) =>
      fact('CONSULTATION_END', endsOn, title, { strategyId, networkId }),
    );
  return [...facts, ...reports, ...consultationEnds].sort(byDate);
}

export type BenefitStatusKey = 'GREEN' | 'YELLOW' | 'RED' | 'NOT_MEASURED';

/**
 * How many measures with a planned gain in the year stand GREEN, YELLOW or RED (realised against planned, by the
 * region's thresholds), and how many have nothing realised yet (NOT_MEASURED).
 */
export function benefitStatusCounts(
  gains: readonly { planned: string; realised: string | null }[],
  thresholds: BenefitThresholds,
): Record<BenefitStatusKey, number> {
  const counts: Record<BenefitStatusKey, number> = { GREEN: 0, YELLOW: 0, RED: 0, NOT_MEASURED: 0 };
  for (const gain of gains)
    counts[benefitStatus(gain.planned, gain.realised, thresholds)?.status ?? 'NOT_MEASURED']++;
  return counts;
}
