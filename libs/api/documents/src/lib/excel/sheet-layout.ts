import ExcelJS from 'exceljs';
import type { Cell, Font, Worksheet } from 'exceljs';

import { DOCUMENT_COLOURS, DOCUMENT_FONT, DOCUMENT_PAGE, DOCUMENT_SIZES } from '../document-style';

/**
 * The layout every workbook shares: a title, shaded header rows, notes that wrap across the table, bold sum rows,
 * and {@link finishSheet}, which makes a sheet print well (landscape, one page wide, header row repeated, frozen
 * panes, page numbers) and gives every cell the house font and every wrapped row a height that fits its text.
 */

const argb = (rgb: string): string => `FF${rgb}`;
const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(DOCUMENT_COLOURS.headerFill) },
} as const;
const THIN_RULE = { style: 'thin', color: { argb: argb(DOCUMENT_COLOURS.rule) } } as const;

/** Points per line of body text (Arial 10 in Excel and LibreOffice). */
const LINE_HEIGHT = 12.75;
/**
 * Characters of body text per unit of column width. A width unit is one "0" of the workbook's standard font;
 * average Norwegian text in Arial 10 is a little narrower, bold text a little wider. Kept on the safe side, so a row
 * is rather a line too high than cut off.
 */
const CHARS_PER_WIDTH = { regular: 1.15, bold: 1.0 } as const;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samarbeid';
  workbook.created = new Date();
  // Excel recalculates every formula on opening; the cached results are for readers that do not calculate.
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs types its result as its own ArrayBuffer-like `Buffer`; under Node it is a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The house font at `size`, bold or not. */
export function documentFont(
  options: { bold?: boolean; size?: number; muted?: boolean } = {},
): Partial<Font> {
  return {
    name: DOCUMENT_FONT.officeFamily,
    family: 2, // swiss (sans-serif), the fallback a reader without Arial gets
    size: options.size ?? DOCUMENT_SIZES.body,
    bold: options.bold ?? false,
    color: { argb: argb(options.muted ? DOCUMENT_COLOURS.muted : DOCUMENT_COLOURS.text) },
  };
}

export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

function columnWidth(sheet: Worksheet, column: number): number {
  return sheet.getColumn(column).width ?? 9;
}

/** Lines `text` takes in a column `width` wide, wrapping at spaces as a spreadsheet does. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(
    1,
    Math.floor(width * (bold ? CHARS_PER_WIDTH.bold : CHARS_PER_WIDTH.regular)) - 1,
  );
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const length = [...word].length;
      if (used === 0) {
        lines += Math.max(0, Math.ceil(length / perLine) - 1);
        used = length % perLine || Math.min(length, perLine);
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        lines += Math.ceil(length / perLine);
        used = length % perLine || Math.min(length, perLine);
      }
    }
  }
  return lines;
}

/** Text across columns `1…span` of `row`, merged, wrapped, and the row as high as the text needs. */
function spanningText(sheet: Worksheet, row: number, span: number, text: string, font: Partial<Font>): Cell {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { wrapText: true, vertical: 'top' };
  if (span > 1) sheet.mergeCells(row, 1, row, span);
  let width = 0;
  for (let column = 1; column <= span; column++) width += columnWidth(sheet, column);
  const scale = (font.size ?? DOCUMENT_SIZES.body) / DOCUMENT_SIZES.body;
  const lines = wrappedLines(text, width / scale, font.bold === true);
  sheet.getRow(row).height = Math.ceil(lines * LINE_HEIGHT * scale + 3);
  return cell;
}

/** The sheet's title in row 1, across the table's `span` columns. Set the column widths first. */
export function addTitle(sheet: Worksheet, title: string, span: number): void {
  spanningText(sheet, 1, span, title, documentFont({ bold: true, size: DOCUMENT_SIZES.title }));
}

/** An explanation across the table's `span` columns (e.g. the distribution key). Set the column widths first. */
export function addNote(sheet: Worksheet, row: number, text: string, span: number): void {
  spanningText(sheet, row, span, text, documentFont({ muted: true }));
}

/**
 * A bold, shaded header row; the texts wrap (the row's height is set by {@link finishSheet}). Headers from column
 * `numbersFrom` on stand over numbers and are aligned right, as the numbers are.
 */
export function addHeader(
  sheet: Worksheet,
  row: number,
  headers: readonly string[],
  options: { numbersFrom?: number } = {},
): void {
  const headerRow = sheet.getRow(row);
  headers.forEach((header, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = header;
    cell.font = documentFont({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = { bottom: THIN_RULE };
    const right = options.numbersFrom !== undefined && index + 1 >= options.numbersFrom;
    cell.alignment = { vertical: 'bottom', wrapText: true, ...(right ? { horizontal: 'right' } : {}) };
  });
}

/** A sum row: bold, with a rule above, from column 1 to `span`. */
export function styleSumRow(sheet: Worksheet, row: number, span: number): void {
  for (let column = 1; column <= span; column++) {
    const cell = sheet.getCell(row, column);
    cell.font = documentFont({ bold: true });
    cell.border = { top: THIN_RULE };
  }
}

/** Bold text in one cell (a row label). */
export function styleBold(cell: Cell): void {
  cell.font = documentFont({ bold: true });
}

/** Text that wraps within its column, aligned to the top of its row. */
export function styleWrapped(cell: Cell): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
}

export interface SheetLayout {
  /** The header row: repeated at the top of every printed page, and the rows down to it frozen. */
  readonly headerRow: number;
  /** Columns frozen at the left (e.g. the municipality's number and name). */
  readonly frozenColumns?: number;
  /** The document's name in the page footer. */
  readonly footer: string;
}

function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((part) => part.text).join('');
  return '';
}

/**
 * Makes the sheet ready to print and to read: A4 landscape, fitted to one page wide (as many pages down as needed),
 * the header row repeated on every page, rows and columns frozen down to the header, "Side 1 av 2" in the footer;
 * every cell in the house font (keeping bold and size), and every row with wrapped text as high as its text needs.
 */
export function finishSheet(sheet: Worksheet, layout: SheetLayout): void {
  const frozenColumns = layout.frozenColumns ?? 0;
  sheet.views = [
    {
      state: 'frozen',
      xSplit: frozenColumns,
      ySplit: layout.headerRow,
      topLeftCell: `${sheet.getColumn(frozenColumns + 1).letter}${layout.headerRow + 1}`,
    },
  ];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { ...DOCUMENT_PAGE.sheetMargins },
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
  };
  const footer = layout.footer.replace(/&/g, '&&');
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L&"${DOCUMENT_FONT.officeFamily},Regular"&8${footer}&R&"${DOCUMENT_FONT.officeFamily},Regular"&8Side &P av &N`,
  };

  sheet.eachRow({ includeEmpty: false }, (row) => {
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const font = cell.font ?? {};
      cell.font = {
        ...documentFont({ bold: font.bold, size: font.size }),
        ...(font.color ? { color: font.color } : {}),
      };
      // Everything below the header starts at the top of its row, beside a neighbour's wrapped text.
      if (row.number > layout.headerRow && !cell.alignment?.vertical) {
        cell.alignment = { ...cell.alignment, vertical: 'top' };
      }
      if (cell.isMerged || cell.alignment?.wrapText !== true) return;
      const text = cellText(cell);
      if (text === '') return;
      const column = typeof cell.col === 'number' ? cell.col : Number(cell.col);
      lines = Math.max(lines, wrappedLines(text, columnWidth(sheet, column), font.bold === true));
    });
    if (lines > 1) {
      const height = Math.ceil(lines * LINE_HEIGHT + 3);
      row.height = Math.max(row.height ?? 0, height);
    }
  });
}
