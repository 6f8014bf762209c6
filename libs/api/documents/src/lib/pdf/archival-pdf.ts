import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import PDFDocument from 'pdfkit';

import { DOCUMENT_FONT, DOCUMENT_LANGUAGE, DOCUMENT_PAGE } from '../document-style';

/**
 * A PDF fit for a municipal archive: PDF/A-2b declared (XMP metadata, sRGB output intent), every font embedded
 * (Liberation Sans, which covers Norwegian, Sámi and the rest of Latin), tagged for screen readers, with title and
 * language set and the title shown in the viewer's title bar.
 */

/** Names the document's fonts are registered under: `doc.font(PDF_FONTS.bold)`. */
export const PDF_FONTS = { regular: 'DocumentRegular', bold: 'DocumentBold' } as const;

export interface ArchivalPdfOptions {
  readonly title: string;
  readonly subject?: string;
  /** The organisation the document comes from, e.g. the region. */
  readonly author: string;
  /** Deflate the page contents (default true); tests turn it off to read the text. */
  readonly compress?: boolean;
  /** Space kept free at the bottom for a footer, in points. */
  readonly footerSpace?: number;
}

export interface ArchivalPdf {
  readonly doc: PDFKit.PDFDocument;
  /** The finished file, once `doc.end()` has been called. */
  readonly finished: Promise<Buffer>;
}

let fontFiles: { regular: Buffer; bold: Buffer } | undefined;

/**
 * Where the font files are: `DOCUMENT_FONTS_DIR`, else `fonts/` beside the running bundle (the API's build copies
 * them to dist/apps/api/fonts), else the library's own folder from the workspace root (tests, scripts).
 */
export function documentFontsDirectory(): string {
  const candidates = [
    process.env['DOCUMENT_FONTS_DIR'],
    process.argv[1] ? join(dirname(process.argv[1]), 'fonts') : undefined,
    join(process.cwd(), 'libs/api/documents/fonts'),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((directory) => existsSync(join(directory, DOCUMENT_FONT.pdfRegularFile)));
  if (!found) {
    throw new Error(
      `The document fonts (${DOCUMENT_FONT.pdfRegularFile}) are in none of ${candidates.join(', ')}; ` +
        'set DOCUMENT_FONTS_DIR to the folder libs/api/documents/fonts.',
    );
  }
  return found;
}

function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fontFiles) {
    const directory = documentFontsDirectory();
    fontFiles = {
      regular: readFileSync(join(directory, DOCUMENT_FONT.pdfRegularFile)),
      bold: readFileSync(join(directory, DOCUMENT_FONT.pdfBoldFile)),
    };
  }
  return fontFiles;
}

/** A new A4 archival PDF with the house fonts registered and the regular font selected. */
export function archivalPdf(options: ArchivalPdfOptions): ArchivalPdf {
  const fonts = loadFonts();
  const margin = DOCUMENT_PAGE.pdfMargin;
  const doc = new PDFDocument({
    size: DOCUMENT_PAGE.pdfSize,
    margins: { top: margin, left: margin, right: margin, bottom: margin + (options.footerSpace ?? 0) },
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: DOCUMENT_LANGUAGE,
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.subject ? { Subject: options.subject } : {}),
      Author: options.author,
      Creator: 'Samarbeid',
      Producer: 'Samarbeid (pdfkit)',
    },
  });
  doc.registerFont(PDF_FONTS.regular, fonts.regular);
  doc.registerFont(PDF_FONTS.bold, fonts.bold);
  doc.font(PDF_FONTS.regular);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}
