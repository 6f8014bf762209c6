import { InjectionToken } from '@angular/core';

import type { GanttContext } from './gantt-options';
import type { GanttSpec } from './gantt-spec';

/** A Gantt chart drawn in an element: redrawn with a new spec, resized with its frame, and removed. */
export interface DrawnGantt {
  update(spec: GanttSpec, context: GanttContext): void;
  resize(): void;
  dispose(): void;
}

export interface GanttEngine {
  /** `select` is called with a row's id when its bar (or label) is clicked. */
  draw(
    element: HTMLElement,
    spec: GanttSpec,
    context: GanttContext,
    select: (rowId: string) => void,
  ): DrawnGantt;
}

/** Loads the Gantt engine (ECharts with the custom series, canvas) lazily; tests provide a stand-in. */
export const GANTT_ENGINE = new InjectionToken<() => Promise<GanttEngine>>('GANTT_ENGINE', {
  providedIn: 'root',
  factory: () => () => import('./echarts-gantt-engine').then((module) => module.echartsGanttEngine),
});
