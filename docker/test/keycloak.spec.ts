import { describe, expect, it } from '@jest/globals';

import {
  API_AUDIENCE,
  INTEGRATION_CLIENT_ID,
  INTEGRATION_ROLE,
  isMunicipalityNumber,
  isRole,
  MUNICIPALITY_CLAIM,
  REALM,
  ROLES,
  TEST_CLIENT_ID,
  WEB_CLIENT_ID,
} from '@samarbeid/shared/domain';

import { asArray, asJson, isJson, type Json, readJson } from './support';

const realm = readJson('keycloak/realm.json');
const usersFile = readJson('keycloak/dev/samarbeid-users-0.json');
const testClient = readJson('keycloak/dev/samarbeid-test-client.json');

function clients(): Json[] {
  return asArray(realm['clients'], 'clients').filter(isJson);
}

function mappers(client: Json): Json[] {
  return asArray(client['protocolMappers'], `${String(client['clientId'])} protocolMappers`).filter(isJson);
}

function expectAudienceMapper(client: Json): void {
  const audience = mappers(client).find((mapper) => mapper['protocolMapper'] === 'oidc-audience-mapper');
  expect(audience?.['config']).toMatchObject({
    'included.custom.audience': API_AUDIENCE,
    'access.token.claim': 'true',
  });
}

function expectMunicipalityMapper(client: Json): void {
  const municipality = mappers(client).find(
    (mapper) => mapper['protocolMapper'] === 'oidc-usermodel-attribute-mapper' && isJson(mapper['config']),
  );
  expect(municipality?.['config']).toMatchObject({
    'user.attribute': MUNICIPALITY_CLAIM,
    'claim.name': MUNICIPALITY_CLAIM,
    'jsonType.label': 'String',
    'access.token.claim': 'true',
    'id.token.claim': 'true',
    'userinfo.token.claim': 'true',
  });
}

describe('realm.json', () => {
  it(`defines the realm "${REALM}" without people: its only user is the integration client's service account`, () => {
    expect(realm['realm']).toBe(REALM);
    expect(realm['enabled']).toBe(true);
    const users = asArray(realm['users'], 'users').filter(isJson);
    expect(users.map((user) => user['serviceAccountClientId'])).toEqual([INTEGRATION_CLIENT_ID]);
    expect(users.every((user) => user['credentials'] === undefined)).toBe(true);
  });

  it('locks a user out for a while after 5 wrong passwords (brute-force detection), never for good', () => {
    expect(realm).toMatchObject({
      bruteForceProtected: true,
      permanentLockout: false,
      maxTemporaryLockouts: 0,
      failureFactor: 5,
      // 5 failures → 5 minutes, 10 → 10 minutes, at most 15; failures are forgotten after 12 hours.
      bruteForceStrategy: 'MULTIPLE',
      waitIncrementSeconds: 300,
      maxFailureWaitSeconds: 900,
      maxDeltaTimeSeconds: 43200,
      // Two attempts within a second (a script): wait a minute.
      quickLoginCheckMilliSeconds: 1000,
      minimumQuickLoginWaitSeconds: 60,
    });
  });

  it('defines every application role as a realm role', () => {
    const roles = asArray(asJson(realm['roles'], 'roles')['realm'], 'realm roles').map(
      (role) => asJson(role, 'role')['name'],
    );
    expect([...roles].sort()).toEqual([...ROLES, INTEGRATION_ROLE].sort());
  });

  it(`has a confidential ${INTEGRATION_CLIENT_ID} client: client credentials only, its service account holding only the integration role`, () => {
    const integration = clients().find((client) => client['clientId'] === INTEGRATION_CLIENT_ID);
    expect(integration).toMatchObject({
      publicClient: false,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: true,
      fullScopeAllowed: false,
    });
    expect(integration?.['secret']).toBeUndefined();
    expectAudienceMapper(integration ?? {});
    const account = asArray(realm['users'], 'users')
      .filter(isJson)
      .find((user) => user['serviceAccountClientId'] === INTEGRATION_CLIENT_ID);
    expect(account?.['realmRoles']).toEqual([INTEGRATION_ROLE]);
  });

  it(`has a public ${WEB_CLIENT_ID} client: standard flow only, PKCE S256`, () => {
    const web = clients().find((client) => client['clientId'] === WEB_CLIENT_ID);
    expect(web).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      attributes: expect.objectContaining({ 'pkce.code.challenge.method': 'S256' }),
    });
    expect(web?.['redirectUris']).toContain('http://localhost:4200/*');
    expect(web?.['webOrigins']).toContain('http://localhost:4200');
  });

  it('puts samarbeid-api into aud and the municipality and roles into the tokens', () => {
    const web = clients().find((client) => client['clientId'] === WEB_CLIENT_ID) ?? {};
    expectAudienceMapper(web);
    expectMunicipalityMapper(web);
    // Keycloak's built-in "roles" scope writes realm roles to realm_access.roles; "basic" adds sub.
    expect(web['defaultClientScopes']).toEqual(
      expect.arrayContaining(['basic', 'profile', 'email', 'roles']),
    );
  });

  it('signs with RS256', () => {
    expect(realm['defaultSignatureAlgorithm']).toBe('RS256');
    const web = clients().find((client) => client['clientId'] === WEB_CLIENT_ID);
    expect(web?.['attributes']).toMatchObject({ 'access.token.signed.response.alg': 'RS256' });
  });

  it('declares the municipality attribute in the user profile', () => {
    const components = asJson(realm['components'], 'components');
    const [provider] = asArray(components['org.keycloak.userprofile.UserProfileProvider'], 'user profile');
    const config = asJson(asJson(provider, 'provider')['config'], 'config');
    const profile = asJson(
      JSON.parse(String(asArray(config['kc.user.profile.config'], 'config')[0])),
      'profile',
    );
    const names = asArray(profile['attributes'], 'attributes').map(
      (attribute) => asJson(attribute, 'attribute')['name'],
    );
    expect(names).toEqual(
      expect.arrayContaining(['username', 'email', 'firstName', 'lastName', MUNICIPALITY_CLAIM]),
    );
  });
});

describe('dev/samarbeid-users-0.json', () => {
  const users = asArray(usersFile['users'], 'users').map((user) => asJson(user, 'user'));

  it('imports into the realm', () => {
    expect(usersFile['realm']).toBe(REALM);
  });

  it('has one demo user per job, with unique usernames and ids', () => {
    expect(users.map((user) => user['username'])).toEqual([
      'sekretariat',
      'leder.teknisk',
      'direktor.kongsberg',
      'direktor.flesberg',
      'direktor.rollag',
      'direktor.notodden',
      'medlem.tinn',
      'politiker',
    ]);
    expect(new Set(users.map((user) => user['id'])).size).toBe(users.length);
  });

  it('gives every user valid roles and a 4-digit municipality where set', () => {
    for (const user of users) {
      const roles = asArray(user['realmRoles'], 'realmRoles');
      expect(roles.length).toBeGreaterThan(0);
      expect(roles.every(isRole)).toBe(true);
      const attributes = isJson(user['attributes']) ? user['attributes'] : {};
      const municipality = attributes[MUNICIPALITY_CLAIM];
      if (municipality !== undefined) {
        expect(asArray(municipality, 'municipality').every(isMunicipalityNumber)).toBe(true);
      }
    }
    const sekretariat = users.find((user) => user['username'] === 'sekretariat');
    expect(sekretariat?.['attributes']).toBeUndefined();
  });

  it('lets every user log in with the shared demo password', () => {
    for (const user of users) {
      expect(user).toMatchObject({ enabled: true, emailVerified: true });
      expect(String(user['email'])).toMatch(/^[a-z.]+@example\.no$/);
      expect(user['credentials']).toEqual([{ type: 'password', value: 'samarbeid', temporary: false }]);
    }
  });
});

describe('dev/samarbeid-test-client.json', () => {
  it('is a confidential client with direct access grants only', () => {
    expect(testClient).toMatchObject({
      clientId: TEST_CLIENT_ID,
      publicClient: false,
      secret: 'samarbeid-test-secret',
      directAccessGrantsEnabled: true,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      serviceAccountsEnabled: false,
    });
  });

  it('has the same audience and municipality mappers as the web client', () => {
    expectAudienceMapper(testClient);
    expectMunicipalityMapper(testClient);
  });
});
