import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role, ROLES } from '@samarbeid/shared/domain';

import { AuthenticatedUser } from './current-user';

export const ACCESS_POLICY = 'samarbeid:access-policy';

export type AccessPolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] }
  | { readonly kind: 'integration' };

/** Opens an operation to anonymous callers. Nothing is public without it. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Allows signed-in callers with at least one of these roles; finer checks belong in the service. */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** Allows any caller with a valid token, whatever their roles (e.g. `me`). */
export const AllowAuthenticated = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);

/**
 * Allows only other systems' service accounts (the `integration` realm role). A person is refused, and an
 * integration caller is refused everywhere else (AuthGuard), so such a client can do exactly these operations.
 */
export const AllowIntegration = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_POLICY, { kind: 'integration' } satisfies AccessPolicy);

/** Allows any signed-in caller holding one of the application's roles. */
export const AllowSignedIn = (): MethodDecorator & ClassDecorator => Allow(...ROLES);

export interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The verified caller; only on operations that are not public. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = requestOf(context).user;
    if (!user) {
      throw new Error('CurrentUser used on an operation without an authenticated caller');
    }
    return user;
  },
);
