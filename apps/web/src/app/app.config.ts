import {
  type ApplicationConfig,
  inject,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import {
  type AppConfig,
  I18nService,
  I18nTitleStrategy,
  provideAppConfig,
  provideAuth,
  provideGraphql,
} from '@samarbeid/web/data-access';
import { provideNavCounts } from '@samarbeid/web/agreements/nav-counts';
import { provideUiLanguage } from '@samarbeid/web/ui';

import { APP_ROUTES } from './app.routes';

/** Application providers, built from the runtime configuration loaded by main.ts. */
export function appConfigFor(config: AppConfig): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideAppConfig(config),
      provideAuth(config),
      provideGraphql(config),
      provideRouter(APP_ROUTES, withComponentInputBinding()),
      // The navigation's badges: agreements waiting for a director, unread notifications.
      provideNavCounts(),
      { provide: TitleStrategy, useClass: I18nTitleStrategy },
      // The UI kit's own words (Avbryt, Prøv igjen …) follow the language switch.
      provideUiLanguage(() => inject(I18nService).language),
    ],
  };
}
