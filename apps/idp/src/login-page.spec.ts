import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AxeResults, RunOptions } from 'axe-core';
import { JSDOM, VirtualConsole } from 'jsdom';

import { LOGIN_FAILED, LOGIN_TITLE, renderLoginPage } from './login-page';
import { loadRealm, type Realm } from './realm';
import { renderErrorPage, renderLogoutPage } from './status-pages';

const realmDir = fileURLToPath(new URL('../../../docker/keycloak', import.meta.url));
let realm: Realm;
let axeSource: string;

beforeAll(async () => {
  realm = await loadRealm(realmDir);
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

function render(options: { username?: string; error?: string } = {}): Document {
  const html = renderLoginPage({
    action: '/realms/samarbeid/login-actions/abc',
    clientName: 'Samarbeid',
    users: realm.users,
    ...options,
  });
  return new JSDOM(html).window.document;
}

/**
 * Runs axe-core inside jsdom. jsdom has no layout, so colour contrast cannot be measured here: the
 * colours in html.ts are documented with their contrast ratios instead.
 */
async function axe(html: string): Promise<AxeResults> {
  const dom = new JSDOM(html, { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
  dom.window.eval(axeSource);
  const runner = (
    dom.window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }
  ).axe;
  return runner.run(dom.window.document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false } },
  });
}

describe('login page', () => {
  it('is a Norwegian page with a title, a main landmark and a heading', () => {
    const document = render();
    expect(document.documentElement.lang).toBe('nb');
    expect(document.title).toBe(LOGIN_TITLE);
    expect(document.querySelectorAll('main')).toHaveLength(1);
    expect(document.querySelector('main h1')?.textContent).toBe('Logg inn');
  });

  it('labels both fields and sets autocomplete', () => {
    const document = render();
    for (const [id, label, autocomplete] of [
      ['username', 'Brukernavn', 'username'],
      ['password', 'Passord', 'current-password'],
    ] as const) {
      expect(document.querySelector(`label[for="${id}"]`)?.textContent).toBe(label);
      expect(document.getElementById(id)?.getAttribute('autocomplete')).toBe(autocomplete);
    }
  });

  it('shows an error in an alert region that the fields refer to', () => {
    const document = render({ username: 'politiker', error: LOGIN_FAILED });
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.id).toBe('login-error');
    expect(alert?.textContent).toBe('Feil brukernavn eller passord.');
    expect(document.getElementById('username')?.getAttribute('aria-describedby')).toBe('login-error');
    expect(document.getElementById('username')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('lists every demo user with role and municipality, and the shared password', () => {
    const document = render();
    const rows = [...document.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(rows).toHaveLength(realm.users.length);
    expect(rows).toContainEqual(['direktor.kongsberg', 'Kari Nordby', 'Kommunedirektør', '3303']);
    expect(rows).toContainEqual(['sekretariat', 'Siri Sekretær', 'Sekretariat', 'Ingen']);
    expect(document.querySelector('section')?.textContent).toContain('passordet samarbeid');
  });

  it('escapes what the user typed', () => {
    const document = render({ username: '"><script>alert(1)</script>' });
    expect(document.querySelector('script')).toBeNull();
    expect((document.getElementById('username') as HTMLInputElement).value).toBe(
      '"><script>alert(1)</script>',
    );
  });

  it.each([
    ['the login page', () => renderLoginPage({ action: '/x', clientName: 'Samarbeid', users: realm.users })],
    [
      'the login page with an error',
      () => renderLoginPage({ action: '/x', clientName: 'S', users: realm.users, error: LOGIN_FAILED }),
    ],
    ['the logout page', () => renderLogoutPage('<form id="op.logoutForm" method="post" action="/x"></form>')],
    ['the error page', () => renderErrorPage('invalid_request', 'noe mangler')],
  ])('%s has no axe-core WCAG 2.1 A/AA violations', async (_name, html) => {
    const results = await axe(html());
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
