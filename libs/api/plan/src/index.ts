export * from './lib/plan.module';
