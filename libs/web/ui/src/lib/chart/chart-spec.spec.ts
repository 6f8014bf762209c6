import { describe, expect, it } from '@jest/globals';

import { chartOptions } from './chart-options';
import { type ChartSpec, chartTableOf, formatChartValue, formatChartValueShort } from './chart-spec';

const NBSP = '\u00a0';
const MINUS = '\u2212';

type Options = Record<string, unknown> & {
  readonly series: (Record<string, unknown> & {
    readonly label?: { readonly formatter: (params: { value: unknown }) => string };
  })[];
  readonly xAxis: Record<string, unknown>;
  readonly yAxis: Record<string, unknown> & {
    readonly axisLabel: { readonly formatter: (v: number) => string };
  };
};

const GAP: ChartSpec = {
  categoryName: 'År',
  categories: ['2026', '2027'],
  unit: { kind: 'kroner' },
  series: [
    { type: 'bar', name: 'Krav', values: ['116000000', '116000000'], colour: 'neutral', labels: true },
    { type: 'bar', name: 'Planlagt', values: ['90000000.50', null], pattern: 'hatched' },
    {
      type: 'bar',
      name: 'Realisert',
      values: ['58000', '0'],
      colour: 'success',
      pattern: 'dotted',
      labels: true,
    },
  ],
  targetLine: { label: 'Mål', value: '100000000' },
};

const nb = { language: 'nb' as const, reducedMotion: false };

describe('chart numbers', () => {
  it('writes kroner in full and shortened the Norwegian way', () => {
    expect(formatChartValue(1380000, { kind: 'kroner' }, 'nb')).toBe(`1${NBSP}380${NBSP}000${NBSP}kr`);
    expect(formatChartValueShort(116000000, { kind: 'kroner' }, 'nb')).toBe(`116${NBSP}mill.${NBSP}kr`);
    expect(formatChartValueShort(1380000, { kind: 'kroner' }, 'nb')).toBe(`1,4${NBSP}mill.${NBSP}kr`);
    expect(formatChartValueShort(-17900000, { kind: 'kroner' }, 'nb')).toBe(
      `${MINUS}17,9${NBSP}mill.${NBSP}kr`,
    );
    expect(formatChartValueShort(2500000000, { kind: 'kroner' }, 'nb')).toBe(`2,5${NBSP}mrd.${NBSP}kr`);
    expect(formatChartValueShort(58000, { kind: 'kroner' }, 'nb')).toBe(`58${NBSP}000${NBSP}kr`);
    expect(formatChartValueShort(116000000, { kind: 'kroner' }, 'en')).toBe(`116m${NBSP}kr`);
    expect(formatChartValue(38.5, { kind: 'number', suffix: '%' }, 'nb')).toBe(`38,5${NBSP}%`);
  });
});

describe('chartOptions', () => {
  it('draws bars on a category axis and a value axis in shortened kroner, with direct labels where asked', () => {
    const options = chartOptions(GAP, nb) as Options;
    expect(options.xAxis).toMatchObject({ type: 'category', data: ['2026', '2027'] });
    expect(options.yAxis).toMatchObject({ type: 'value' });
    expect(options.yAxis.axisLabel.formatter(116000000)).toBe(`116${NBSP}mill.${NBSP}kr`);
    expect(options.series.map((series) => series['data'])).toEqual([
      [116000000, 116000000],
      [90000000.5, null],
      [58000, 0],
    ]);
    const realised = options.series[2];
    expect(realised.label?.formatter({ value: 58000 })).toBe(`58${NBSP}000${NBSP}kr`);
    expect(realised.label?.formatter({ value: 0 })).toBe(`0${NBSP}kr`);
    expect(options.series[1].label).toBeUndefined();
  });

  it('tells series apart by pattern as well as colour', () => {
    const options = chartOptions(GAP, nb) as Options;
    const styles = options.series.map((series) => series['itemStyle'] as Record<string, unknown>);
    expect(styles[0]['decal']).toBeUndefined();
    expect(styles[1]['decal']).toMatchObject({ symbol: 'rect' });
    expect(styles[2]['decal']).toMatchObject({ symbol: 'circle' });
    expect(new Set(styles.map((style) => style['color'])).size).toBe(3);
  });

  it('draws the target line once, labelled with its value', () => {
    const options = chartOptions(GAP, nb) as Options;
    const markLine = options.series[0]['markLine'] as { data: unknown[]; label: { formatter: string } };
    expect(markLine.data).toEqual([{ yAxis: 100000000 }]);
    expect(markLine.label.formatter).toBe(`Mål: 100${NBSP}mill.${NBSP}kr`);
    expect(options.series[1]['markLine']).toBeUndefined();
  });

  it('lays bars along a vertical category axis when horizontal, with labels after the bars', () => {
    const options = chartOptions({ ...GAP, orientation: 'horizontal' }, nb) as unknown as {
      xAxis: Record<string, unknown>;
      yAxis: Record<string, unknown>;
      series: { label?: { position: string }; markLine?: { data: unknown[] } }[];
    };
    expect(options.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['2026', '2027'] });
    expect(options.xAxis).toMatchObject({ type: 'value' });
    expect(options.series[0].label?.position).toBe('right');
    expect(options.series[0].markLine?.data).toEqual([{ xAxis: 100000000 }]);
  });

  it('draws lines on a years axis with their dash patterns, and years without grouping', () => {
    const options = chartOptions(
      {
        years: { from: 2019, to: 2030 },
        unit: { kind: 'number', decimals: 1 },
        valueName: '%',
        series: [
          { type: 'line', name: 'Målt', points: [[2020, 38.5]], markers: true },
          {
            type: 'line',
            name: 'Målsti',
            points: [
              [2019, 40],
              [2030, 30],
            ],
            pattern: 'dashed',
            colour: 'neutral',
          },
          { type: 'line', name: 'KOSTRA', points: [[2021, 35]], pattern: 'dotted', colour: 'warning' },
        ],
      },
      nb,
    ) as unknown as {
      xAxis: { type: string; min: number; max: number; axisLabel: { formatter: (value: number) => string } };
      yAxis: { name: string; axisLabel: { formatter: (value: number) => string } };
      series: { data: unknown; symbol: string; lineStyle: { type: string } }[];
    };
    expect(options.xAxis).toMatchObject({ type: 'value', min: 2019, max: 2030 });
    expect(options.xAxis.axisLabel.formatter(2024)).toBe('2024');
    expect(options.yAxis.name).toBe('%');
    expect(options.yAxis.axisLabel.formatter(38.5)).toBe('38,5');
    expect(options.series.map((series) => series.lineStyle.type)).toEqual(['solid', 'dashed', 'dotted']);
    expect(options.series.map((series) => series.symbol)).toEqual(['circle', 'none', 'none']);
    expect(options.series[1].data).toEqual([
      [2019, 40],
      [2030, 30],
    ]);
  });

  it('does not animate when the reader asks for less motion', () => {
    expect(chartOptions(GAP, nb)['animation']).toBe(true);
    expect(chartOptions(GAP, { ...nb, reducedMotion: true })['animation']).toBe(false);
  });
});

describe('chartTableOf', () => {
  it('gives a row per category and a column per series, every value in full', () => {
    expect(chartTableOf(GAP, 'nb')).toEqual({
      columns: [
        { label: 'År' },
        { label: 'Krav', align: 'end' },
        { label: 'Planlagt', align: 'end' },
        { label: 'Realisert', align: 'end' },
      ],
      rows: [
        {
          header: '2026',
          cells: [
            `116${NBSP}000${NBSP}000${NBSP}kr`,
            `90${NBSP}000${NBSP}001${NBSP}kr`,
            `58${NBSP}000${NBSP}kr`,
          ],
        },
        { header: '2027', cells: [`116${NBSP}000${NBSP}000${NBSP}kr`, '–', `0${NBSP}kr`] },
      ],
    });
  });
});
