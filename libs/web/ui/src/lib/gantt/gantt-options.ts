import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';

import type { UiLanguage } from '../texts/ui-texts';
import { dayMs, GANTT_COLOURS, type GanttColour, type GanttRow, type GanttSpec } from './gantt-spec';

// Imported only by the lazily loaded Gantt engine (and its spec).

const TEXT = '#1e2b3c';
const GRID = '#d2d5d9';
const TODAY = '#b3261e';
const CONFLICT = '#b3261e';
const ARROW = '#545e6b';
const COLOURS = Object.keys(GANTT_COLOURS) as GanttColour[];

const MONTHS: Readonly<Record<UiLanguage, readonly string[]>> = {
  nb: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A row of the drawing: a group's heading, or a bar's row. */
export interface GanttLine {
  readonly kind: 'group' | 'row';
  readonly label: string;
  readonly row?: GanttRow;
}

export function ganttLines(spec: GanttSpec): GanttLine[] {
  return spec.groups.flatMap((group) => [
    { kind: 'group' as const, label: group.label },
    ...group.rows.map((row) => ({ kind: 'row' as const, label: row.label, row })),
  ]);
}

/** The time axis' label for a moment, by the scale: "jan 26", "K1 2026", "2026". */
export function timeLabel(ms: number, scale: GanttSpec['scale'], language: UiLanguage): string {
  const date = new Date(ms);
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  if (scale === 'year') return String(year);
  if (scale === 'quarter') return `${language === 'nb' ? 'K' : 'Q'}${Math.floor(month / 3) + 1} ${year}`;
  return `${MONTHS[language][month] ?? ''} ${String(year).slice(2)}`;
}

const NONE = Number.NaN;
const ms = (day: string | null | undefined): number => (day ? dayMs(day) : NONE);

type Rect = { x: number; y: number; width: number; height: number };

function clip(rect: Rect, area: Rect): Rect | null {
  const x = Math.max(rect.x, area.x);
  const y = Math.max(rect.y, area.y);
  const right = Math.min(rect.x + rect.width, area.x + area.width);
  const bottom = Math.min(rect.y + rect.height, area.y + area.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function area(params: CustomSeriesRenderItemParams): Rect {
  const system = params.coordSys as unknown as Rect;
  return { x: system.x, y: system.y, width: system.width, height: system.height };
}

/** A bar: the baseline's ghost under it, the bar, its progress, an outline when flagged. */
function renderBar(
  params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const line = Number(api.value(0));
  const band = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 20;
  const [x0, y] = api.coord([Number(api.value(1)), line]) as [number, number];
  const [x1] = api.coord([Number(api.value(2)), line]) as [number, number];
  const progress = Number(api.value(3));
  const colour = GANTT_COLOURS[COLOURS[Number(api.value(6))] ?? 'neutral'];
  const flagged = Number(api.value(7)) === 1;
  const bounds = area(params);
  const children: unknown[] = [];
  const baseStart = Number(api.value(4));
  const baseEnd = Number(api.value(5));
  if (!Number.isNaN(baseStart) && !Number.isNaN(baseEnd)) {
    const [b0] = api.coord([baseStart, line]) as [number, number];
    const [b1] = api.coord([baseEnd, line]) as [number, number];
    const ghost = clip(
      { x: b0, y: y - band * 0.42, width: Math.max(b1 - b0, 2), height: band * 0.84 },
      bounds,
    );
    if (ghost) {
      children.push({
        type: 'rect',
        shape: ghost,
        style: { fill: 'none', stroke: '#6b7480', lineWidth: 1, lineDash: [3, 3] },
      });
    }
  }
  if (!Number.isNaN(x0) && !Number.isNaN(x1)) {
    const height = band * 0.56;
    const bar = clip({ x: x0, y: y - height / 2, width: Math.max(x1 - x0, 2), height }, bounds);
    if (bar) {
      children.push({
        type: 'rect',
        shape: { ...bar, r: 2 },
        style: {
          fill: colour.fill,
          stroke: flagged ? CONFLICT : colour.progress,
          lineWidth: flagged ? 2 : 1,
        },
      });
      if (!Number.isNaN(progress) && progress > 0) {
        const done = clip(
          {
            x: x0,
            y: y - height / 2,
            width: Math.max(((x1 - x0) * Math.min(progress, 100)) / 100, 1),
            height,
          },
          bounds,
        );
        if (done)
          children.push({ type: 'rect', shape: done, style: { fill: colour.progress, opacity: 0.85 } });
      }
    }
  }
  return { type: 'group', children } as CustomSeriesRenderItemReturn;
}

/** A milestone: a diamond on its day, filled when done. */
function renderMilestone(
  params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const [x, y] = api.coord([Number(api.value(1)), Number(api.value(0))]) as [number, number];
  const bounds = area(params);
  if (x < bounds.x || x > bounds.x + bounds.width || y < bounds.y || y > bounds.y + bounds.height) {
    return null;
  }
  const r = 6;
  const done = Number(api.value(2)) === 1;
  return {
    type: 'polygon',
    shape: {
      points: [
        [x, y - r],
        [x + r, y],
        [x, y + r],
        [x - r, y],
      ],
    },
    style: { fill: done ? TEXT : '#ffffff', stroke: TEXT, lineWidth: 1.5 },
  };
}

/** A dependency: from the end of the bar depended on down (or up) to the start of the dependent bar. */
function renderArrow(
  params: CustomSeriesRenderItemParams,
  api: CustomSeriesRenderItemAPI,
): CustomSeriesRenderItemReturn {
  const [x0, y0] = api.coord([Number(api.value(2)), Number(api.value(0))]) as [number, number];
  const [x1, y1] = api.coord([Number(api.value(3)), Number(api.value(1))]) as [number, number];
  const bounds = area(params);
  const inside = (y: number) => y >= bounds.y && y <= bounds.y + bounds.height;
  if (!inside(y0) && !inside(y1)) return null;
  const clamp = (x: number) => Math.min(Math.max(x, bounds.x), bounds.x + bounds.width);
  const clampY = (y: number) => Math.min(Math.max(y, bounds.y), bounds.y + bounds.height);
  const elbow = clamp(Math.max(x0 + 6, Math.min(x1 - 6, x0 + 6)));
  const points = [
    [clamp(x0), clampY(y0)],
    [elbow, clampY(y0)],
    [elbow, clampY(y1)],
    [clamp(x1), clampY(y1)],
  ];
  const headX = clamp(x1);
  const headY = clampY(y1);
  return {
    type: 'group',
    children: [
      { type: 'polyline', shape: { points }, style: { stroke: ARROW, lineWidth: 1, fill: 'none' } },
      {
        type: 'polygon',
        shape: {
          points: [
            [headX, headY],
            [headX - 5, headY - 3.5],
            [headX - 5, headY + 3.5],
          ],
        },
        style: { fill: ARROW },
      },
    ],
  };
}

export interface GanttContext {
  readonly language: UiLanguage;
  readonly reducedMotion: boolean;
  readonly fontFamily?: string;
}

/**
 * The chart library's options for a Gantt chart: a time axis across the top, a row per bar (group headings
 * between), bars with progress and baseline ghosts, milestone diamonds, dependency arrows, today's line, and a
 * slider at the right when there are more rows than fit.
 */
export function ganttOptions(spec: GanttSpec, context: GanttContext): EChartsCoreOption {
  const lines = ganttLines(spec);
  const indexOf = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.row) indexOf.set(line.row.id, index);
  });
  const bars: number[][] = [];
  const milestones: (number | string)[][] = [];
  const arrows: number[][] = [];
  lines.forEach((line, index) => {
    const row = line.row;
    if (!row) return;
    const end = row.end ? dayMs(row.end) + 86_400_000 : NONE;
    const baselineEnd = row.baseline?.end ? dayMs(row.baseline.end) + 86_400_000 : NONE;
    bars.push([
      index,
      ms(row.start),
      end,
      row.progress ?? NONE,
      ms(row.baseline?.start),
      baselineEnd,
      COLOURS.indexOf(row.colour),
      row.flagged ? 1 : 0,
    ]);
    for (const milestone of row.milestones ?? []) {
      milestones.push([index, dayMs(milestone.date) + 43_200_000, milestone.done ? 1 : 0, milestone.label]);
    }
    for (const other of row.dependsOn ?? []) {
      const from = indexOf.get(other);
      const otherRow = from === undefined ? undefined : lines[from]?.row;
      if (from === undefined || !otherRow?.end || !row.start) continue;
      arrows.push([from, index, dayMs(otherRow.end) + 86_400_000, dayMs(row.start)]);
    }
  });
  const visible = spec.visibleRows ?? 25;
  const scroll = lines.length > visible;
  const font = context.fontFamily;
  const label = (value: number) => timeLabel(value, spec.scale, context.language);
  return {
    animation: !context.reducedMotion && lines.length < 200,
    aria: { enabled: false },
    textStyle: { color: TEXT, ...(font ? { fontFamily: font } : {}) },
    grid: { left: 8, right: scroll ? 30 : 12, top: 34, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { seriesIndex?: number; dataIndex?: number }) => {
        if (params.seriesIndex === 1) {
          const milestone = milestones[params.dataIndex ?? -1];
          return milestone ? String(milestone[3]) : '';
        }
        const bar = bars[params.dataIndex ?? -1];
        const row = bar ? lines[bar[0] ?? -1]?.row : undefined;
        if (!row) return '';
        const period = `${row.start ?? '–'} – ${row.end ?? '–'}`;
        return `${row.label}<br/>${period}${row.progress === null || row.progress === undefined ? '' : ` · ${row.progress} %`}`;
      },
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: dayMs(spec.from),
      max: dayMs(spec.to) + 86_400_000,
      splitNumber: spec.scale === 'month' ? 12 : spec.scale === 'quarter' ? 8 : 6,
      axisLabel: { color: TEXT, formatter: label, hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: GRID } },
      axisLine: { lineStyle: { color: GRID } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: lines.map((line) => line.label),
      axisTick: { show: false },
      axisLine: { show: false },
      splitLine: { show: false },
      axisLabel: {
        color: TEXT,
        width: 200,
        overflow: 'truncate',
        interval: 0,
        formatter: (value: string, index: number) =>
          lines[index]?.kind === 'group'
            ? `{group|${value}}`
            : lines[index]?.row?.indent
              ? `{sub|${value}}`
              : value,
        rich: {
          group: { fontWeight: 'bold', color: TEXT },
          sub: { color: '#3d4651', padding: [0, 0, 0, 12] },
        },
      },
    },
    dataZoom: scroll
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            startValue: 0,
            endValue: visible - 1,
            width: 14,
            right: 4,
            zoomLock: true,
            showDetail: false,
            brushSelect: false,
            filterMode: 'weakFilter',
          },
        ]
      : [],
    series: [
      {
        type: 'custom',
        name: 'bars',
        renderItem: renderBar,
        encode: { x: [1, 2], y: 0 },
        data: bars,
        clip: true,
        markLine: spec.today
          ? {
              silent: true,
              symbol: 'none',
              label: { formatter: spec.today.label, color: TODAY, position: 'start' },
              lineStyle: { color: TODAY, type: 'solid', width: 1.5 },
              data: [{ xAxis: dayMs(spec.today.date) + 43_200_000 }],
            }
          : undefined,
      },
      {
        type: 'custom',
        name: 'milestones',
        renderItem: renderMilestone,
        encode: { x: 1, y: 0 },
        data: milestones,
      },
      { type: 'custom', name: 'dependencies', silent: true, renderItem: renderArrow, data: arrows, z: 1 },
    ],
  };
}
