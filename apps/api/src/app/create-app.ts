import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  createLogger,
  createValidationPipe,
  PinoNestLogger,
  requestLogger,
} from '@samarbeid/api/platform';

import { AppModule } from './app.module';

/** Builds the whole API (used by main.ts and by the integration tests, so both run the same app). */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.use(requestLogger(logger));
  app.enableCors({
    origin: [...config.webOrigins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  return app;
}
