import { cellContent, type CellContent } from '@samarbeid/api/documents';
import type { Worksheet } from 'exceljs';

import { focusColumns } from './focus-upload';

/**
 * A worksheet of focus values as the rows of text a CSV file of them would hold, so that both go through the same
 * rules (`parseFocusRows`). What Excel makes of what people type is undone: a municipality number typed as a number
 * (301) gets its leading zero back ("0301"), a period Excel turned into a date (2026-03 → 1 March 2026) is the
 * month again ("2026-03"), and a number is written with a point ("7.4").
 */
export function focusSheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  const header = sheet.getRow(1);
  const width = Math.max(header.cellCount, 4);
  const headings = Array.from({ length: width }, (_, index) =>
    text(cellContent(header.getCell(index + 1).value)),
  );
  const at = focusColumns(headings);
  rows.push(headings);
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    rows.push(
      Array.from({ length: width }, (_, index) => {
        const content = cellContent(row.getCell(index + 1).value);
        if (index === at.municipality && content.kind === 'number' && Number.isInteger(content.value)) {
          return String(content.value).padStart(4, '0');
        }
        if (index === at.period && content.kind === 'date') return month(content.value);
        return text(content);
      }),
    );
  }
  return rows;
}

/** A cell as the text a CSV file would hold (an error cell as Excel shows it, "#DIV/0!"). */
function text(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'text':
      return content.text;
    case 'number':
      // As Excel shows it (15 significant digits): a sum that came out as 7.3999999999999995 is 7.4.
      return String(Number(content.value.toPrecision(15)));
    case 'date':
      return content.value.toISOString().slice(0, 10);
    case 'boolean':
      return content.value ? 'SANN' : 'USANN';
    case 'error':
      return '#FEIL';
  }
}

/** "2026-03": the month of a date as exceljs reads it (midnight UTC). */
function month(date: Date): string {
  return date.toISOString().slice(0, 7);
}
