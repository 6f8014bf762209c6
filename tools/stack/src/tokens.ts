import { TEST_CLIENT_ID } from '@samarbeid/shared/domain';

/** The development-only secret of the test client (docker/keycloak/dev/samarbeid-test-client.json). */
export const TEST_CLIENT_SECRET = 'samarbeid-test-secret';
export const DEMO_PASSWORD = 'samarbeid';

/**
 * An access token for a demo user through the password grant of the test client, exactly as a script would
 * get one from Keycloak (direct access grants).
 */
export async function passwordGrantToken(
  issuerUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${issuerUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: TEST_CLIENT_ID,
      client_secret: TEST_CLIENT_SECRET,
      username,
      password,
      scope: 'openid profile email',
    }),
  });
  const body = (await response.json()) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new Error(
      `No token for ${username}: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`,
    );
  }
  return body.access_token;
}
