import {
  checkXlsxArchive,
  loadUploadedWorkbook,
  looksLikeZip,
  xlsxArchiveProblemText,
} from '@samarbeid/api/documents';
import { badUserInput, fileTooLarge, MAX_UPLOAD_BYTES } from '@samarbeid/api/platform';

import { focusSheetRows } from './domain/focus-sheet';
import { parseFocusRows, parseFocusUpload, type UploadItem, type UploadResult } from './domain/focus-upload';
import { emptyFile, notUtf8Text, unreadableWorkbook } from './focus.errors';

/**
 * An uploaded file of focus values, CSV or Excel (.xlsx, told apart by the zip signature every .xlsx starts with),
 * read against the region's focus items by the same rules: every value, or every bad row. A workbook's archive is
 * checked before exceljs unpacks it (decisions/0007); its first sheet is read.
 */
export async function readFocusFile(base64: string, items: readonly UploadItem[]): Promise<UploadResult> {
  const file = Buffer.from(base64, 'base64');
  if (file.length > MAX_UPLOAD_BYTES) throw fileTooLarge();
  if (file.length === 0) throw emptyFile();
  if (!looksLikeZip(file)) return parseFocusUpload(utf8(file), items);
  const problem = await checkXlsxArchive(file);
  if (problem) throw badUserInput(xlsxArchiveProblemText(problem));
  const workbook = await loadUploadedWorkbook(file);
  if (!workbook) throw unreadableWorkbook();
  return parseFocusRows(focusSheetRows(workbook.worksheets[0]), items);
}

/** The file as UTF-8 text. */
function utf8(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw notUtf8Text();
  }
}
