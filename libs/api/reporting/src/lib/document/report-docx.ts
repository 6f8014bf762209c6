import { DOCUMENT_COLOURS, DOCUMENT_FONT, DOCUMENT_LANGUAGE, DOCUMENT_SIZES } from '@samarbeid/api/documents';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import { reportChartPng } from './chart-png';
import { CHART_SIZE, reportChartSvg } from './chart-svg';
import type { ReportChart } from './report-charts';
import type { ReportBlock, ReportOutline } from './report-outline';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const halfPoints = (points: number): number => Math.round(points * 2);

/**
 * The frozen report as a Word document (.docx) through the `docx` library: the document's title and language set,
 * real headings (Heading 1–3, so the archive's and Word's navigation and screen readers find them), real tables with
 * a repeated header row, charts as pictures with alternative text (SVG, with a PNG for older Word), in the house font.
 */
export async function reportDocx(outline: ReportOutline): Promise<Buffer> {
  const run = { font: DOCUMENT_FONT.officeFamily, language: { value: DOCUMENT_LANGUAGE } };
  const document = new Document({
    title: outline.title,
    subject: outline.subtitle,
    creator: 'Samarbeid',
    description: outline.subtitle,
    styles: {
      default: {
        document: { run: { ...run, size: halfPoints(DOCUMENT_SIZES.body), color: DOCUMENT_COLOURS.text } },
        heading1: { run: { ...run, size: halfPoints(DOCUMENT_SIZES.title), bold: true } },
        heading2: { run: { ...run, size: halfPoints(DOCUMENT_SIZES.heading), bold: true } },
        heading3: { run: { ...run, size: halfPoints(DOCUMENT_SIZES.subheading), bold: true } },
        title: { run: { ...run, size: halfPoints(DOCUMENT_SIZES.title + 6), bold: true } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(outline.title)] }),
          new Paragraph({
            children: [new TextRun({ text: outline.subtitle, color: DOCUMENT_COLOURS.muted })],
          }),
          ...outline.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function block(item: ReportBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[item.level], children: [new TextRun(item.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            ...(item.label ? [new TextRun({ text: `${item.label}: `, bold: true })] : []),
            new TextRun(item.text),
          ],
        }),
      ];
    case 'chart':
      return chart(item.chart);
    case 'table': {
      const widths = columnWidths(item);
      const width = (column: number) => ({ size: widths[column] ?? 0, type: WidthType.DXA });
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: item.caption, bold: true })] }),
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          rows: [
            new TableRow({
              tableHeader: true,
              children: item.header.map(
                (text, column) =>
                  new TableCell({
                    width: width(column),
                    shading: { type: ShadingType.CLEAR, fill: DOCUMENT_COLOURS.headerFill, color: 'auto' },
                    children: [cellParagraph(text, item.numeric?.includes(column) ?? false, true)],
                  }),
              ),
            }),
            ...item.rows.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (text, column) =>
                      new TableCell({
                        width: width(column),
                        children: [cellParagraph(text, item.numeric?.includes(column) ?? false, false)],
                      }),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

/** The text width of an A4 page with docx's 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;
/** A column of amounts ("65 127 000 kr" in the table font). */
const NUMBER_COLUMN = 1560;

/** Amounts and counts a fixed width (in a table of more than two columns); the texts share the rest. */
function columnWidths(item: Extract<ReportBlock, { kind: 'table' }>): number[] {
  const fixed = (column: number) => item.header.length > 2 && (item.numeric?.includes(column) ?? false);
  const fixedCount = item.header.filter((_, column) => fixed(column)).length;
  const rest = Math.floor(
    (TEXT_WIDTH - fixedCount * NUMBER_COLUMN) / Math.max(1, item.header.length - fixedCount),
  );
  return item.header.map((_, column) => (fixed(column) ? NUMBER_COLUMN : rest));
}

/** The chart as an inline picture (SVG drawn by ECharts, a PNG fallback) with its alternative text, then its caption. */
function chart(item: ReportChart): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(reportChartSvg(item), 'utf8'),
          fallback: { type: 'png', data: reportChartPng(item, CHART_SIZE.width, CHART_SIZE.height) },
          transformation: { width: CHART_SIZE.width, height: CHART_SIZE.height },
          altText: { name: item.caption, title: item.caption, description: item.altText },
        }),
      ],
    }),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: item.caption, italics: true, color: DOCUMENT_COLOURS.muted })],
    }),
  ];
}

function cellParagraph(text: string, numeric: boolean, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text, bold, size: halfPoints(DOCUMENT_SIZES.table) })],
  });
}
