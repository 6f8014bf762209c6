import { createHash } from 'node:crypto';

import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  normalizeIp,
  SkipThrottle,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';

import { ACCESS_POLICY, type AccessPolicy, requestOf, type RequestWithUser } from '../auth/access.decorators';
import { bearerToken } from '../auth/auth.guard';
import { TokenVerifier } from '../auth/token-verifier';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { rateLimited } from '../errors/app-error';

/** The limits are per minute: a fixed window of 60 s per key. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** IPv6 clients are grouped by their /64, which one household or office usually gets as a whole. */
const IPV6_PREFIX = 64;

/** The two limits: per client address (everything, signed in or not) and per signed-in user. */
export const RateLimiter = { Address: 'address', User: 'user' } as const;

/** Leaves an operation out of every rate limit: only for health checks, which load balancers poll. */
export const SkipRateLimit = (): MethodDecorator & ClassDecorator =>
  SkipThrottle({ [RateLimiter.Address]: true, [RateLimiter.User]: true });

const EVALUATION = Symbol('samarbeid:rate-limit');

interface RateLimitedRequest extends RequestWithUser {
  ip?: string;
  socket?: { remoteAddress?: string };
  [EVALUATION]?: Promise<void>;
}

/** The client address the limits count, as Express reports it (see TRUST_PROXY), IPv6 grouped by /64. */
export function clientAddressOf(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return normalizeIp(request.ip ?? request.socket?.remoteAddress ?? 'unknown', IPV6_PREFIX);
}

/**
 * The throttler's options for the configured limits and a storage (PostgreSQL in the app, so that every replica
 * counts in one place). Keys are SHA-256 hashes of limiter and tracker: no address or user id is stored as such.
 * No X-RateLimit-* headers: a refusal says when to try again (Retry-After and the sentence).
 */
export function rateLimitOptions(
  limits: AppConfig['rateLimit'],
  storage: ThrottlerStorage,
): ThrottlerModuleOptions {
  return {
    storage,
    setHeaders: false,
    generateKey: (_context, tracker, name) =>
      createHash('sha256').update(`${name}\n${tracker}`).digest('hex'),
    throttlers: [
      {
        name: RateLimiter.Address,
        limit: limits.perAddress,
        ttl: RATE_LIMIT_WINDOW_MS,
        skipIf: () => limits.perAddress === 0,
        getTracker: (req) => clientAddressOf(req as RateLimitedRequest),
      },
      {
        name: RateLimiter.User,
        limit: limits.perUser,
        ttl: RATE_LIMIT_WINDOW_MS,
        skipIf: (context) => limits.perUser === 0 || !requestOf(context).user,
        getTracker: (req) => (req as RateLimitedRequest).user?.id ?? '',
      },
    ],
  };
}

/**
 * The global rate limit guard, registered before the AuthGuard so that refused callers count too. Once per HTTP
 * request (a GraphQL request runs guards for every top-level field; they share the first one's outcome): the
 * address is counted, and, when the request carries a valid token for a non-public operation, its user. The token
 * is verified here for that (the AuthGuard then reuses `request.user`); an invalid one is left for the AuthGuard to
 * refuse. Over a limit: RATE_LIMITED, HTTP 429 with Retry-After, for GraphQL and plain HTTP routes alike.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const { perUser, perAddress } = this.config.rateLimit;
    if (perUser === 0 && perAddress === 0) return true;
    const request = this.getRequestResponse(context).req as unknown as RateLimitedRequest;
    request[EVALUATION] ??= this.evaluate(context, request);
    await request[EVALUATION];
    return true;
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown> }>().req;
      return { req, res: req['res'] as Record<string, unknown> };
    }
    return super.getRequestResponse(context);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw rateLimited(detail.timeToBlockExpire);
  }

  private async evaluate(context: ExecutionContext, request: RateLimitedRequest): Promise<void> {
    if (this.config.rateLimit.perUser > 0) await this.identify(context, request);
    await super.canActivate(context);
  }

  private async identify(context: ExecutionContext, request: RateLimitedRequest): Promise<void> {
    if (request.user) return;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'public') return;
    const token = bearerToken(request.headers['authorization']);
    if (!token) return;
    try {
      request.user = await this.verifier.verify(token);
    } catch {
      // Not a user: only the address counts, and the AuthGuard refuses the request.
    }
  }
}
