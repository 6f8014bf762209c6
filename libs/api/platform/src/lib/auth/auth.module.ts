import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

import { AppErrorHttpFilter } from '../http/app-error.filter';

import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [
    TokenVerifier,
    { provide: APP_GUARD, useClass: AuthGuard },
    // Refusals (UNAUTHENTICATED, FORBIDDEN, …) are answered, not logged as server errors.
    { provide: APP_FILTER, useClass: AppErrorHttpFilter },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
