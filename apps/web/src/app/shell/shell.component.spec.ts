import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNavCounts } from '@samarbeid/web/agreements/nav-counts';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { KEYCLOAK_EVENT_SIGNAL, type KeycloakEvent, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';

import { ShellComponent } from './shell.component';

@Component({
  selector: 'sb-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Side</h1>',
})
class PageComponent {}

function fakeKeycloak() {
  return {
    authenticated: true,
    tokenParsed: {
      name: 'Kari Nordmann',
      preferred_username: 'kari',
      realm_access: { roles: ['municipal-director', 'offline_access'] },
      municipality: '3303',
    } as Record<string, unknown>,
    idTokenParsed: undefined,
    login: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
    logout: jest.fn<(options?: unknown) => Promise<void>>(() => Promise.resolve()),
  };
}

describe('ShellComponent', () => {
  let keycloak: ReturnType<typeof fakeKeycloak>;
  let events: ReturnType<typeof signal<KeycloakEvent>>;
  let fixture: ComponentFixture<ShellComponent>;
  let element: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ShellComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`No button "${name}"`);
    return found;
  }

  /** The link's accessible name as a screen reader gets it: its aria-label, else its text without what is aria-hidden. */
  function accessibleName(node: Element): string {
    const label = node.getAttribute('aria-label');
    if (label) return label;
    const collect = (current: Node): string => {
      if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
      if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return '';
      return Array.from(current.childNodes).map(collect).join('');
    };
    return collect(node).replace(/\s+/g, ' ').trim();
  }

  function navLink(href: string): HTMLAnchorElement {
    const found = element.querySelector<HTMLAnchorElement>(`nav a[href="${href}"]`);
    if (!found) throw new Error(`No link to ${href}`);
    return found;
  }

  async function answerCounts(data: { approvalInboxCount?: number; unreadNotificationCount: number }) {
    const controller = TestBed.inject(ApolloTestingController);
    const op = controller.expectOne('NavCounts');
    const variables = op.operation.variables;
    op.flush({ data });
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
    return variables;
  }

  beforeEach(() => {
    localStorage.clear();
    keycloak = fakeKeycloak();
    events = signal<KeycloakEvent>({ type: KeycloakEventType.Ready, args: true });
    TestBed.configureTestingModule({
      imports: [ShellComponent, ApolloTestingModule],
      providers: [
        provideRouter([{ path: 'kommuner', component: PageComponent }]),
        provideNavCounts(),
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: events },
      ],
    });
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it("shows the signed-in user's name and role from the token", async () => {
    await render();
    expect(element.querySelector('.sb-user__name')?.textContent?.trim()).toBe('Kari Nordmann');
    expect(element.querySelector('.sb-user__role')?.textContent?.trim()).toBe('Kommunedirektør');
  });

  it('shows the role in English after switching language', async () => {
    await render();
    button('English').click();
    await fixture.whenStable();
    expect(element.querySelector('.sb-user__role')?.textContent?.trim()).toBe('Municipal director');
    expect(button('Log out')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('logs out through Keycloak, back to the start page', async () => {
    await render();
    button('Logg ut').click();
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: `${location.origin}/` });
  });

  it('has a skip link to <main id="main">, a labelled primary navigation and the product name', async () => {
    await render();
    const skip = element.querySelector<HTMLAnchorElement>('a.ds-skip-link');
    expect(skip?.textContent?.trim()).toBe('Hopp til hovedinnhold');
    expect(skip?.getAttribute('href')).toBe('#main');
    const main = element.querySelector<HTMLElement>('main#main');
    expect(main).not.toBeNull();

    skip?.click();
    expect(document.activeElement).toBe(main);

    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Hovedmeny');
    const links = Array.from(nav?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Hjem',
      'Tiltak',
      'Gjennomføringsplan',
      'Deltakelse',
      'Vedtak',
      'Avtaler',
      'Godkjenninger',
      'Økonomi',
      'Nettverk',
      'Indikatorer',
      'Fokusposter',
      'Beredskap',
      'Rapportering',
      'Kommuner',
      'Varsler',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/tiltak',
      '/plan',
      '/deltakelse',
      '/vedtak',
      '/avtaler',
      '/godkjenninger',
      '/okonomi',
      '/nettverk',
      '/indikatorer',
      '/fokus',
      '/beredskap',
      '/rapportering',
      '/kommuner',
      '/varsler',
    ]);
    expect(element.querySelector('.sb-brand')?.textContent?.trim()).toBe('Samarbeid');
  });

  it('shows "Historikk" (the change log) to the secretariat only', async () => {
    keycloak.tokenParsed = { name: 'Siri Sekretær', realm_access: { roles: ['secretariat'] } };
    await render();
    const links = () => Array.from(element.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    expect(links()).toEqual([
      'Hjem',
      'Tiltak',
      'Gjennomføringsplan',
      'Deltakelse',
      'Vedtak',
      'Avtaler',
      'Økonomi',
      'Nettverk',
      'Indikatorer',
      'Fokusposter',
      'Beredskap',
      'Rapportering',
      'Historikk',
      'Kommuner',
      'Varsler',
      'Publisering',
    ]);
    button('English').click();
    await fixture.whenStable();
    expect(links()).toEqual([
      'Home',
      'Measures',
      'Implementation plan',
      'Participation',
      'Decisions',
      'Agreements',
      'Economics',
      'Networks',
      'Indicators',
      'Focus items',
      'Preparedness',
      'Reporting',
      'History',
      'Municipalities',
      'Notifications',
      'Publishing',
    ]);

    keycloak.tokenParsed = { name: 'Gunnar Berg', realm_access: { roles: ['viewer'] } };
    events.set({ type: KeycloakEventType.AuthRefreshSuccess });
    await fixture.whenStable();
    expect(links()).not.toContain('History');
  });

  it('offers Norsk and English as a labelled group of toggle buttons', async () => {
    await render();
    const group = element.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Språk');
    expect(button('Norsk').getAttribute('aria-pressed')).toBe('true');
    expect(button('English').getAttribute('aria-pressed')).toBe('false');
    expect(button('English').getAttribute('lang')).toBe('en');

    button('English').click();
    await fixture.whenStable();
    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    expect(group?.getAttribute('aria-label')).toBe('Language');
    expect(localStorage.getItem('samarbeid.language')).toBe('en');
  });

  it('shows neither user nor logout button when nobody is signed in', async () => {
    keycloak.authenticated = false;
    await render();
    expect(element.querySelector('.sb-user')).toBeNull();
    expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
      'Meny',
      'Norsk',
      'English',
    ]);
  });

  it('updates the user after a token refresh', async () => {
    await render();
    keycloak.tokenParsed = { name: 'Kari Nordmann', realm_access: { roles: ['secretariat', 'viewer'] } };
    events.set({ type: KeycloakEventType.AuthRefreshSuccess });
    await fixture.whenStable();
    expect(element.querySelector('.sb-user__role')?.textContent?.trim()).toBe(
      'Sekretariat, Lesetilgang (folkevalgt)',
    );
  });

  describe('the phone menu', () => {
    const menu = () => element.querySelector('#sb-menu') as HTMLElement;

    it('is a disclosure button that shows and hides the navigation, the user and the language', async () => {
      await render();
      const toggle = button('Meny');
      expect(toggle.getAttribute('aria-controls')).toBe('sb-menu');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(menu().querySelector('nav')).not.toBeNull();
      expect(menu().querySelector('.sb-user')).not.toBeNull();
      expect(element.querySelector('.sb-header--open')).toBeNull();

      toggle.click();
      await fixture.whenStable();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(element.querySelector('.sb-header--open')).not.toBeNull();

      toggle.click();
      await fixture.whenStable();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
    });

    it('closes on Escape and gives focus back to the button', async () => {
      await render();
      button('Meny').click();
      await fixture.whenStable();
      const link = menu().querySelector<HTMLAnchorElement>('a[href="/kommuner"]');
      link?.focus();
      link?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await fixture.whenStable();
      expect(button('Meny').getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button('Meny'));
    });

    it('closes when the user follows a link', async () => {
      await render();
      button('Meny').click();
      await fixture.whenStable();
      navLink('/kommuner').click();
      await fixture.whenStable();
      expect(button('Meny').getAttribute('aria-expanded')).toBe('false');
      expect(element.querySelector('h1')?.textContent).toBe('Side');
    });

    it('has "Hjem" first, current only on the home page itself', async () => {
      await render();
      const home = navLink('/');
      expect(home.textContent?.trim()).toBe('Hjem');
      navLink('/kommuner').click();
      await fixture.whenStable();
      expect(home.getAttribute('aria-current')).toBeNull();
      expect(navLink('/kommuner').getAttribute('aria-current')).toBe('page');
    });
  });

  describe('badges', () => {
    it('say how many agreements wait for the director and how many notifications are unread, in words', async () => {
      await render();
      expect(await answerCounts({ approvalInboxCount: 2, unreadNotificationCount: 3 })).toEqual({
        director: true,
      });

      const approvals = navLink('/godkjenninger');
      expect(accessibleName(approvals)).toBe('Godkjenninger, 2 venter');
      const badge = approvals.querySelector('.sb-nav__badge');
      expect(badge?.textContent?.trim()).toBe('2');
      expect(badge?.getAttribute('aria-hidden')).toBe('true');
      // The visible text ("Godkjenninger 2") is part of the accessible name (WCAG 2.5.3).
      expect(approvals.textContent?.replace(/\s+/g, ' ').trim()).toBe('Godkjenninger 2');
      expect(accessibleName(navLink('/varsler'))).toBe('Varsler, 3 uleste');
      expect(accessibleName(navLink('/avtaler'))).toBe('Avtaler');

      button('English').click();
      await fixture.whenStable();
      expect(accessibleName(navLink('/godkjenninger'))).toBe('Approvals, 2 waiting');
      expect(accessibleName(navLink('/varsler'))).toBe('Notifications, 3 unread');
    });

    it('show no badge for nothing waiting, and the singular for one', async () => {
      await render();
      await answerCounts({ approvalInboxCount: 0, unreadNotificationCount: 1 });
      expect(accessibleName(navLink('/godkjenninger'))).toBe('Godkjenninger');
      expect(navLink('/godkjenninger').querySelector('.sb-nav__badge')).toBeNull();
      expect(accessibleName(navLink('/varsler'))).toBe('Varsler, 1 ulest');
    });

    it('do not ask for approvals for someone who is not a director, who gets no "Godkjenninger"', async () => {
      keycloak.tokenParsed = { name: 'Siri Sekretær', realm_access: { roles: ['secretariat'] } };
      await render();
      expect(await answerCounts({ unreadNotificationCount: 4 })).toEqual({ director: false });
      expect(element.querySelector('nav a[href="/godkjenninger"]')).toBeNull();
      expect(accessibleName(navLink('/varsler'))).toBe('Varsler, 4 uleste');
    });

    it('are not fetched for an anonymous visitor', async () => {
      keycloak.authenticated = false;
      await render();
      TestBed.inject(ApolloTestingController).expectNone('NavCounts');
      expect(accessibleName(navLink('/varsler'))).toBe('Varsler');
    });
  });
});
