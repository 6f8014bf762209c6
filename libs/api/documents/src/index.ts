export * from './lib/document-style';
export * from './lib/excel/number-formats';
export * from './lib/excel/sheet-layout';
export * from './lib/excel/uploaded-workbook';
export * from './lib/excel/xlsx-archive';
export * from './lib/pdf/archival-pdf';
export * from './lib/pdf/tagged-pdf';
