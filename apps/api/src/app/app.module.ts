import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuthModule,
  ConfigModule,
  costLimitPlugin,
  createErrorFormatter,
  createRequestContext,
  HealthController,
  LiveModule,
  rateLimitOptions,
  MetricsModule,
  REQUEST_LIMITS,
  requestLimitRules,
} from '@samarbeid/api/platform';
import { AgreementsModule } from '@samarbeid/api/agreements';
import { PostgresRateLimitStorage } from '@samarbeid/api/data-access';
import { EconomicsModule } from '@samarbeid/api/economics';
import { FocusModule } from '@samarbeid/api/focus';
import { IndicatorsModule } from '@samarbeid/api/indicators';
import { OverviewModule } from '@samarbeid/api/overview';
import { PlanModule } from '@samarbeid/api/plan';
import { PortfolioModule } from '@samarbeid/api/portfolio';
import { PreparednessModule } from '@samarbeid/api/preparedness';
import { PublishingModule } from '@samarbeid/api/publishing';
import { RegionModule } from '@samarbeid/api/region';
import { ReportingModule } from '@samarbeid/api/reporting';
import { DataSource } from 'typeorm';

import { DemoSeedService } from '../seed/demo-seed.service';
import { dataSourceOptions } from './data-source';
import { EconomicsForPublishing, ReportsForPublishing } from './publishing-sources';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: false,
          introspection: config.graphql.introspection,
          includeStacktraceInErrorResponses: false,
          // Request cost is bounded before anything runs: tokens while parsing, depth, aliases and directives
          // while validating, the estimated cost once the variables are known (see request-limits.ts).
          parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
          validationRules: requestLimitRules(),
          plugins: [costLimitPlugin()],
          allowBatchedHttpRequests: false,
          // A refusal that carries `extensions.http` (RATE_LIMITED: 429 with Retry-After) keeps its status; no other
          // execution error carries one, so they stay 200 with `{ data, errors }`.
          preserveHttpStatusForExecutionErrors: false,
          context: createRequestContext,
          formatError: createErrorFormatter({ suggestions: config.graphql.introspection }),
        }),
        // Counted in PostgreSQL, so that the limits hold across replicas (the guard is registered by AuthModule).
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG, DataSource],
          useFactory: (appConfig: AppConfig, dataSource: DataSource) =>
            rateLimitOptions(appConfig.rateLimit, new PostgresRateLimitStorage(dataSource)),
        }),
        AuthModule,
        LiveModule,
        RegionModule,
        PortfolioModule,
        EconomicsModule,
        AgreementsModule,
        PreparednessModule,
        IndicatorsModule,
        FocusModule,
        OverviewModule,
        ReportingModule,
        PlanModule,
        PublishingModule.forRoot({
          imports: [EconomicsModule, ReportingModule],
          economics: EconomicsForPublishing,
          reports: ReportsForPublishing,
        }),
        MetricsModule.forRoot(config.metrics),
      ],
      controllers: [HealthController],
      providers: [DemoSeedService],
    };
  }
}
