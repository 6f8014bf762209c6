export * from './lib/pdf/pdf-reading';
