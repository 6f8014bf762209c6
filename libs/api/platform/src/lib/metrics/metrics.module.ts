import {
  DynamicModule,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { ApiMetrics, PoolStats } from './api-metrics';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { METRICS_OPTIONS, MetricsController } from './metrics.controller';

/**
 * Prometheus metrics, only when `METRICS_ENABLED=true`: otherwise the module is empty, so `/metrics` is a 404 and
 * nothing is measured. See docs/operations.md for every metric.
 */
@Module({})
export class MetricsModule {
  static forRoot(options: AppConfig['metrics']): DynamicModule {
    if (!options.enabled) return { module: MetricsModule };
    return {
      module: EnabledMetricsModule,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_OPTIONS, useValue: options },
        {
          provide: ApiMetrics,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new ApiMetrics(() => poolOf(dataSource)),
        },
        GraphQLMetricsPlugin,
        HttpMetricsMiddleware,
      ],
    };
  }
}

@Module({})
class EnabledMetricsModule implements NestModule, OnModuleDestroy {
  constructor(@Inject(ApiMetrics) private readonly metrics: ApiMetrics) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }

  onModuleDestroy(): void {
    this.metrics.registry.clear();
  }
}

/** TypeORM's PostgreSQL driver keeps its pg Pool in `driver.master` (null before it connects). */
function poolOf(dataSource: DataSource): PoolStats | null {
  const pool: unknown = (dataSource.driver as { master?: unknown }).master;
  return pool && typeof pool === 'object' && 'totalCount' in pool ? (pool as PoolStats) : null;
}
