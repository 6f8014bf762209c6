/**
 * Identity contract shared by the realm file, the development identity provider, the API and the web app.
 * Keycloak puts realm roles under `realm_access.roles`; the realm maps the user attribute `municipality`
 * (a 4-digit municipality number) into a claim of the same name.
 */
export const REALM = 'samarbeid';
export const WEB_CLIENT_ID = 'samarbeid-web';
/** Confidential client with direct access grants (password grant), for tests and scripts only. */
export const TEST_CLIENT_ID = 'samarbeid-test';
/**
 * Confidential client for other systems (accounts, HR): client-credentials grant, its service account holds only
 * the `integration` realm role, which may post focus values and nothing else.
 */
export const INTEGRATION_CLIENT_ID = 'samarbeid-integration';
/** The realm role of machine clients: not a person's role, so it is not in `ROLES`. */
export const INTEGRATION_ROLE = 'integration';
/** The API's audience: access tokens for the API carry it in `aud`. */
export const API_AUDIENCE = 'samarbeid-api';
export const MUNICIPALITY_CLAIM = 'municipality';
/** The region (short name) an integration client may write to: a hard-coded claim on the client, one per region. */
export const REGION_CLAIM = 'region';
export const ROLES_CLAIM = 'realm_access';

/** The path of a Keycloak realm below its server URL. */
export function realmIssuerPath(realm: string = REALM): string {
  return `/realms/${encodeURIComponent(realm)}`;
}
