import { ROLE_LABELS } from '@samarbeid/shared/domain';

import { escapeHtml, page } from './html';
import type { RealmUser } from './realm';

export const LOGIN_TITLE = 'Logg inn – Samarbeid';
export const LOGIN_FAILED = 'Feil brukernavn eller passord.';

/** After too many wrong passwords for a username (see lockout.ts); `wait` as waitInNorwegian() writes it. */
export const loginLocked = (wait: string): string =>
  `For mange mislykkede innlogginger for denne brukeren. Den er sperret en stund: prøv igjen om ${wait}.`;

export interface LoginPageOptions {
  /** Where the form posts to (the interaction URL). */
  readonly action: string;
  /** The name of the application asking for the login. */
  readonly clientName: string;
  readonly users: readonly RealmUser[];
  readonly username?: string;
  readonly error?: string;
}

/** The development login page: the form, then the demo users to choose from. */
export function renderLoginPage(options: LoginPageOptions): string {
  const { action, clientName, users, username = '', error } = options;
  const invalid = error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const body = `<h1>Logg inn</h1>
<p>Du logger inn i <strong>${escapeHtml(clientName)}</strong>.</p>
<p class="note">Dette er innloggingen i utviklingsmiljøet. Den brukes aldri i produksjon.</p>
<div id="login-error" class="error" role="alert">${error ? escapeHtml(error) : ''}</div>
<form method="post" action="${escapeHtml(action)}">
<div class="field">
<label for="username">Brukernavn</label>
<input id="username" name="username" type="text" value="${escapeHtml(username)}" autocomplete="username" autocapitalize="none" spellcheck="false" required${invalid}>
</div>
<div class="field">
<label for="password">Passord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
</div>
<button type="submit">Logg inn</button>
</form>
${renderDemoUsers(users)}`;
  return page(LOGIN_TITLE, body);
}

function renderDemoUsers(users: readonly RealmUser[]): string {
  if (users.length === 0) return '';
  const passwords = new Set(users.map((user) => user.password));
  const shared = passwords.size === 1 ? [...passwords][0] : undefined;
  const rows = users
    .map((user) => {
      const roles = user.roles.map((role) => ROLE_LABELS[role].nb).join(', ');
      const password = shared === undefined ? `<td><code>${escapeHtml(user.password)}</code></td>` : '';
      return `<tr><td><code>${escapeHtml(user.username)}</code></td><td>${escapeHtml(`${user.firstName} ${user.lastName}`)}</td><td>${escapeHtml(roles)}</td><td>${escapeHtml(user.municipality ?? 'Ingen')}</td>${password}</tr>`;
    })
    .join('\n');
  const passwordNote =
    shared === undefined
      ? '<p>Passordet står i tabellen.</p>'
      : `<p>Alle demobrukerne har passordet <code>${escapeHtml(shared)}</code>.</p>`;
  return `<section aria-labelledby="demo-users">
<h2 id="demo-users">Demobrukere</h2>
${passwordNote}
<table>
<caption>Brukere i utviklingsmiljøet</caption>
<thead><tr><th scope="col">Brukernavn</th><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Kommunenummer</th>${shared === undefined ? '<th scope="col">Passord</th>' : ''}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
