export * from './lib/economics.module';
