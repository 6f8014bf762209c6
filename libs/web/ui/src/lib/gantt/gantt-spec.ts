/**
 * What a Gantt chart shows, declared by a feature and drawn by the kit (ECharts `custom` series, see
 * `gantt-options.ts` and ADR 0016). Dates are ISO days (`YYYY-MM-DD`).
 */
export type GanttColour = 'accent' | 'success' | 'warning' | 'danger' | 'neutral' | 'muted';

/** Bar colours, each with 4.5:1 contrast against white for the bar's outline and the progress fill. */
export const GANTT_COLOURS: Readonly<Record<GanttColour, { fill: string; progress: string }>> = {
  accent: { fill: '#b7d4ec', progress: '#005fa3' },
  success: { fill: '#b9e0c4', progress: '#0a6c2e' },
  warning: { fill: '#f8dd8e', progress: '#8a5a00' },
  danger: { fill: '#f5b8b3', progress: '#b3261e' },
  neutral: { fill: '#d7dbe0', progress: '#3d4651' },
  muted: { fill: '#eceef1', progress: '#6b7480' },
};

export interface GanttMilestone {
  readonly date: string;
  readonly label: string;
  readonly done: boolean;
}

export interface GanttRow {
  /** Stable id: dependencies and clicks name rows by it. */
  readonly id: string;
  /** The row's label at the left ("T7 Byggesakstjenester"). */
  readonly label: string;
  /** Drawn indented (a sub-measure). */
  readonly indent?: boolean;
  readonly start: string | null;
  readonly end: string | null;
  /** 0–100, drawn as the darker part of the bar. */
  readonly progress?: number | null;
  readonly colour: GanttColour;
  /** Where the bar was in the baseline: a ghost bar under it. */
  readonly baseline?: { readonly start: string | null; readonly end: string | null } | null;
  readonly milestones?: readonly GanttMilestone[];
  /** Ids of rows this row depends on: an arrow from their bar to this one. */
  readonly dependsOn?: readonly string[];
  /** Outlined in red: something is wrong with it (a broken dependency). */
  readonly flagged?: boolean;
}

export interface GanttGroup {
  /** A heading drawn across the chart before the group's rows. */
  readonly label: string;
  readonly rows: readonly GanttRow[];
}

export type GanttScale = 'month' | 'quarter' | 'year';

export interface GanttSpec {
  readonly groups: readonly GanttGroup[];
  /** The time window shown. */
  readonly from: string;
  readonly to: string;
  /** How the time axis is labelled. */
  readonly scale: GanttScale;
  /** Today's line, and its label. */
  readonly today?: { readonly date: string; readonly label: string };
  /** Rows visible at once; more scroll with the slider at the right. 25 by default. */
  readonly visibleRows?: number;
}

/** The drawing's height for a spec: rows visible at once at 26 px, the axis and the margins. */
export function ganttHeight(spec: GanttSpec): number {
  const rows = spec.groups.reduce((sum, group) => sum + group.rows.length + 1, 0);
  return Math.min(rows, spec.visibleRows ?? 25) * 26 + 70;
}

/** Milliseconds at UTC midnight of an ISO day. */
export function dayMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}
