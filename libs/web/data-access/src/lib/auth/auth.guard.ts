import { inject } from '@angular/core';
import { type CanActivateChildFn, type CanActivateFn, Router } from '@angular/router';
import { createAuthGuard } from 'keycloak-angular';

import { AuthService } from './auth.service';

/** Where the guard sends the user when signing in keeps failing (a route outside the guard). */
export const SIGN_IN_FAILED_PATH = '/innlogging-feilet';

/**
 * Lets a signed-in user through; anyone else goes to the login page and then back to the page they
 * asked for. If that was tried moments ago (the sign-in failed), it shows the sign-in-failed page
 * instead of redirecting in a loop. With keycloak-js' silent check-sso (provide-auth.ts) this is where a visitor
 * without a session is sent to log in.
 */
export const authGuard = createAuthGuard<CanActivateFn & CanActivateChildFn>(
  async (_route, state, { authenticated }) => {
    if (authenticated) return true;
    const auth = inject(AuthService);
    const router = inject(Router);
    if (auth.recentlyRedirectedToLogin()) return router.parseUrl(SIGN_IN_FAILED_PATH);
    await auth.login(state.url);
    return false;
  },
);
