import { chartDecal } from '@samarbeid/shared/domain';
import * as echarts from 'echarts';

import type { ReportChart } from './report-charts';
import { chartValueLabel, REPORT_CHART_COLOURS } from './report-charts';

/** The picture's size in pixels (96 to the inch): 6.25 × 3.1 in, inside an A4 page's text width. */
export const CHART_SIZE = { width: 600, height: 300 } as const;

const AXIS = '#545e6b';
const FONT = 'Arial, Liberation Sans, sans-serif';

/** The ECharts options for a report chart: no animation, values written at the bars, a legend for several series. */
export function reportChartOptions(chart: ReportChart): Record<string, unknown> {
  const horizontal = chart.orientation === 'horizontal';
  const categoryAxis = {
    type: 'category',
    data: [...chart.categories],
    inverse: horizontal,
    axisLine: { lineStyle: { color: AXIS } },
    axisTick: { show: false },
    axisLabel: { color: '#1a1a1a', fontSize: 12, fontFamily: FONT },
  };
  const valueAxis = {
    type: 'value',
    minInterval: chart.unit === 'count' ? 1 : undefined,
    axisLabel: {
      color: AXIS,
      fontSize: 11,
      fontFamily: FONT,
      formatter: (value: number) => chartValueLabel(value, chart.unit),
    },
    splitLine: { lineStyle: { color: '#d5dae0' } },
  };
  const legend = chart.series.length > 1;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT },
    grid: {
      left: 16,
      right: horizontal ? 48 : 16,
      top: 24,
      bottom: legend ? 48 : 16,
      containLabel: true,
    },
    legend: legend
      ? {
          bottom: 0,
          itemGap: 16,
          textStyle: { color: '#1a1a1a', fontSize: 12, fontFamily: FONT },
          data: chart.series.map((series) => series.name),
        }
      : undefined,
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((series) => {
      const colour = REPORT_CHART_COLOURS[series.colour];
      const pattern = chartDecal(series.pattern);
      return {
        type: 'bar',
        name: series.name,
        data: [...series.values],
        // Wide enough for the value written above it ("65,8 mill. kr"), with a gap between the bars.
        barMaxWidth: horizontal ? 40 : 72,
        barGap: '25%',
        barMinHeight: 2,
        itemStyle: {
          color: colour,
          borderColor: colour,
          borderWidth: 1,
          ...(pattern ? { decal: pattern } : {}),
        },
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          color: '#1a1a1a',
          fontSize: 11,
          fontFamily: FONT,
          formatter: (params: { value: number }) => chartValueLabel(params.value, chart.unit),
        },
      };
    }),
  };
}

/**
 * The chart as an SVG document, drawn by ECharts on the server (its SSR mode: no DOM, no canvas). The SVG carries
 * the alternative text as its title too, so a reader that opens the picture alone still learns what it shows.
 */
export function reportChartSvg(chart: ReportChart): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
  });
  try {
    instance.setOption(reportChartOptions(chart));
    const svg = instance.renderToSVGString();
    return svg.replace(
      /^<svg([^>]*)>/,
      `<svg$1 role="img" aria-label="${escapeXml(chart.altText)}"><title>${escapeXml(chart.altText)}</title>`,
    );
  } finally {
    instance.dispose();
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
