import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  INTEGRATION_CLIENT_ID,
  INTEGRATION_ROLE,
  isMunicipalityNumber,
  isRole,
  REALM,
  type Role,
  ROLES,
  TEST_CLIENT_ID,
  WEB_CLIENT_ID,
} from '@samarbeid/shared/domain';

/**
 * The realm as the development identity provider sees it, read from the Keycloak files in
 * docker/keycloak so that Keycloak and this provider share one source of truth.
 */
export interface Realm {
  readonly name: string;
  readonly roles: readonly Role[];
  /** Access token lifetime in seconds (the realm's `accessTokenLifespan`). */
  readonly accessTokenLifespan: number;
  readonly webClient: { readonly clientId: string; readonly name: string };
  readonly testClient: { readonly clientId: string; readonly name: string; readonly secret: string };
  /** Other systems' client: client-credentials grant; its service account holds only the integration role. */
  readonly integrationClient: {
    readonly clientId: string;
    readonly name: string;
    readonly secret: string;
    /** Claims the client's hard-coded claim mappers add to its access tokens (the region it may write to). */
    readonly hardcodedClaims: Readonly<Record<string, string>>;
  };
  readonly users: readonly RealmUser[];
}

export interface RealmUser {
  /** Keycloak's user id, which becomes the token's `sub`. */
  readonly id: string;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly municipality?: string;
}

export const REALM_FILE = 'realm.json';
export const USERS_FILE = join('dev', `${REALM}-users-0.json`);
export const TEST_CLIENT_FILE = join('dev', `${TEST_CLIENT_ID}-client.json`);
/** The integration client's development secret (in production Keycloak makes one). */
export const INTEGRATION_CLIENT_FILE = join('dev', `${INTEGRATION_CLIENT_ID}-client.json`);

type Json = Record<string, unknown>;

export class RealmFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'RealmFileError';
  }
}

/** Reads realm.json, the users file and the test client file below `realmDir` (docker/keycloak). */
export async function loadRealm(realmDir: string): Promise<Realm> {
  const [realmJson, usersJson, testClientJson, integrationJson] = await Promise.all(
    [REALM_FILE, USERS_FILE, TEST_CLIENT_FILE, INTEGRATION_CLIENT_FILE].map((file) =>
      readJson(realmDir, file),
    ),
  );
  const realm = parseRealmFile(realmJson);
  return {
    ...realm,
    testClient: parseTestClient(testClientJson),
    integrationClient: parseIntegrationClient(realmJson, integrationJson),
    users: parseUsers(usersJson, realm.roles),
  };
}

/** Finds the user with this username (case-insensitive, as Keycloak) and password. */
export function authenticate(realm: Realm, username: string, password: string): RealmUser | undefined {
  const user = findUserByUsername(realm, username);
  return user && user.password === password ? user : undefined;
}

export function findUserByUsername(realm: Realm, username: string): RealmUser | undefined {
  const wanted = username.trim().toLowerCase();
  return realm.users.find((user) => user.username.toLowerCase() === wanted);
}

export function findUserById(realm: Realm, id: string): RealmUser | undefined {
  return realm.users.find((user) => user.id === id);
}

async function readJson(dir: string, file: string): Promise<Json> {
  const text = await readFile(join(dir, file), 'utf8');
  const value: unknown = JSON.parse(text);
  if (!isJson(value)) throw new RealmFileError(file, 'expected a JSON object');
  return value;
}

function parseRealmFile(json: Json): Omit<Realm, 'users' | 'testClient' | 'integrationClient'> {
  const file = REALM_FILE;
  if (json['realm'] !== REALM) throw new RealmFileError(file, `"realm" must be "${REALM}"`);
  const realmRoles = objectAt(json, 'roles', file)['realm'];
  const names = Array.isArray(realmRoles)
    ? realmRoles.map((role) => (isJson(role) ? role['name'] : undefined))
    : [];
  const roles = names.filter(isRole);
  const missing = ROLES.filter((role) => !roles.includes(role));
  if (missing.length > 0) throw new RealmFileError(file, `realm roles missing: ${missing.join(', ')}`);

  const clients = Array.isArray(json['clients']) ? json['clients'].filter(isJson) : [];
  const web = clients.find((client) => client['clientId'] === WEB_CLIENT_ID);
  if (!web) throw new RealmFileError(file, `client "${WEB_CLIENT_ID}" is missing`);
  const webAttributes = isJson(web['attributes']) ? web['attributes'] : {};
  if (web['publicClient'] !== true || webAttributes['pkce.code.challenge.method'] !== 'S256') {
    throw new RealmFileError(file, `client "${WEB_CLIENT_ID}" must be public and require PKCE S256`);
  }

  const lifespan = json['accessTokenLifespan'];
  return {
    name: REALM,
    roles,
    accessTokenLifespan: typeof lifespan === 'number' && lifespan > 0 ? lifespan : 300,
    webClient: { clientId: WEB_CLIENT_ID, name: stringAt(web, 'name', file) },
  };
}

function parseTestClient(json: Json): Realm['testClient'] {
  const file = TEST_CLIENT_FILE;
  if (json['clientId'] !== TEST_CLIENT_ID)
    throw new RealmFileError(file, `"clientId" must be "${TEST_CLIENT_ID}"`);
  if (json['directAccessGrantsEnabled'] !== true) {
    throw new RealmFileError(file, '"directAccessGrantsEnabled" must be true');
  }
  return {
    clientId: TEST_CLIENT_ID,
    name: stringAt(json, 'name', file),
    secret: stringAt(json, 'secret', file),
  };
}

function parseIntegrationClient(realmJson: Json, secretJson: Json): Realm['integrationClient'] {
  const clients = Array.isArray(realmJson['clients']) ? realmJson['clients'].filter(isJson) : [];
  const client = clients.find((entry) => entry['clientId'] === INTEGRATION_CLIENT_ID);
  if (!client) throw new RealmFileError(REALM_FILE, `client "${INTEGRATION_CLIENT_ID}" is missing`);
  if (client['serviceAccountsEnabled'] !== true || client['publicClient'] !== false) {
    throw new RealmFileError(
      REALM_FILE,
      `client "${INTEGRATION_CLIENT_ID}" must be confidential with a service account`,
    );
  }
  const users = Array.isArray(realmJson['users']) ? realmJson['users'].filter(isJson) : [];
  const account = users.find((user) => user['serviceAccountClientId'] === INTEGRATION_CLIENT_ID);
  const roles = account && Array.isArray(account['realmRoles']) ? account['realmRoles'] : [];
  if (roles.length !== 1 || roles[0] !== INTEGRATION_ROLE) {
    throw new RealmFileError(
      REALM_FILE,
      `the service account of "${INTEGRATION_CLIENT_ID}" must hold exactly the "${INTEGRATION_ROLE}" role`,
    );
  }
  if (secretJson['clientId'] !== INTEGRATION_CLIENT_ID) {
    throw new RealmFileError(INTEGRATION_CLIENT_FILE, `"clientId" must be "${INTEGRATION_CLIENT_ID}"`);
  }
  return {
    clientId: INTEGRATION_CLIENT_ID,
    name: stringAt(client, 'name', REALM_FILE),
    secret: stringAt(secretJson, 'secret', INTEGRATION_CLIENT_FILE),
    hardcodedClaims: hardcodedAccessTokenClaims(client),
  };
}

/** What the client's `oidc-hardcoded-claim-mapper`s put in an access token, as Keycloak does. */
function hardcodedAccessTokenClaims(client: Json): Record<string, string> {
  const mappers = Array.isArray(client['protocolMappers']) ? client['protocolMappers'].filter(isJson) : [];
  const claims: Record<string, string> = {};
  for (const mapper of mappers) {
    if (mapper['protocolMapper'] !== 'oidc-hardcoded-claim-mapper') continue;
    const config = isJson(mapper['config']) ? mapper['config'] : {};
    if (config['access.token.claim'] !== 'true') continue;
    const name = config['claim.name'];
    const value = config['claim.value'];
    if (typeof name !== 'string' || typeof value !== 'string' || !name || !value) {
      throw new RealmFileError(
        REALM_FILE,
        `a hard-coded claim of "${INTEGRATION_CLIENT_ID}" needs a name and a value`,
      );
    }
    claims[name] = value;
  }
  return claims;
}

function parseUsers(json: Json, realmRoles: readonly Role[]): RealmUser[] {
  const file = USERS_FILE;
  if (json['realm'] !== REALM) throw new RealmFileError(file, `"realm" must be "${REALM}"`);
  const users = Array.isArray(json['users']) ? json['users'] : [];
  return users.map((entry: unknown, index) => {
    const where = `${file} (users[${index}])`;
    if (!isJson(entry)) throw new RealmFileError(where, 'expected an object');
    const roles = Array.isArray(entry['realmRoles']) ? entry['realmRoles'] : [];
    const unknownRoles = roles.filter((role) => !isRole(role) || !realmRoles.includes(role));
    if (unknownRoles.length > 0)
      throw new RealmFileError(where, `unknown realm roles: ${unknownRoles.join(', ')}`);
    const municipality = firstAttribute(entry, 'municipality');
    if (municipality !== undefined && !isMunicipalityNumber(municipality)) {
      throw new RealmFileError(where, `municipality "${municipality}" is not a 4-digit municipality number`);
    }
    return {
      id: stringAt(entry, 'id', where),
      username: stringAt(entry, 'username', where),
      firstName: stringAt(entry, 'firstName', where),
      lastName: stringAt(entry, 'lastName', where),
      email: stringAt(entry, 'email', where),
      emailVerified: entry['emailVerified'] === true,
      password: passwordOf(entry, where),
      roles: roles.filter(isRole),
      ...(municipality === undefined ? {} : { municipality }),
    };
  });
}

function passwordOf(user: Json, where: string): string {
  const credentials = Array.isArray(user['credentials']) ? user['credentials'].filter(isJson) : [];
  const password = credentials.find((credential) => credential['type'] === 'password');
  if (!password) throw new RealmFileError(where, 'no password credential');
  return stringAt(password, 'value', where);
}

function firstAttribute(user: Json, name: string): string | undefined {
  const attributes = isJson(user['attributes']) ? user['attributes'] : {};
  const values = attributes[name];
  const value: unknown = Array.isArray(values) ? values[0] : values;
  return typeof value === 'string' ? value : undefined;
}

function objectAt(json: Json, key: string, where: string): Json {
  const value = json[key];
  if (!isJson(value)) throw new RealmFileError(where, `"${key}" must be an object`);
  return value;
}

function stringAt(json: Json, key: string, where: string): string {
  const value = json[key];
  if (typeof value !== 'string' || value === '')
    throw new RealmFileError(where, `"${key}" must be a non-empty string`);
  return value;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
