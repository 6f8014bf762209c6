export * from './lib/document-style';
export * from './lib/excel/number-formats';
export * from './lib/excel/sheet-layout';
export * from './lib/pdf/archival-pdf';
