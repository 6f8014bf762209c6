/** Fixtures for the API libraries' unit tests (`@samarbeid/api/platform/testing`); production code never imports it. */
import { Role } from '@samarbeid/shared/domain';

import type { AuthenticatedUser } from './lib/auth/current-user';

/** A signed-in user with `roles` and no municipality, as a verified token would describe them. */
export function aUser(roles: Role[], overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  return {
    id: 'user',
    username: 'user',
    name: 'Test Testesen',
    email: null,
    roles,
    municipalityNumber: null,
    ...overrides,
  };
}

/** The secretariat (Siri), and a network leader (Tor, who leads the technical network in the fakes' data). */
export const SECRETARIAT = aUser([Role.Secretariat], { id: 'siri', name: 'Siri Sekretær' });
export const LEADER = aUser([Role.NetworkLeader], { id: 'tor' });

/** A refusal as a test inspects it: the code, the Norwegian sentence and the GraphQL extensions. */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly extensions: Record<string, unknown>;
}

/** The error a promise is rejected with (failing the test when it resolves). */
export async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected a refusal');
}
