import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

import { AppErrorHttpFilter, DatabaseErrorFilter } from '../http/app-error.filter';
import { RateLimitGuard } from '../http/rate-limit';

import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [
    TokenVerifier,
    // Global guards run in the order they are provided: the rate limit first, so that refused callers count too
    // (it needs the app to configure ThrottlerModule with rateLimitOptions()), then authentication.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    // Refusals (UNAUTHENTICATED, FORBIDDEN, …) are answered, not logged as server errors.
    { provide: APP_FILTER, useClass: AppErrorHttpFilter },
    // Database refusals caused by input (foreign key, unique, check …) become BAD_USER_INPUT or CONFLICT.
    { provide: APP_FILTER, useClass: DatabaseErrorFilter },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
