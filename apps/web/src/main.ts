import { bootstrapApplication } from '@angular/platform-browser';
import { loadAppConfig } from '@samarbeid/web/data-access';

import { AppComponent } from './app/app.component';
import { appConfigFor } from './app/app.config';
import { renderStartupError } from './startup-error';

/** Reads /config.json first: the same build runs anywhere, configured only by that file. */
async function start(): Promise<void> {
  const result = await loadAppConfig();
  if (!result.ok) {
    renderStartupError(document, result.problems);
    return;
  }
  await bootstrapApplication(AppComponent, appConfigFor(result.config));
}

start().catch((error: unknown) => {
  console.error(error);
  renderStartupError(document, [error instanceof Error ? error.message : String(error)]);
});
