import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Role, ROLE_LABELS } from '@samarbeid/shared/domain';
import {
  AuthService,
  formatNumber,
  I18nService,
  NAV_BADGE_COUNTS,
  type NavBadge,
  type TranslationKey,
} from '@samarbeid/web/data-access';

import { LanguageSwitchComponent } from './language-switch.component';

interface NavItem {
  readonly path: string;
  readonly label: TranslationKey;
  /** Shown only to users with this role. */
  readonly role?: Role;
  /** A count shown beside the label (see NAV_BADGE_COUNTS), and how it is spoken. */
  readonly badge?: NavBadge;
}

/**
 * What a badge says after the label, in the link's accessible name: "Godkjenninger, 2 venter" (an `aria-label`, since
 * browsers put a space before visually hidden text: "Godkjenninger , 2 venter").
 */
const BADGE_TEXT: Readonly<Record<NonNullable<NavItem['badge']>, string>> = {
  approvals: 'shell.approvalsWaiting',
  unread: 'shell.unreadNotifications',
};

/** The primary navigation, in order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home' },
  { path: '/tiltak', label: 'nav.measures' },
  { path: '/plan', label: 'nav.plan' },
  { path: '/deltakelse', label: 'nav.participation' },
  { path: '/vedtak', label: 'nav.decisions' },
  { path: '/avtaler', label: 'nav.agreements' },
  { path: '/godkjenninger', label: 'nav.approvals', role: Role.MunicipalDirector, badge: 'approvals' },
  { path: '/okonomi', label: 'nav.economics' },
  { path: '/nettverk', label: 'nav.networks' },
  { path: '/indikatorer', label: 'nav.indicators' },
  { path: '/fokus', label: 'nav.focus' },
  { path: '/beredskap', label: 'nav.preparedness' },
  { path: '/rapportering', label: 'nav.reporting' },
  { path: '/historikk', label: 'nav.history', role: Role.Secretariat },
  { path: '/kommuner', label: 'nav.municipalities' },
  { path: '/varsler', label: 'nav.notifications', badge: 'unread' },
  { path: '/publisering', label: 'nav.publishing', role: Role.Secretariat },
];

/**
 * Page frame: skip link, header (product, primary navigation, user, language, log out) and main. The header keeps to
 * one row: on a phone or small tablet (below 64rem) the navigation, the user and the language sit behind a "Meny"
 * button (a disclosure: `aria-expanded`, closes on Escape, returning focus to the button, and on navigating); wider,
 * the navigation is its own row that never wraps (it scrolls within itself if it must). The navigation shows
 * how many agreements wait for a director and how many notifications are unread (NAV_BADGE_COUNTS, which the app
 * gets from the agreements feature).
 */
@Component({
  selector: 'sb-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  host: { '(keydown.escape)': 'closeMenu(true)' },
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  private readonly navCounts = inject(NAV_BADGE_COUNTS);

  protected readonly t = this.i18n.t;
  protected readonly user = this.auth.user;
  /** The pages the user may open (the change log is the secretariat's, approvals the directors'), with badges. */
  protected readonly navItems = computed(() => {
    const roles = this.user()?.roles ?? [];
    const counts = { approvals: this.navCounts.approvals(), unread: this.navCounts.unread() };
    return NAV_ITEMS.filter((item) => !item.role || roles.includes(item.role)).map((item) => {
      const count = item.badge ? counts[item.badge] : null;
      const label = this.t(item.label);
      return {
        ...item,
        badge:
          item.badge && count
            ? {
                count: formatNumber(count),
                name: `${label}, ${this.i18n.plural(BADGE_TEXT[item.badge], count)}`,
              }
            : undefined,
      };
    });
  });

  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');
  /** The phone menu is open (the button and the disclosure are hidden on wide screens, where the menu always shows). */
  protected readonly menuOpen = signal(false);

  constructor() {
    this.navCounts.start();
    const navigated = inject(Router).events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.menuOpen.set(false);
    });
    inject(DestroyRef).onDestroy(() => navigated.unsubscribe());
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /** Closes the phone menu; after Escape, focus goes back to the menu button (it would otherwise be lost). */
  protected closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    if (returnFocus) this.menuButton().nativeElement.focus();
  }
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
