import type { ErrorText } from '@samarbeid/api/platform';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';

/**
 * Reading an uploaded workbook: whether a file is a zip archive at all (an .xlsx is one), loading it with exceljs
 * for reading only, and what a cell holds. Check the archive with `checkXlsxArchive` before loading (decisions/0007).
 */

/** Whether the bytes start as a zip archive does ("PK\x03\x04"), as every .xlsx does; a CSV file never does. */
export function looksLikeZip(file: Buffer): boolean {
  return file.length >= 4 && file.readUInt32LE(0) === 0x04034b50;
}

/** The workbook, or null when exceljs cannot read it or it has no sheet. The whole file is unpacked in memory. */
export async function loadUploadedWorkbook(file: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads under Node.
    await workbook.xlsx.load(file as unknown as Parameters<ExcelJS.Xlsx['load']>[0], {
      // Neither is read here, and a crafted validation range (A1:XFD1048576) would be expanded cell by cell.
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
    });
  } catch {
    return null;
  }
  return workbook.worksheets.length > 0 ? workbook : null;
}

export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly reason: ErrorText };

const EMPTY: CellContent = { kind: 'empty' };

/** What a cell holds, with rich text joined, hyperlinks as their text and formulas as their result. */
export function cellContent(value: CellValue): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value.trim() };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if ('error' in value) return errorValue(value.error);
  if ('richText' in value) return cellContent(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) {
      return {
        kind: 'error',
        reason: {
          nb: 'Cellen har en formel uten beregnet verdi. Åpne filen i Excel, lagre den og prøv igjen.',
          en: 'The cell holds a formula without a calculated value. Open the file in Excel, save it and try again.',
        },
      };
    }
    return cellContent(result);
  }
  if ('hyperlink' in value) return cellContent(value.text);
  return EMPTY;
}

function errorValue(error: string): CellContent {
  return {
    kind: 'error',
    reason: { nb: `Cellen inneholder en feil (${error}).`, en: `The cell holds an error (${error}).` },
  };
}
