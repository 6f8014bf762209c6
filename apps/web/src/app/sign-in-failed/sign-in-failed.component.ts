import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService, I18nService } from '@samarbeid/web/data-access';

/** Shown instead of a redirect loop when signing in failed moments ago. */
@Component({
  selector: 'sb-sign-in-failed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ds-alert" data-color="warning">
      <h1 class="ds-heading" data-size="sm">{{ t('signInFailed.title') }}</h1>
      <p class="ds-paragraph">{{ t('signInFailed.text') }}</p>
    </div>
    <p>
      <button type="button" class="ds-button" (click)="retry()">{{ t('signInFailed.retry') }}</button>
    </p>
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
      max-inline-size: 44rem;
    }
  `,
})
export class SignInFailedComponent {
  private readonly auth = inject(AuthService);
  protected readonly t = inject(I18nService).t;

  protected retry(): void {
    this.auth.login('/').catch((error: unknown) => console.error('Login redirect failed', error));
  }
}
