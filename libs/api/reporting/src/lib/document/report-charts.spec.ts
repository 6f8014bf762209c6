import { inflateSync } from 'node:zlib';

import { describe, expect, it } from '@jest/globals';
import { readPdf } from '@samarbeid/api/documents/testing';
import type { CompiledReportData } from '@samarbeid/shared/domain';
import { JSDOM } from 'jsdom';

import { reportChartPng } from './chart-png';
import { CHART_SIZE, reportChartSvg } from './chart-svg';
import { chartValueLabel, savingsChart, statusChart } from './report-charts';
import { reportPdf } from './report-pdf';

const portfolio = {
  byStatus: [
    { status: 'IN_PROGRESS', count: 4 },
    { status: 'PROPOSED', count: 20 },
    { status: 'DECIDED', count: 3 },
  ],
  byTier: [],
  measureCount: 27,
} satisfies CompiledReportData['portfolio'];

const savings = savingsChart(
  {
    requiredNok: '116000000.00',
    plannedBenefitsNok: '65807000.00',
    realisedBenefitsNok: '58000.00',
    costsNok: '3400000.00',
  },
  '1. halvår 2026',
  2,
);

describe('the report charts', () => {
  it('describe the portfolio by status in the order a measure moves, every figure in the alternative text', () => {
    const chart = statusChart({ portfolio }, 1);
    expect(chart.caption).toBe('Figur 1. Tiltak etter status');
    expect(chart.categories).toEqual(['Foreslått', 'Vedtatt', 'Pågår']);
    expect(chart.series[0]?.values).toEqual([20, 3, 4]);
    expect(chart.altText).toBe(
      'Liggende søylediagram over regionens 27 tiltak etter status: Foreslått 20, Vedtatt 3, Pågår 4.',
    );
    expect(savings.altText).toBe(
      'Søylediagram: regionens krav til innsparing og gevinster i 1. halvår 2026. Krav 116 000 000 kr, ' +
        'planlagte gevinster 65 807 000 kr, realiserte gevinster 58 000 kr, planlagte kostnader 3 400 000 kr.',
    );
    expect(new Set(savings.series.map((series) => `${series.colour}/${series.pattern}`)).size).toBe(4);
    expect([116_000_000, 1_400_000, 58_000].map((value) => chartValueLabel(value, 'kroner'))).toEqual([
      '116\u00a0mill.\u00a0kr',
      '1,4\u00a0mill.\u00a0kr',
      '58\u00a0000\u00a0kr',
    ]);
  });

  it('draws a well-formed SVG with ECharts, named by its alternative text, every value written at its bar', () => {
    const svg = reportChartSvg(savings);
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = parsed.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(savings.altText);
    expect(root.querySelector('title')?.textContent).toBe(savings.altText);
    const texts = Array.from(root.querySelectorAll('text'), (text) => text.textContent);
    for (const label of [
      '116\u00a0mill.\u00a0kr',
      '65,8\u00a0mill.\u00a0kr',
      '58\u00a0000\u00a0kr',
      'Realiserte gevinster',
    ])
      expect(texts).toContain(label);
  });

  it('writes the fallback PNG: a valid file of the chart’s size with its colours', () => {
    const png = reportChartPng(savings, CHART_SIZE.width, CHART_SIZE.height);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    const dataLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const pixels = inflateSync(png.subarray(41, 41 + dataLength));
    expect(pixels.length).toBe((CHART_SIZE.width * 3 + 1) * CHART_SIZE.height);
    expect(pixels.includes(Buffer.from([0x00, 0x5f, 0xa3]))).toBe(true);
  });

  it('draws the chart in the PDF as a tagged figure with its alternative text, its caption in the text', async () => {
    const pdf = await reportPdf(
      {
        title: 'Prøveregion: rapport',
        subtitle: 'Frosset versjon 1',
        blocks: [
          { kind: 'heading', level: 1, text: '4. Økonomi' },
          { kind: 'chart', chart: savings },
        ],
      },
      { compress: false },
    );
    const reading = readPdf(pdf);
    expect(reading.tagged).toBe(true);
    expect(reading.runs.join('\n')).toContain(
      'Figur 2. Krav til innsparing, gevinster og kostnader i perioden',
    );
    expect(reading.runs).toContain('Realiserte gevinster');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toMatch(/\/Alt [(<]/);
  });
});
