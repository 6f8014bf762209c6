import { DOCUMENT_COLOURS, DOCUMENT_SIZES } from '../document-style';
import { PDF_FONTS } from './archival-pdf';

/**
 * The building blocks every tagged PDF of the product is drawn with (agreements, reports): text blocks, tables with
 * a header row, page room and footers, each tagged for screen readers (PDF/UA structure) and in the house style.
 */
export type PdfDoc = PDFKit.PDFDocument;
export type PdfStruct = PDFKit.PDFStructureElement;
type Cell = string | PDFKit.Mixins.CellOptions;
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { readonly structParent: PdfStruct };

/** "RRGGBB" (the house colours) as PDFKit's "#RRGGBB". */
export const pdfColour = (rgb: string): string => `#${rgb}`;

export interface PdfTextStyle {
  readonly bold?: boolean;
  readonly size?: number;
  /** RRGGBB. */
  readonly color?: string;
  /** Space above, in points. */
  readonly gap?: number;
}

/** Line breaks normalised and tabs as spaces; the embedded font shows every other character as typed. */
export function cleanPdfText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** The width between the page's margins. */
export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `points` are left on this one. */
export function keepRoom(doc: PdfDoc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** One tagged block of wrapping text at the left margin; flows onto the next page when it must. */
export function writeTagged(
  doc: PdfDoc,
  parent: PdfStruct,
  type: string,
  text: string,
  style: PdfTextStyle,
): void {
  doc
    .font(style.bold ? PDF_FONTS.bold : PDF_FONTS.regular)
    .fontSize(style.size ?? DOCUMENT_SIZES.body)
    .fillColor(pdfColour(style.color ?? DOCUMENT_COLOURS.text));
  doc.text(cleanPdfText(text), doc.page.margins.left, doc.y + (style.gap ?? 0), {
    width: contentWidth(doc),
    structParent: parent,
    structType: type,
  });
}

export interface TaggedTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column: its width (points, or '*' for a share of the rest) and whether it holds numbers (right-aligned). */
  readonly columns: readonly { readonly width: number | '*'; readonly numeric?: boolean }[];
  /** Cell padding [vertical, horizontal], points. */
  readonly padding: readonly [number, number];
  /** Space after the table, in lines. */
  readonly after: number;
}

/** A tagged table with a header row (TH); rows that do not fit go on the next page. */
export function taggedTable(doc: PdfDoc, parent: PdfStruct, table: TaggedTable): void {
  const right = { x: 'right', y: 'top' } as const;
  const numeric = (column: number): boolean => table.columns[column]?.numeric ?? false;
  const headerRow: Cell[] = table.header.map((text, column) => ({
    text: cleanPdfText(text) || ' ',
    type: 'TH',
    font: { src: PDF_FONTS.bold },
    backgroundColor: pdfColour(DOCUMENT_COLOURS.headerFill),
    ...(numeric(column) ? { align: right } : {}),
  }));
  doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.table).fillColor(pdfColour(DOCUMENT_COLOURS.text));
  const options: TaggedTableOptions = {
    structParent: parent,
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: table.columns.map(({ width, numeric }) => ({
      width,
      ...(numeric ? { align: right } : {}),
    })),
    defaultStyle: {
      padding: [...table.padding],
      border: 0.5,
      borderColor: pdfColour(DOCUMENT_COLOURS.rule),
    },
    data: [headerRow, ...table.rows.map((row) => row.map((cell) => cleanPdfText(cell) || ' '))],
  };
  doc.table(options);
  doc.x = doc.page.margins.left;
  doc.moveDown(table.after);
}

/**
 * A line at the bottom of every page (`text` of the page's number and the count), small and muted, marked as
 * pagination so that it is not read as content.
 */
export function pageFooters(
  doc: PdfDoc,
  text: (page: number, count: number) => string,
  place: { readonly align: 'center' | 'right'; readonly fromBottom: (bottomMargin: number) => number },
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin would otherwise start a new page
    doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.small).fillColor(pdfColour(DOCUMENT_COLOURS.muted));
    const line = text(index + 1, count);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.text(line, doc.page.margins.left, doc.page.height - place.fromBottom(bottom), {
      width: contentWidth(doc),
      align: place.align,
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
