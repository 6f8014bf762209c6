import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { ChartEngine } from './chart-engine';
import { chartOptions } from './chart-options';

// Only what the kit's charts draw: bars and lines on a grid, a legend and target lines, as SVG.
use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** Apache ECharts behind the kit's engine: loaded with `import()` the first time a chart is shown. */
export const echartsEngine: ChartEngine = {
  draw(element, spec, context) {
    const chart = init(element, null, { renderer: 'svg', locale: 'EN' });
    chart.setOption(chartOptions(spec, context));
    return {
      update: (next, nextContext) => chart.setOption(chartOptions(next, nextContext), { notMerge: true }),
      resize: () => chart.resize(),
      dispose: () => chart.dispose(),
    };
  },
};
