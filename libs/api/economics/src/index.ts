export * from './lib/economics.module';
export { EconomicsOverviewService } from './lib/overview/economics-overview.service';
