import {
  archivalPdf,
  contentWidth,
  DOCUMENT_COLOURS,
  DOCUMENT_SIZES,
  keepRoom,
  pageFooters,
  pdfColour as colour,
  type PdfDoc,
  type PdfStruct,
  PDF_FONTS,
  taggedTable,
  writeTagged as write,
} from '@samarbeid/api/documents';

import type { ReportChart, ReportChartPattern } from './report-charts';
import { chartValueLabel, REPORT_CHART_COLOURS } from './report-charts';
import type { ReportBlock, ReportOutline } from './report-outline';

type Doc = PdfDoc;
type Struct = PdfStruct;

const HEADING_SIZES = {
  1: DOCUMENT_SIZES.title,
  2: DOCUMENT_SIZES.heading,
  3: DOCUMENT_SIZES.subheading,
} as const;
const AXIS = '#545e6b';
const GRID = '#d5dae0';
/** Points for a column of amounts ("65 127 000 kr" in the table font). */
const NUMBER_COLUMN = 76;

/**
 * The frozen report as an archival PDF (the house's pdfkit set-up: PDF/A-2b, embedded fonts, title and language),
 * tagged for screen readers: headings H1–H3, paragraphs, tables with header cells (the header row repeated on a new
 * page), and the charts as figures with their alternative text, drawn with lines and rectangles from the same data
 * as the Word document's pictures (see decisions/0018); page numbers in the footer, marked as pagination.
 */
export async function reportPdf(
  outline: ReportOutline,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { doc, finished } = archivalPdf({
    title: outline.title,
    subject: outline.subtitle,
    author: outline.subtitle,
    compress: options.compress,
    footerSpace: 20,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  write(doc, root, 'H1', outline.title, { bold: true, size: DOCUMENT_SIZES.title + 4 });
  write(doc, root, 'P', outline.subtitle, { color: DOCUMENT_COLOURS.muted });
  doc.moveDown();
  outline.blocks.forEach((item, index) => draw(doc, root, item, outline.blocks[index + 1]));
  footers(doc);
  root.end();
  doc.end();
  return finished;
}

/** The height a chart is drawn in. */
function chartHeight(chart: ReportChart): number {
  return chart.orientation === 'horizontal'
    ? chart.categories.length * (chart.series.length * 18 + 6) + 8
    : 200;
}

/** Draws a block; a heading moves to the next page with what follows it (a chart whole, else its first lines). */
function draw(doc: Doc, root: Struct, item: ReportBlock, next: ReportBlock | undefined): void {
  switch (item.kind) {
    case 'heading':
      keepRoom(doc, next?.kind === 'chart' ? chartHeight(next.chart) + 90 : 80);
      doc.moveDown(item.level === 1 ? 0.8 : 0.5);
      write(doc, root, `H${item.level}`, item.text, { bold: true, size: HEADING_SIZES[item.level] });
      doc.moveDown(0.3);
      return;
    case 'paragraph': {
      const text = item.label ? `${item.label}: ${item.text}` : item.text;
      write(doc, root, 'P', text, {});
      doc.moveDown(0.4);
      return;
    }
    case 'table':
      table(doc, root, item);
      return;
    case 'chart':
      figure(doc, root, item.chart);
  }
}

/** A tagged table with a header row (TH) under its caption; rows that do not fit go on the next page. */
function table(doc: Doc, parent: Struct, item: Extract<ReportBlock, { kind: 'table' }>): void {
  keepRoom(doc, 60);
  write(doc, parent, 'Caption', item.caption, { bold: true });
  doc.moveDown(0.2);
  const numeric = (column: number) => item.numeric?.includes(column) ?? false;
  taggedTable(doc, parent, {
    header: item.header,
    rows: item.rows,
    // Amounts and counts get a fixed width; the texts share the rest.
    columns: item.header.map((_, column) => ({
      width: numeric(column) && item.header.length > 2 ? NUMBER_COLUMN : '*',
      numeric: numeric(column),
    })),
    padding: [3, 4],
    after: 0.8,
  });
}

/** A chart as a tagged figure (its alternative text as Alt), drawn from its data, then its caption. */
function figure(doc: Doc, parent: Struct, chart: ReportChart): void {
  const width = contentWidth(doc);
  const height = chartHeight(chart);
  keepRoom(doc, height + 40);
  doc.moveDown(0.3);
  const left = doc.page.margins.left;
  const top = doc.y;
  parent.add(
    doc.struct('Figure', { alt: chart.altText }, () => {
      if (chart.orientation === 'horizontal') horizontalBars(doc, chart, left, top, width, height);
      else verticalBars(doc, chart, left, top, width, height);
    }),
  );
  doc.x = left;
  doc.y = top + height + 6;
  write(doc, parent, 'Caption', chart.caption, { color: DOCUMENT_COLOURS.muted });
  doc.moveDown(0.8);
}

/** A round value axis' top: 1, 2 or 5 times a power of ten, at least `max`. */
function axisTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max) ?? 10 * power;
}

function horizontalBars(
  doc: Doc,
  chart: ReportChart,
  left: number,
  top: number,
  width: number,
  height: number,
): void {
  doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.table);
  const labelWidth = Math.min(
    width * 0.35,
    Math.max(...chart.categories.map((c) => doc.widthOfString(c))) + 8,
  );
  const valueSpace = 70;
  const plotLeft = left + labelWidth;
  const plotWidth = width - labelWidth - valueSpace;
  const max = axisTop(Math.max(0, ...chart.series.flatMap((series) => series.values)));
  const bar = 14;
  let y = top + 4;
  chart.categories.forEach((category, index) => {
    const rowHeight = chart.series.length * (bar + 4);
    doc.fillColor(colour(DOCUMENT_COLOURS.text)).text(category, left, y + rowHeight / 2 - 6, {
      width: labelWidth - 8,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    chart.series.forEach((series, s) => {
      const value = series.values[index] ?? 0;
      const length = Math.max(1.5, (Math.max(0, value) / max) * plotWidth);
      const barTop = y + s * (bar + 4);
      patternedRect(doc, plotLeft, barTop, length, bar, REPORT_CHART_COLOURS[series.colour], series.pattern);
      doc
        .fillColor(colour(DOCUMENT_COLOURS.text))
        .text(chartValueLabel(value, chart.unit), plotLeft + length + 4, barTop + 2, { lineBreak: false });
    });
    y += rowHeight + 6;
  });
  doc
    .moveTo(plotLeft, top)
    .lineTo(plotLeft, top + height)
    .lineWidth(0.75)
    .strokeColor(AXIS)
    .stroke();
}

function verticalBars(
  doc: Doc,
  chart: ReportChart,
  left: number,
  top: number,
  width: number,
  height: number,
): void {
  doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.small);
  const max = axisTop(Math.max(0, ...chart.series.flatMap((series) => series.values)));
  const axisWidth =
    Math.max(...[0, 0.25, 0.5, 0.75, 1].map((f) => doc.widthOfString(chartValueLabel(max * f, chart.unit)))) +
    8;
  const legendHeight = chart.series.length > 1 ? 30 : 0;
  const plot = {
    left: left + axisWidth,
    top: top + 14,
    right: left + width,
    bottom: top + height - legendHeight - 16,
  };
  for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
    const y = plot.bottom - fraction * (plot.bottom - plot.top);
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.right, y)
      .lineWidth(0.5)
      .strokeColor(fraction === 0 ? AXIS : GRID)
      .stroke();
    doc.fillColor(AXIS).text(chartValueLabel(max * fraction, chart.unit), left, y - 4, {
      width: axisWidth - 6,
      align: 'right',
      lineBreak: false,
    });
  }
  const slot = (plot.right - plot.left) / Math.max(1, chart.categories.length);
  const bar = Math.min(48, (slot * 0.7) / chart.series.length);
  chart.categories.forEach((category, index) => {
    const start = plot.left + index * slot + (slot - bar * chart.series.length) / 2;
    chart.series.forEach((series, s) => {
      const value = series.values[index] ?? 0;
      const length = Math.max(1.5, (Math.max(0, value) / max) * (plot.bottom - plot.top));
      const x = start + s * bar;
      patternedRect(
        doc,
        x + 2,
        plot.bottom - length,
        bar - 4,
        length,
        REPORT_CHART_COLOURS[series.colour],
        series.pattern,
      );
      doc
        .fillColor(colour(DOCUMENT_COLOURS.text))
        .text(chartValueLabel(value, chart.unit), x - 10, plot.bottom - length - 10, {
          width: bar + 20,
          align: 'center',
          lineBreak: false,
        });
    });
    doc.fillColor(colour(DOCUMENT_COLOURS.text)).text(category, plot.left + index * slot, plot.bottom + 4, {
      width: slot,
      align: 'center',
      lineBreak: false,
    });
  });
  if (legendHeight > 0) {
    let x = plot.left;
    const y = plot.bottom + 22;
    for (const series of chart.series) {
      patternedRect(doc, x, y, 14, 9, REPORT_CHART_COLOURS[series.colour], series.pattern);
      doc.fillColor(colour(DOCUMENT_COLOURS.text)).text(series.name, x + 18, y, { lineBreak: false });
      x += 18 + doc.widthOfString(series.name) + 16;
    }
  }
}

/** A bar in its colour, with white diagonal lines (hatched) or dots (dotted) so the series differ without colour. */
function patternedRect(
  doc: Doc,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  pattern: ReportChartPattern,
): void {
  doc.rect(x, y, w, h).fill(fill);
  if (pattern === 'solid' || w < 3 || h < 3) return;
  doc.save();
  doc.rect(x, y, w, h).clip();
  if (pattern === 'hatched') {
    for (let offset = -h; offset < w; offset += 5) {
      doc
        .moveTo(x + offset, y + h)
        .lineTo(x + offset + h, y)
        .lineWidth(1.2)
        .strokeColor('#ffffff')
        .stroke();
    }
  } else {
    for (let dy = 2.5; dy < h; dy += 5) {
      for (let dx = 2.5; dx < w; dx += 5) doc.circle(x + dx, y + dy, 1).fill('#ffffff');
    }
  }
  doc.restore();
}

/** "Side 1 av 9" at the bottom of every page, marked as pagination (not read as content). */
function footers(doc: Doc): void {
  pageFooters(doc, (page, count) => `Side ${page} av ${count}`, {
    align: 'right',
    fromBottom: (bottom) => bottom - 6,
  });
}
