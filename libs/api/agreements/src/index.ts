export * from './lib/agreements.module';
