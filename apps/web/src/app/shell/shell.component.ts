import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Role, ROLE_LABELS } from '@samarbeid/shared/domain';
import { AuthService, I18nService, type TranslationKey } from '@samarbeid/web/data-access';

import { LanguageSwitchComponent } from './language-switch.component';

interface NavItem {
  readonly path: string;
  readonly label: TranslationKey;
  /** Shown only to users with this role. */
  readonly role?: Role;
}

/** The primary navigation, in order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/tiltak', label: 'nav.measures' },
  { path: '/deltakelse', label: 'nav.participation' },
  { path: '/vedtak', label: 'nav.decisions' },
  { path: '/okonomi', label: 'nav.economics' },
  { path: '/nettverk', label: 'nav.networks' },
  { path: '/historikk', label: 'nav.history', role: Role.Secretariat },
  { path: '/kommuner', label: 'nav.municipalities' },
];

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
  /** The pages the user may open (the change log is the secretariat's). */
  protected readonly navItems = computed(() => {
    const roles = this.user()?.roles ?? [];
    return NAV_ITEMS.filter((item) => !item.role || roles.includes(item.role));
  });
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
