/**
 * The house style of every document the API writes (Excel workbooks, PDFs, and the reports to come): one font
 * family, a few sizes, colours, number formats and the page. Change it here and every document follows.
 */

/**
 * The font family. PDFs embed Liberation Sans (SIL Open Font License 1.1, shipped in libs/api/documents/fonts);
 * workbooks name Arial, which Liberation Sans is metric-compatible with, so a sheet measures the same in Excel and
 * in LibreOffice (which substitutes Liberation Sans for Arial).
 */
export const DOCUMENT_FONT = {
  /** The family a workbook or a Word document names. */
  officeFamily: 'Arial',
  /** The files a PDF embeds (in libs/api/documents/fonts). */
  pdfRegularFile: 'LiberationSans-Regular.ttf',
  pdfBoldFile: 'LiberationSans-Bold.ttf',
} as const;

/** Font sizes in points. */
export const DOCUMENT_SIZES = {
  title: 14,
  heading: 12,
  subheading: 10,
  body: 10,
  table: 9.5,
  small: 8,
} as const;

/** Colours as RRGGBB (without #). */
export const DOCUMENT_COLOURS = {
  text: '1A1A1A',
  muted: '555555',
  rule: '9A9A9A',
  headerFill: 'E8ECEF',
  /** The "not in force" marking on a draft. */
  warning: 'A4161A',
} as const;

/** The page: A4, 2 cm margins on PDFs, landscape and fit to one page wide on spreadsheets. */
export const DOCUMENT_PAGE = {
  pdfSize: 'A4',
  /** 2 cm in points. */
  pdfMargin: 56,
  /** Spreadsheet margins in inches (Excel's unit). */
  sheetMargins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** The language every document declares. */
export const DOCUMENT_LANGUAGE = 'nb-NO';
