/**
 * The implementation plan's rules, pure: dependency conflicts, capacity per network and month, the comparison with a
 * frozen baseline, and the flags of the five criteria that decide when a measure should run. Dates are ISO days
 * (`YYYY-MM-DD`), months `YYYY-MM`.
 */

export type DependencyKind = 'START' | 'FINISH';

export interface PlanBar {
  readonly id: string;
  readonly code: string;
  readonly networkId: string;
  /** Null for a measure; the parent's id for a sub-measure. */
  readonly parentId: string | null;
  readonly status: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

export interface PlanDependency {
  readonly measureId: string;
  readonly dependsOnId: string;
  readonly kind: DependencyKind;
}

export interface DependencyConflict {
  readonly measureId: string;
  readonly dependsOnId: string;
  readonly kind: DependencyKind;
  /** The earliest day the measure may start: the other's start (START) or its end (FINISH). */
  readonly earliestStart: string;
  /** How many days too early the measure starts (at least 1). */
  readonly daysEarly: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since 1970 at UTC midnight of `day`, or NaN when it is not a real day. */
function dayValue(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) return Number.NaN;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = Date.UTC(year, month - 1, date);
  const back = new Date(value);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === date
    ? value
    : Number.NaN;
}

/** Whether `day` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(day: string): boolean {
  return !Number.isNaN(dayValue(day));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayValue(to) - dayValue(from)) / DAY_MS);
}

/** Why a measure's new dates cannot be saved, or null. */
export type DatesProblem = 'NOT_A_DAY' | 'END_BEFORE_START' | 'OUT_OF_RANGE';

/** The plan's calendar: measures between 2000 and 2100. */
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2100-12-31';

export function datesProblem(startDate: string | null, endDate: string | null): DatesProblem | null {
  for (const day of [startDate, endDate]) {
    if (day === null) continue;
    if (!isDay(day)) return 'NOT_A_DAY';
    if (day < FIRST_DAY || day > LAST_DAY) return 'OUT_OF_RANGE';
  }
  if (startDate !== null && endDate !== null && endDate < startDate) return 'END_BEFORE_START';
  return null;
}

export function milestoneDateProblem(date: string): DatesProblem | null {
  return datesProblem(date, null);
}

/**
 * Every dependency the plan breaks: a measure that starts before the measure it depends on starts (START), or
 * before it ends (FINISH). A dependency whose dates are not both known cannot be judged and is left out.
 */
export function dependencyConflicts(
  bars: readonly PlanBar[],
  dependencies: readonly PlanDependency[],
): DependencyConflict[] {
  const byId = new Map(bars.map((bar) => [bar.id, bar]));
  const conflicts: DependencyConflict[] = [];
  for (const dependency of dependencies) {
    const measure = byId.get(dependency.measureId);
    const other = byId.get(dependency.dependsOnId);
    const start = measure?.startDate ?? null;
    const earliestStart = dependency.kind === 'START' ? (other?.startDate ?? null) : (other?.endDate ?? null);
    if (start === null || earliestStart === null) continue;
    if (start < earliestStart) {
      conflicts.push({ ...dependency, earliestStart, daysEarly: daysBetween(start, earliestStart) });
    }
  }
  return conflicts;
}

/** Statuses in which a measure takes none of the network's capacity. */
const TAKES_NO_CAPACITY: ReadonlySet<string> = new Set(['REJECTED']);

export interface NetworkCapacity {
  readonly networkId: string;
  /** The most measures the network can run at once beside daily operations. */
  readonly capacity: number;
}

export interface OverloadMonth {
  readonly networkId: string;
  readonly month: string;
  /** Measures planned to run in the month. */
  readonly count: number;
  readonly capacity: number;
  readonly measureIds: readonly string[];
}

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Every month from `from` to `to` (both `YYYY-MM`, inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= last) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The months in which a network has more measures planned to run than it can take on: a measure (not a sub-measure,
 * which is part of its measure's work) runs in every month its bar touches, unless rejected. Networks without a
 * setting of their own have `defaultCapacity`. Sorted by network, then month.
 */
export function overloadMonths(
  bars: readonly PlanBar[],
  capacities: readonly NetworkCapacity[],
  defaultCapacity: number,
): OverloadMonth[] {
  const capacityOf = new Map(capacities.map((entry) => [entry.networkId, entry.capacity]));
  const running = new Map<string, string[]>();
  for (const bar of bars) {
    if (bar.parentId !== null || bar.startDate === null || bar.endDate === null) continue;
    if (TAKES_NO_CAPACITY.has(bar.status)) continue;
    for (const month of monthsBetween(monthOf(bar.startDate), monthOf(bar.endDate))) {
      const key = `${bar.networkId}|${month}`;
      const list = running.get(key);
      if (list) list.push(bar.id);
      else running.set(key, [bar.id]);
    }
  }
  const overloads: OverloadMonth[] = [];
  for (const [key, measureIds] of running) {
    const [networkId, month] = key.split('|') as [string, string];
    const capacity = capacityOf.get(networkId) ?? defaultCapacity;
    if (measureIds.length > capacity) {
      overloads.push({ networkId, month, count: measureIds.length, capacity, measureIds });
    }
  }
  return overloads.sort((a, b) =>
    a.networkId === b.networkId ? a.month.localeCompare(b.month) : a.networkId.localeCompare(b.networkId),
  );
}

// ---- Baselines ------------------------------------------------------------------------------------------------

export interface MilestonePoint {
  readonly id: string;
  readonly name: string;
  readonly date: string;
}

/** A measure's place in a plan: today's, or as a baseline froze it. */
export interface PlannedMeasure {
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly milestones: readonly MilestonePoint[];
}

export type MeasureChange = 'MOVED' | 'NEW' | 'REMOVED';

export interface MilestoneMove {
  readonly milestoneId: string;
  readonly name: string;
  /** Null: the milestone is new since the baseline. */
  readonly baselineDate: string | null;
  /** Null: the milestone was removed. */
  readonly currentDate: string | null;
  /** Days later than in the baseline (negative: earlier); null when new or removed. */
  readonly slipDays: number | null;
}

export interface BaselineDifference {
  readonly measureId: string;
  readonly code: string;
  readonly title: string;
  readonly change: MeasureChange;
  readonly baselineStart: string | null;
  readonly baselineEnd: string | null;
  readonly currentStart: string | null;
  readonly currentEnd: string | null;
  /** Days the start is later than in the baseline (negative: earlier); null when either is unknown. */
  readonly startSlipDays: number | null;
  readonly endSlipDays: number | null;
  readonly milestones: readonly MilestoneMove[];
}

const slip = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : daysBetween(from, to);

function milestoneMoves(
  baseline: readonly MilestonePoint[],
  current: readonly MilestonePoint[],
): MilestoneMove[] {
  const before = new Map(baseline.map((point) => [point.id, point]));
  const moves: MilestoneMove[] = [];
  for (const point of current) {
    const was = before.get(point.id);
    before.delete(point.id);
    if (!was) {
      moves.push({
        milestoneId: point.id,
        name: point.name,
        baselineDate: null,
        currentDate: point.date,
        slipDays: null,
      });
    } else if (was.date !== point.date) {
      moves.push({
        milestoneId: point.id,
        name: point.name,
        baselineDate: was.date,
        currentDate: point.date,
        slipDays: daysBetween(was.date, point.date),
      });
    }
  }
  for (const was of before.values()) {
    moves.push({
      milestoneId: was.id,
      name: was.name,
      baselineDate: was.date,
      currentDate: null,
      slipDays: null,
    });
  }
  return moves;
}

/**
 * What moved since the baseline: measures whose start, end or milestones changed (with the slip in days), measures
 * added since and measures no longer in the plan. Unchanged measures are left out. In today's order, the removed
 * last.
 */
export function compareWithBaseline(
  baseline: readonly PlannedMeasure[],
  current: readonly PlannedMeasure[],
): BaselineDifference[] {
  const before = new Map(baseline.map((measure) => [measure.measureId, measure]));
  const differences: BaselineDifference[] = [];
  for (const now of current) {
    const was = before.get(now.measureId);
    before.delete(now.measureId);
    if (!was) {
      differences.push({
        measureId: now.measureId,
        code: now.code,
        title: now.title,
        change: 'NEW',
        baselineStart: null,
        baselineEnd: null,
        currentStart: now.startDate,
        currentEnd: now.endDate,
        startSlipDays: null,
        endSlipDays: null,
        milestones: milestoneMoves([], now.milestones),
      });
      continue;
    }
    const milestones = milestoneMoves(was.milestones, now.milestones);
    if (was.startDate === now.startDate && was.endDate === now.endDate && milestones.length === 0) continue;
    differences.push({
      measureId: now.measureId,
      code: now.code,
      title: now.title,
      change: 'MOVED',
      baselineStart: was.startDate,
      baselineEnd: was.endDate,
      currentStart: now.startDate,
      currentEnd: now.endDate,
      startSlipDays: slip(was.startDate, now.startDate),
      endSlipDays: slip(was.endDate, now.endDate),
      milestones,
    });
  }
  for (const was of before.values()) {
    differences.push({
      measureId: was.measureId,
      code: was.code,
      title: was.title,
      change: 'REMOVED',
      baselineStart: was.startDate,
      baselineEnd: was.endDate,
      currentStart: null,
      currentEnd: null,
      startSlipDays: null,
      endSlipDays: null,
      milestones: milestoneMoves(was.milestones, []),
    });
  }
  return differences;
}

// ---- The five criteria ---------------------------------------------------------------------------------------

export const PLAN_FLAGS = [
  'DEPENDENCY_CONFLICT',
  'POLITICAL_DECISION_PENDING',
  'EARLY_GAIN',
  'CAPACITY',
  'OTHER_UNITS',
] as const;
export type PlanFlag = (typeof PLAN_FLAGS)[number];

export interface CriteriaFacts {
  readonly startDate: string | null;
  /** The measure's steering document says a political decision is needed … */
  readonly politicalDecisionNeeded: boolean;
  /** … and this case (or an anchoring date) records it; null: none recorded yet. */
  readonly politicalDecisionRecorded: boolean;
  /** Political anchoring NEEDED or IN_PROGRESS on the measure itself. */
  readonly anchoringPending: boolean;
  /** The first year with a planned economic gain, or null. */
  readonly firstBenefitYear: number | null;
  /** The measure runs in a month in which its network is over capacity. */
  readonly overCapacity: boolean;
  readonly hasDependencyConflict: boolean;
  /** Resources needed from other parts of the organisation (text), or empty. */
  readonly resourcesFromOtherUnits: string;
}

/**
 * The flags a measure carries from the five criteria: (1) a broken dependency; (2) a political decision needed and
 * none recorded; (3) an economic gain that comes early — at the latest in the year after the measure starts (or,
 * unplanned, after `currentYear`), so it should run early; (4) its network over capacity while it runs; (5)
 * resources needed from other units.
 */
export function criteriaFlags(facts: CriteriaFacts, currentYear: number): PlanFlag[] {
  const flags: PlanFlag[] = [];
  if (facts.hasDependencyConflict) flags.push('DEPENDENCY_CONFLICT');
  if ((facts.politicalDecisionNeeded && !facts.politicalDecisionRecorded) || facts.anchoringPending) {
    flags.push('POLITICAL_DECISION_PENDING');
  }
  const fromYear = facts.startDate === null ? currentYear : Number(facts.startDate.slice(0, 4));
  if (facts.firstBenefitYear !== null && facts.firstBenefitYear <= fromYear + 1) flags.push('EARLY_GAIN');
  if (facts.overCapacity) flags.push('CAPACITY');
  if (facts.resourcesFromOtherUnits.trim() !== '') flags.push('OTHER_UNITS');
  return flags;
}

/** The most a network's capacity can be set to, and the default for a network without a setting. */
export const MAX_CAPACITY = 100;
export const DEFAULT_CAPACITY = 3;
