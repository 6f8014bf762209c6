export * from './lib/region.module';
export * from './lib/region.service';
