export * from './lib/focus.module';
