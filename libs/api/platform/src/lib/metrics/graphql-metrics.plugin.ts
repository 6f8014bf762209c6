import { performance } from 'node:perf_hooks';

import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { GraphQLFormattedError } from 'graphql';

import { ApiMetrics } from './api-metrics';

/**
 * Counts every GraphQL request and times it, by operation name, and counts the errors in its response by
 * `extensions.code` (as the client sees them, after formatError). Found by `@nestjs/apollo` through `@Plugin()`,
 * so it is only there when the metrics module is.
 */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin<BaseContext> {
  constructor(private readonly metrics: ApiMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const started = performance.now();
    const metrics = this.metrics;
    return {
      async willSendResponse(context: GraphQLRequestContextWillSendResponse<BaseContext>): Promise<void> {
        metrics.recordGraphQL({
          operation: metrics.operationLabel(context.operationName, context.operation !== undefined),
          type: context.operation?.operation ?? 'none',
          seconds: (performance.now() - started) / 1000,
          errorCodes: responseErrors(context).map((error) => error.extensions?.['code']),
        });
      },
    };
  }
}

function responseErrors(
  context: GraphQLRequestContextWillSendResponse<BaseContext>,
): readonly GraphQLFormattedError[] {
  const body = context.response.body;
  if (body.kind === 'single') return body.singleResult.errors ?? [];
  return body.initialResult.errors ?? [];
}
