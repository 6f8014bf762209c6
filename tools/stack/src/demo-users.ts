import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ROLE_LABELS, isRole } from '@samarbeid/shared/domain';

export interface DemoUser {
  readonly username: string;
  readonly name: string;
  readonly roles: string[];
  readonly municipality: string | null;
}

interface KeycloakUser {
  username: string;
  firstName?: string;
  lastName?: string;
  realmRoles?: string[];
  attributes?: Record<string, string[]>;
}

/** The demo users, read from the same Keycloak users file the development identity provider serves. */
export async function readDemoUsers(root: string): Promise<DemoUser[]> {
  const file = join(root, 'docker/keycloak/dev/samarbeid-users-0.json');
  const { users } = JSON.parse(await readFile(file, 'utf8')) as { users: KeycloakUser[] };
  return users.map((user) => ({
    username: user.username,
    name: [user.firstName, user.lastName].filter(Boolean).join(' '),
    roles: (user.realmRoles ?? []).map((role) => (isRole(role) ? ROLE_LABELS[role].nb : role)),
    municipality: user.attributes?.['municipality']?.[0] ?? null,
  }));
}
