import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Interaction, Provider } from 'oidc-provider';

import { type LoginLockout, waitInNorwegian } from './lockout';
import { LOGIN_FAILED, loginLocked, renderLoginPage } from './login-page';
import { type Realm } from './realm';
import { sendHtml } from './respond';
import { renderSessionExpiredPage } from './status-pages';

const MAX_FORM_BYTES = 16 * 1024;

/**
 * The login and consent steps (oidc-provider's "interactions") at `<issuer>/login-actions/<uid>`.
 * Login shows the Norwegian login page; consent is granted at once, since both clients are the
 * platform's own (first-party) applications, as in Keycloak with "consent required" off.
 */
export function createInteractionHandler(
  provider: Provider,
  realm: Realm,
  path: (uid: string) => string,
  lockout: LoginLockout,
) {
  return async (req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> => {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) {
      sendHtml(res, 400, renderSessionExpiredPage());
      return;
    }
    const clientName =
      interaction.params['client_id'] === realm.webClient.clientId ? realm.webClient.name : 'Samarbeid';

    if (interaction.prompt.name === 'consent') {
      const grantId = await grantEverythingAsked(provider, interaction);
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    if (interaction.prompt.name !== 'login') {
      sendHtml(res, 400, renderSessionExpiredPage());
      return;
    }

    const page = { action: path(uid), clientName, users: realm.users };
    if (req.method !== 'POST') {
      sendHtml(res, 200, renderLoginPage({ ...page, username: interaction.params['login_hint'] }));
      return;
    }

    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const result = lockout.logIn(realm, username, form.get('password') ?? '');
    if (result.kind !== 'ok') {
      const error =
        result.kind === 'locked' ? loginLocked(waitInNorwegian(result.retryAfterSeconds)) : LOGIN_FAILED;
      sendHtml(res, 200, renderLoginPage({ ...page, username, error }));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: result.user.id, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  };
}

async function grantEverythingAsked(provider: Provider, interaction: Interaction): Promise<string> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params['client_id'];
  if (!accountId || !clientId) throw new Error('consent without a logged-in session');
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  return grant.save();
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
