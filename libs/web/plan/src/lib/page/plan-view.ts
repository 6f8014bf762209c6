import type { PlanQuery } from '@samarbeid/web/graphql';
import type { GanttColour, GanttGroup, GanttRow, GanttScale, GanttSpec } from '@samarbeid/web/ui';

export type PlanData = PlanQuery['plan'];
export type PlanBarData = PlanData['bars'][number];
export type GroupBy = 'network' | 'tier' | 'municipality';
export type ColourBy = 'status' | 'mobilisation';

export const STATUS_COLOUR: Readonly<Record<string, GanttColour>> = {
  PROPOSED: 'muted',
  UNDER_ASSESSMENT: 'neutral',
  DECIDED: 'accent',
  IN_PROGRESS: 'success',
  COMPLETED: 'success',
  PAUSED: 'warning',
  REJECTED: 'danger',
};

export const MOBILISATION_COLOUR: Readonly<Record<string, GanttColour>> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
};

export function colourOf(bar: PlanBarData, by: ColourBy): GanttColour {
  if (by === 'mobilisation')
    return bar.mobilisation ? (MOBILISATION_COLOUR[bar.mobilisation] ?? 'muted') : 'muted';
  return STATUS_COLOUR[bar.status] ?? 'neutral';
}

const addMonths = (day: string, months: number): string => {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months, 1));
  return date.toISOString().slice(0, 10);
};

/** The window a zoom shows: a year around today by month, three years by quarter, the whole plan by year. */
export function windowOf(plan: PlanData, zoom: GanttScale): { from: string; to: string } {
  const monthStart = `${plan.today.slice(0, 7)}-01`;
  if (zoom === 'month') return { from: addMonths(monthStart, -3), to: addMonths(monthStart, 9) };
  if (zoom === 'quarter') {
    const yearStart = `${plan.today.slice(0, 4)}-01-01`;
    return { from: addMonths(yearStart, -3), to: addMonths(yearStart, 36) };
  }
  const days = plan.bars.flatMap((bar) => [bar.startDate, bar.endDate, bar.baselineStart, bar.baselineEnd]);
  const known = days.filter((day): day is string => day !== null).sort();
  const first = known[0] ?? monthStart;
  const last = known[known.length - 1] ?? addMonths(monthStart, 12);
  return { from: `${first.slice(0, 4)}-01-01`, to: `${last.slice(0, 4)}-12-31` };
}

export interface GroupLabels {
  readonly tier: (tier: string) => string;
  readonly municipality: (number: string) => string;
  readonly noMunicipality: string;
}

/** The bars in groups (a measure's sub-measures follow it); by municipality a measure shows under each participant. */
export function groupsOf(
  plan: PlanData,
  by: GroupBy,
  labels: GroupLabels,
): { label: string; bars: PlanBarData[] }[] {
  const groups = new Map<string, PlanBarData[]>();
  const add = (key: string, bar: PlanBarData) => {
    const list = groups.get(key);
    if (list) list.push(bar);
    else groups.set(key, [bar]);
  };
  const parents = new Map(plan.bars.map((bar) => [bar.id, bar]));
  for (const bar of plan.bars) {
    const owner = bar.parentId ? (parents.get(bar.parentId) ?? bar) : bar;
    if (by === 'network') add(owner.networkName, bar);
    else if (by === 'tier') add(labels.tier(owner.tier), bar);
    else if (owner.participants.length === 0) add(labels.noMunicipality, bar);
    else for (const number of owner.participants) add(labels.municipality(number), bar);
  }
  return [...groups.entries()]
    .sort(([a], [b]) =>
      a === labels.noMunicipality ? 1 : b === labels.noMunicipality ? -1 : a.localeCompare(b, 'nb'),
    )
    .map(([label, bars]) => ({ label, bars }));
}

/** The Gantt chart's spec: rows per group, ids made unique per group (a measure may show in several). */
export function ganttSpecOf(
  plan: PlanData,
  options: { groupBy: GroupBy; colourBy: ColourBy; zoom: GanttScale; todayLabel: string; compare: boolean },
  labels: GroupLabels,
): GanttSpec {
  const conflicted = new Set(plan.conflicts.map((c) => c.measureId));
  const groups: GanttGroup[] = groupsOf(plan, options.groupBy, labels).map((group, index) => {
    const rowId = (id: string) => `${index}|${id}`;
    const inGroup = new Set(group.bars.map((bar) => bar.id));
    return {
      label: group.label,
      rows: group.bars.map((bar): GanttRow => ({
        id: rowId(bar.id),
        label: `${bar.code} ${bar.title}`,
        indent: bar.parentId !== null,
        start: bar.startDate,
        end: bar.endDate,
        progress: bar.progressPercent,
        colour: colourOf(bar, options.colourBy),
        baseline: options.compare ? { start: bar.baselineStart, end: bar.baselineEnd } : null,
        milestones: bar.milestones.map((m) => ({
          date: m.date,
          label: `${bar.code}: ${m.name} (${m.date})`,
          done: m.done,
        })),
        dependsOn: bar.dependencies
          .filter((d) => inGroup.has(d.dependsOnId))
          .map((d) => rowId(d.dependsOnId)),
        flagged: conflicted.has(bar.id),
      })),
    };
  });
  return {
    groups,
    ...windowOf(plan, options.zoom),
    scale: options.zoom,
    today: { date: plan.today, label: options.todayLabel },
  };
}

/** The bar's id from a row id of {@link ganttSpecOf}. */
export function barIdOfRow(rowId: string): string {
  return rowId.slice(rowId.indexOf('|') + 1);
}
