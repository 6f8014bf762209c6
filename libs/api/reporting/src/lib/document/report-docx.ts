import { DOCUMENT_COLOURS, DOCUMENT_FONT, DOCUMENT_LANGUAGE, DOCUMENT_SIZES } from '@samarbeid/api/documents';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { ReportBlock, ReportOutline } from './report-outline';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const halfPoints = (points: number): number => Math.round(points * 2);

/**
 * The frozen report as a Word document (.docx) through the `docx` library: the document's title and language set,
 * real headings (Heading 1–3, so the archive's and Word's navigation and screen readers find them), real tables with
 * a repeated header row, in the house font.
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
    case 'table':
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: item.caption, bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: item.header.map(
                (text, column) =>
                  new TableCell({
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

function cellParagraph(text: string, numeric: boolean, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text, bold, size: halfPoints(DOCUMENT_SIZES.table) })],
  });
}
