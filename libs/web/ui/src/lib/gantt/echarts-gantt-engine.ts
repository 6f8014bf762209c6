import { CustomChart } from 'echarts/charts';
import {
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

import type { GanttEngine } from './gantt-engine';
import { ganttLines, ganttOptions } from './gantt-options';
import type { GanttSpec } from './gantt-spec';

// The Gantt chart draws hundreds of rows: custom series on a canvas (see ADR 0016); the kit's other charts stay SVG.
use([
  CustomChart,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  DataZoomSliderComponent,
  CanvasRenderer,
]);

/** Apache ECharts behind the kit's Gantt chart: loaded with `import()` the first time one is shown. */
export const echartsGanttEngine: GanttEngine = {
  draw(element, spec, context, select) {
    const chart = init(element, null, { renderer: 'canvas', locale: 'EN' });
    let current: GanttSpec = spec;
    chart.setOption(ganttOptions(spec, context));
    chart.on('click', (params) => {
      const lines = ganttLines(current);
      const value = params.value as unknown;
      const index = Array.isArray(value) ? Number(value[0]) : Number.NaN;
      const id = lines[index]?.row?.id;
      if (id) select(id);
    });
    return {
      update: (next, nextContext) => {
        current = next;
        chart.setOption(ganttOptions(next, nextContext), { notMerge: true });
      },
      resize: () => chart.resize(),
      dispose: () => chart.dispose(),
    };
  },
};
