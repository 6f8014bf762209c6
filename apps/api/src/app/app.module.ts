import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AppConfig,
  AuthModule,
  ConfigModule,
  createRequestContext,
  formatGraphQLError,
  HealthController,
} from '@samarbeid/api/platform';
import { AgreementsModule } from '@samarbeid/api/agreements';
import { EconomicsModule } from '@samarbeid/api/economics';
import { PortfolioModule } from '@samarbeid/api/portfolio';
import { RegionModule } from '@samarbeid/api/region';

import { DemoSeedService } from '../seed/demo-seed.service';
import { dataSourceOptions } from './data-source';

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
          introspection: config.nodeEnv !== 'production',
          includeStacktraceInErrorResponses: false,
          context: createRequestContext,
          formatError: formatGraphQLError,
        }),
        AuthModule,
        RegionModule,
        PortfolioModule,
        EconomicsModule,
        AgreementsModule,
      ],
      controllers: [HealthController],
      providers: [DemoSeedService],
    };
  }
}
