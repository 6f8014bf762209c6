import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  attachLiveUpdates,
  createLogger,
  createValidationPipe,
  PinoNestLogger,
  requestLogger,
  responseCompression,
  securityHeaders,
  TextInputPipe,
  useJsonBodyLimits,
} from '@samarbeid/api/platform';

import { AppModule } from './app.module';

/** Builds the whole API (used by main.ts and by the integration tests, so both run the same app). */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  // Client addresses (rate limits, logs) and TLS (HSTS) as the trusted proxies report them; nobody's by default.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(responseCompression());
  app.enableCors({
    origin: [...config.webOrigins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  // POST /graphql may carry one 2 MB file in base64; every other body keeps the 100 kB default (upload-limits.ts).
  useJsonBodyLimits(app);
  // Every string is checked for control characters, broken characters and blankness before the field rules.
  app.useGlobalPipes(new TextInputPipe(), createValidationPipe());
  app.enableShutdownHooks();
  // GraphQL subscriptions over graphql-ws on the same port and path (decisions/0013); needs the built schema.
  await app.init();
  attachLiveUpdates(app, config);
  return app;
}
