import { escapeHtml, page } from './html';

/**
 * The logout page. oidc-provider hands over its confirmation form (with the XSRF field); the user asked
 * the application to log out, so the page submits the form at once and keeps a button as the fallback
 * (for example without JavaScript).
 */
export function renderLogoutPage(form: string): string {
  const formWithLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>');
  const body = `<h1>Logger ut</h1>
<p>Du logges ut av Samarbeid. Skjer det ingenting, trykk på knappen.</p>
${formWithLogout}
<button type="submit" form="op.logoutForm">Logg ut</button>
<script>document.getElementById('op.logoutForm').submit();</script>`;
  return page('Logg ut – Samarbeid', body);
}

export function renderLoggedOutPage(): string {
  return page('Logget ut – Samarbeid', '<h1>Du er logget ut</h1>\n<p>Du kan lukke dette vinduet.</p>');
}

/** An error page; `code` is the OAuth error code and shown for developers. */
export function renderErrorPage(code: string, description?: string): string {
  const body = `<h1>Noe gikk galt</h1>
<p>Innloggingen kunne ikke fullføres. Gå tilbake til applikasjonen og prøv igjen.</p>
<p class="note">Feilkode: <code>${escapeHtml(code)}</code>${description ? ` – ${escapeHtml(description)}` : ''}</p>`;
  return page('Feil – Samarbeid', body);
}

/** Shown when the login step is unknown or has expired (for example after a restart of the provider). */
export function renderSessionExpiredPage(): string {
  const body = `<h1>Innloggingen er utløpt</h1>
<p>Gå tilbake til applikasjonen og logg inn på nytt.</p>`;
  return page('Innloggingen er utløpt – Samarbeid', body);
}
