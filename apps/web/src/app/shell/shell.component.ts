import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@samarbeid/shared/domain';
import { AuthService, I18nService } from '@samarbeid/web/data-access';

import { LanguageSwitchComponent } from './language-switch.component';

/** Page frame: skip link, header (product, primary navigation, user, language, log out) and main. */
@Component({
  selector: 'sb-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  protected readonly t = this.i18n.t;
  protected readonly user = this.auth.user;
  protected readonly roleLabels = computed(() => {
    const language = this.i18n.language();
    return (this.user()?.roles ?? []).map((role) => ROLE_LABELS[role][language]).join(', ');
  });

  /** Moves focus to <main> without changing the URL (a `#main` href would resolve against <base>). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = this.document.getElementById('main');
    main?.focus();
    main?.scrollIntoView?.();
  }

  protected logout(): void {
    this.auth.logout().catch((error: unknown) => console.error('Logout failed', error));
  }
}
