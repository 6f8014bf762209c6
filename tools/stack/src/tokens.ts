import { INTEGRATION_CLIENT_ID, TEST_CLIENT_ID } from '@samarbeid/shared/domain';

/** The development-only secret of the test client (docker/keycloak/dev/samarbeid-test-client.json). */
export const TEST_CLIENT_SECRET = 'samarbeid-test-secret';
export const DEMO_PASSWORD = 'samarbeid';

export interface PasswordGrantTokens {
  readonly access_token: string;
  readonly id_token?: string;
}

/**
 * The tokens for a demo user through the password grant of the test client, exactly as a script would get them
 * from Keycloak (direct access grants).
 */
export async function passwordGrant(
  issuerUrl: string,
  username: string,
  { password = DEMO_PASSWORD, scope = 'openid profile email' }: { password?: string; scope?: string } = {},
): Promise<PasswordGrantTokens> {
  const response = await fetch(`${issuerUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: TEST_CLIENT_ID,
      client_secret: TEST_CLIENT_SECRET,
      username,
      password,
      scope,
    }),
  });
  const body = (await response.json()) as Partial<PasswordGrantTokens> & {
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new Error(
      `No token for ${username}: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`,
    );
  }
  return { access_token: body.access_token, id_token: body.id_token };
}

/** An access token for a demo user through the password grant of the test client (see passwordGrant). */
export async function passwordGrantToken(
  issuerUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  return (await passwordGrant(issuerUrl, username, { password })).access_token;
}

/** The development-only secret of the integration client (docker/keycloak/dev/samarbeid-integration-client.json). */
export const INTEGRATION_CLIENT_SECRET = 'samarbeid-integration-dev-secret';

/**
 * An access token of the integration client's service account (client-credentials grant), as another system gets
 * it from Keycloak: it holds only the `integration` role.
 */
export async function clientCredentialsToken(
  issuerUrl: string,
  clientId: string = INTEGRATION_CLIENT_ID,
  clientSecret: string = INTEGRATION_CLIENT_SECRET,
): Promise<string> {
  const response = await fetch(`${issuerUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const body = (await response.json()) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new Error(
      `No token for ${clientId}: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`,
    );
  }
  return body.access_token;
}
