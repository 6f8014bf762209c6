import { archivalPdf, DOCUMENT_COLOURS, DOCUMENT_SIZES, PDF_FONTS } from '@samarbeid/api/documents';

import type { ReportBlock, ReportOutline } from './report-outline';

const HEADING_SIZES = {
  1: DOCUMENT_SIZES.title,
  2: DOCUMENT_SIZES.heading,
  3: DOCUMENT_SIZES.subheading,
} as const;

/**
 * The frozen report as an archival PDF (the house's pdfkit set-up: PDF/A-2b, embedded fonts, tagged, title and
 * language): the same outline as the Word document, tables drawn as rows of cells with a header row repeated on a new
 * page, and page numbers in the footer.
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
  doc
    .font(PDF_FONTS.bold)
    .fontSize(DOCUMENT_SIZES.title + 4)
    .text(outline.title);
  doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.body).fillColor(`#${DOCUMENT_COLOURS.muted}`);
  doc.text(outline.subtitle).fillColor(`#${DOCUMENT_COLOURS.text}`).moveDown();
  for (const item of outline.blocks) draw(doc, item);
  const pages = doc.bufferedPageRange();
  for (let page = 0; page < pages.count; page++) {
    doc.switchToPage(pages.start + page);
    const bottom = doc.page.height - doc.page.margins.bottom + 6;
    doc.font(PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.small).fillColor(`#${DOCUMENT_COLOURS.muted}`);
    doc.text(`Side ${page + 1} av ${pages.count}`, doc.page.margins.left, bottom, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.end();
  return finished;
}

function draw(doc: PDFKit.PDFDocument, item: ReportBlock): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.fillColor(`#${DOCUMENT_COLOURS.text}`);
  switch (item.kind) {
    case 'heading':
      if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
      doc.moveDown(item.level === 1 ? 0.8 : 0.5);
      doc.font(PDF_FONTS.bold).fontSize(HEADING_SIZES[item.level]).text(item.text, left, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      doc.fontSize(DOCUMENT_SIZES.body);
      if (item.label)
        doc.font(PDF_FONTS.bold).text(`${item.label}: `, left, doc.y, { width, continued: true });
      doc
        .font(PDF_FONTS.regular)
        .text(item.text, item.label ? undefined : left, item.label ? undefined : doc.y, {
          width,
        });
      doc.moveDown(0.4);
      return;
    case 'table':
      table(doc, item, left, width);
  }
}

function table(
  doc: PDFKit.PDFDocument,
  item: Extract<ReportBlock, { kind: 'table' }>,
  left: number,
  width: number,
): void {
  const columns = item.header.length;
  const columnWidth = width / columns;
  const padding = 3;
  const rowHeight = (cells: readonly string[], bold: boolean): number => {
    doc.font(bold ? PDF_FONTS.bold : PDF_FONTS.regular).fontSize(DOCUMENT_SIZES.table);
    return (
      Math.max(
        ...cells.map((cell) => doc.heightOfString(cell || ' ', { width: columnWidth - 2 * padding })),
      ) +
      2 * padding
    );
  };
  const drawRow = (cells: readonly string[], bold: boolean): void => {
    const height = rowHeight(cells, bold);
    const top = doc.y;
    if (bold) doc.rect(left, top, width, height).fill(`#${DOCUMENT_COLOURS.headerFill}`);
    doc.fillColor(`#${DOCUMENT_COLOURS.text}`).font(bold ? PDF_FONTS.bold : PDF_FONTS.regular);
    cells.forEach((cell, column) => {
      doc.text(cell, left + column * columnWidth + padding, top + padding, {
        width: columnWidth - 2 * padding,
        align: item.numeric?.includes(column) ? 'right' : 'left',
      });
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .strokeColor(`#${DOCUMENT_COLOURS.rule}`)
      .lineWidth(0.5)
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  if (doc.y + rowHeight(item.header, true) * 2 + 20 > bottom()) doc.addPage();
  doc.font(PDF_FONTS.bold).fontSize(DOCUMENT_SIZES.body).text(item.caption, left, doc.y, { width });
  doc.moveDown(0.2);
  drawRow(item.header, true);
  for (const row of item.rows) {
    if (doc.y + rowHeight(row, false) > bottom()) {
      doc.addPage();
      drawRow(item.header, true);
    }
    drawRow(row, false);
  }
  doc.moveDown(0.8);
}
