import { crc32, deflateSync } from 'node:zlib';

import type { ReportChart, ReportChartPattern } from './report-charts';
import { REPORT_CHART_COLOURS } from './report-charts';

/**
 * The fallback picture Word shows where it cannot draw SVG (Word 2013 and older): the chart's bars on white, with
 * their colours and patterns, and no text (there is no font rasteriser here; the caption, the alternative text and
 * the table beside the chart carry the figures). A PNG written with node:zlib (see decisions/0018).
 */
export function reportChartPng(chart: ReportChart, width: number, height: number): Buffer {
  const image = new Raster(width, height);
  const margin = 24;
  const plot = { left: margin, top: margin, right: width - margin, bottom: height - margin };
  const max = Math.max(
    1,
    ...chart.series.flatMap((series) => series.values.map((value) => Math.max(0, value))),
  );
  const slots = chart.categories.length;
  const bars = chart.series.length;
  if (chart.orientation === 'horizontal') {
    const slot = (plot.bottom - plot.top) / Math.max(1, slots);
    const thickness = Math.max(2, Math.min(40, (slot * 0.6) / bars));
    chart.categories.forEach((_, category) => {
      chart.series.forEach((series, index) => {
        const length = ((series.values[category] ?? 0) / max) * (plot.right - plot.left);
        const top = plot.top + category * slot + (slot - thickness * bars) / 2 + index * thickness;
        image.bar(plot.left, top, Math.max(2, length), thickness, series.colour, series.pattern);
      });
    });
    image.rect(plot.left, plot.top, 1, plot.bottom - plot.top, '#545e6b');
  } else {
    const slot = (plot.right - plot.left) / Math.max(1, slots);
    const thickness = Math.max(2, Math.min(40, (slot * 0.7) / bars));
    chart.categories.forEach((_, category) => {
      chart.series.forEach((series, index) => {
        const length = ((series.values[category] ?? 0) / max) * (plot.bottom - plot.top);
        const left = plot.left + category * slot + (slot - thickness * bars) / 2 + index * thickness;
        const drawnLength = Math.max(2, length);
        image.bar(left, plot.bottom - drawnLength, thickness, drawnLength, series.colour, series.pattern);
      });
    });
    image.rect(plot.left, plot.bottom, plot.right - plot.left, 1, '#545e6b');
  }
  return image.png();
}

/** An RGB picture in memory, white to begin with. */
class Raster {
  private readonly pixels: Buffer;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {
    this.pixels = Buffer.alloc(width * height * 3, 0xff);
  }

  rect(x: number, y: number, w: number, h: number, colour: string): void {
    this.fill(x, y, w, h, () => colour);
  }

  bar(
    x: number,
    y: number,
    w: number,
    h: number,
    colour: keyof typeof REPORT_CHART_COLOURS,
    pattern: ReportChartPattern,
  ): void {
    const base = REPORT_CHART_COLOURS[colour];
    this.fill(x, y, w, h, (px, py) => {
      if (pattern === 'hatched' && (px + py) % 7 < 2) return '#ffffff';
      if (pattern === 'dotted' && px % 6 < 2 && py % 6 < 2) return '#ffffff';
      return base;
    });
  }

  private fill(
    x: number,
    y: number,
    w: number,
    h: number,
    colourAt: (px: number, py: number) => string,
  ): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const colour = colourAt(px, py);
        const offset = (py * this.width + px) * 3;
        this.pixels[offset] = parseInt(colour.slice(1, 3), 16);
        this.pixels[offset + 1] = parseInt(colour.slice(3, 5), 16);
        this.pixels[offset + 2] = parseInt(colour.slice(5, 7), 16);
      }
    }
  }

  /** The picture as a PNG file: 8-bit RGB, each row with filter 0, deflated. */
  png(): Buffer {
    const rows = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      this.pixels.copy(rows, y * (this.width * 3 + 1) + 1, y * this.width * 3, (y + 1) * this.width * 3);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, checksum]);
}
