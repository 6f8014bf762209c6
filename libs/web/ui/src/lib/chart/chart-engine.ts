import { InjectionToken } from '@angular/core';

import type { ChartContext, ChartSpec } from './chart-spec';

/** A chart drawn in an element, to be redrawn with a new spec, resized with its frame, and removed. */
export interface DrawnChart {
  update(spec: ChartSpec, context: ChartContext): void;
  resize(): void;
  dispose(): void;
}

/** What draws the kit's charts (Apache ECharts, see `echarts-engine.ts`). */
export interface ChartEngine {
  draw(element: HTMLElement, spec: ChartSpec, context: ChartContext): DrawnChart;
}

/**
 * Loads the chart engine. By default ECharts (with the kit's translation of a spec into its options) is imported
 * lazily, so it is not part of the initial bundle and only pages with a chart fetch it; tests provide a stand-in.
 */
export const CHART_ENGINE = new InjectionToken<() => Promise<ChartEngine>>('CHART_ENGINE', {
  providedIn: 'root',
  factory: () => () => import('./echarts-engine').then((module) => module.echartsEngine),
});
