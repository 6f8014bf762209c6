export * from './lib/save-feedback/save-feedback.component';
