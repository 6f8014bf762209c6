import { describe, expect, it } from '@jest/globals';

import { userFromClaims } from './signed-in-user';

describe('userFromClaims', () => {
  it('reads name, realm roles (in the fixed role order) and municipality from the access token', () => {
    const user = userFromClaims({
      name: 'Kari Nordmann',
      preferred_username: 'kari',
      realm_access: { roles: ['viewer', 'offline_access', 'municipal-director'] },
      municipality: '3303',
    });
    expect(user).toEqual({
      name: 'Kari Nordmann',
      roles: ['municipal-director', 'viewer'],
      municipality: '3303',
    });
  });

  it('falls back to the ID token and to preferred_username', () => {
    const user = userFromClaims(
      { preferred_username: 'ola', realm_access: { roles: ['secretariat'] } },
      { municipality: '4005', realm_access: { roles: ['network-leader'] } },
    );
    expect(user).toEqual({ name: 'ola', roles: ['secretariat', 'network-leader'], municipality: '4005' });
  });

  it('reads the e-mail address in lower case', () => {
    const user = userFromClaims({ name: 'Tor Teknisk', email: ' Tor.Teknisk@Example.no ' });
    expect(user?.email).toBe('tor.teknisk@example.no');
    expect(userFromClaims({ name: 'Tor Teknisk', email: 42 })?.email).toBeUndefined();
  });

  it('ignores malformed claims', () => {
    const user = userFromClaims({ sub: 'abc', realm_access: { roles: 'secretariat' }, municipality: '33' });
    expect(user).toEqual({ name: 'abc', roles: [], municipality: undefined });
  });

  it('returns null without tokens', () => {
    expect(userFromClaims(undefined)).toBeNull();
  });
});
