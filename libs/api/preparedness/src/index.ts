export * from './lib/preparedness.module';
