import { chartDecal } from '@samarbeid/shared/domain';
import type { EChartsCoreOption } from 'echarts/core';

import {
  CHART_COLOURS,
  type ChartContext,
  chartNumber,
  type ChartSeries,
  type ChartSpec,
  formatChartValueShort,
} from './chart-spec';

// Imported only by the lazily loaded engine (and its spec): none of this is in the initial bundle.

const TEXT = '#1e2b3c';
const GRID = '#d2d5d9';
const AXIS = '#545e6b';

function lineType(pattern: ChartSeries['pattern']): 'solid' | 'dashed' | 'dotted' {
  if (pattern === 'dashed' || pattern === 'hatched') return 'dashed';
  if (pattern === 'dotted') return 'dotted';
  return 'solid';
}

/**
 * The chart library's options for a chart: axes with Norwegian numbers, a series per entry with its colour and
 * pattern, direct labels where asked, the target line, and no animation when the reader asks for less motion.
 * Pure, so it is tested without a browser.
 */
export function chartOptions(spec: ChartSpec, context: ChartContext): EChartsCoreOption {
  const { language } = context;
  const horizontal = spec.orientation === 'horizontal';
  const short = (value: number) => formatChartValueShort(value, spec.unit, language);
  const categoryAxis = spec.years
    ? {
        type: 'value',
        min: spec.years.from,
        max: spec.years.to,
        minInterval: 1,
        axisLabel: { color: TEXT, formatter: (value: number) => String(value) },
        axisLine: { lineStyle: { color: AXIS } },
        splitLine: { show: false },
      }
    : {
        type: 'category',
        data: [...(spec.categories ?? [])],
        inverse: horizontal,
        axisLabel: { color: TEXT, interval: 0, hideOverlap: true },
        axisLine: { lineStyle: { color: AXIS } },
        axisTick: { alignWithLabel: true },
      };
  const valueAxis = {
    type: 'value',
    scale: Boolean(spec.years),
    ...(spec.valueName
      ? { name: spec.valueName, nameLocation: 'end', nameTextStyle: { color: TEXT, align: 'left' } }
      : {}),
    axisLabel: { color: TEXT, formatter: short, hideOverlap: true },
    splitLine: { lineStyle: { color: GRID } },
  };
  const target = spec.targetLine ? chartNumber(spec.targetLine.value) : null;
  const series = spec.series.map((entry, index) => {
    const colour = CHART_COLOURS[entry.colour ?? 'accent'];
    const data = entry.points
      ? entry.points.map(([x, y]) => [x, y])
      : (entry.values ?? []).map((value) => chartNumber(value));
    const labelled = entry.labels
      ? {
          label: {
            show: true,
            position: horizontal ? 'right' : 'top',
            color: TEXT,
            formatter: (params: { value: unknown }) => {
              const value = Array.isArray(params.value)
                ? chartNumber(params.value[1] as number)
                : params.value;
              return typeof value === 'number' ? short(value) : '';
            },
          },
          labelLayout: { hideOverlap: true },
        }
      : {};
    const markLine =
      index === 0 && spec.targetLine && target !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: CHART_COLOURS.neutral, type: 'dashed', width: 1.5 },
              label: {
                color: TEXT,
                position: 'insideEndTop',
                formatter: `${spec.targetLine.label}: ${short(target)}`,
              },
              data: [horizontal ? { xAxis: target } : { yAxis: target }],
            },
          }
        : {};
    if (entry.type === 'bar') {
      const pattern = chartDecal(entry.pattern);
      return {
        type: 'bar',
        name: entry.name,
        data,
        barMaxWidth: 40,
        barMinHeight: 2,
        itemStyle: {
          color: colour,
          borderColor: colour,
          borderWidth: 1,
          ...(pattern ? { decal: pattern } : {}),
        },
        ...labelled,
        ...markLine,
      };
    }
    return {
      type: 'line',
      name: entry.name,
      data,
      color: colour,
      lineStyle: { color: colour, width: 2.5, type: lineType(entry.pattern) },
      itemStyle: { color: colour },
      symbol: entry.markers ? 'circle' : 'none',
      symbolSize: 8,
      ...labelled,
      ...markLine,
    };
  });
  return {
    animation: !context.reducedMotion,
    aria: { enabled: false },
    textStyle: {
      color: TEXT,
      fontSize: 12,
      ...(context.fontFamily ? { fontFamily: context.fontFamily } : {}),
    },
    legend: {
      show: spec.series.length > 1,
      top: 0,
      left: 0,
      itemWidth: 28,
      itemHeight: 14,
      textStyle: { color: TEXT },
      selectedMode: false,
    },
    grid: {
      top: spec.series.length > 1 ? 48 : 24,
      left: 8,
      right: horizontal ? 72 : 16,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}
