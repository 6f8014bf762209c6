import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { forbidden, unauthenticated } from '../errors/app-error';
import { ACCESS_POLICY, AccessPolicy, requestOf } from './access.decorators';
import { hasAnyRole } from './current-user';
import { TokenVerifier } from './token-verifier';

/**
 * The one global guard. Deny by default: an operation without an access policy is refused for everyone,
 * `@Public()` opens it, `@AllowAuthenticated()` requires a valid token, `@Allow(...roles)` a valid token and one
 * of the roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'public') {
      return true;
    }
    const request = requestOf(context);
    if (!request.user) {
      const token = bearerToken(request.headers['authorization']);
      if (!token) {
        throw unauthenticated();
      }
      request.user = await this.verifier.verify(token);
    }
    if (!policy) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has no access policy: denied`,
      );
      throw forbidden();
    }
    // Another system's service account may use only what is marked for it, and a person never that.
    if ((policy.kind === 'integration') !== (request.user.integration === true)) {
      throw forbidden();
    }
    if (policy.kind === 'roles' && !hasAnyRole(request.user, policy.roles)) {
      throw forbidden();
    }
    return true;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match ? match[1] : null;
}
