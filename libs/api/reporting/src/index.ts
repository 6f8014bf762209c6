export * from './lib/reporting.module';
export { CompileService } from './lib/compile/compile.service';
export { ReportingReminderService } from './lib/reminder/reminder.service';
export { reportOutline } from './lib/document/report-outline';
export { compileReport } from './lib/compile/compile-report';
export { ReportingDb } from './lib/repository/reporting.db';
export { reportDocx } from './lib/document/report-docx';
export { reportPdf } from './lib/document/report-pdf';
