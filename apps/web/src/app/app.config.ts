import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import {
  type AppConfig,
  I18nTitleStrategy,
  provideAppConfig,
  provideAuth,
  provideGraphql,
} from '@samarbeid/web/data-access';
import { includeBearerTokenInterceptor } from 'keycloak-angular';

import { APP_ROUTES } from './app.routes';

/** Application providers, built from the runtime configuration loaded by main.ts. */
export function appConfigFor(config: AppConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideAppConfig(config),
      provideHttpClient(withFetch(), withInterceptors([includeBearerTokenInterceptor])),
      provideAuth(config),
      provideGraphql(config),
      provideRouter(APP_ROUTES, withComponentInputBinding()),
      { provide: TitleStrategy, useClass: I18nTitleStrategy },
    ],
  };
}
