import { describe, expect, it } from '@jest/globals';

import { toCurrentUser } from './token-verifier';

describe('the caller from an access token', () => {
  it('reads a person: roles known to the product, a 4-digit municipality, no integration', () => {
    const user = toCurrentUser({
      sub: 'u1',
      preferred_username: 'direktor.flesberg',
      name: 'Dina Direktør',
      realm_access: { roles: ['municipal-director', 'offline_access'] },
      municipality: '3050',
      region: 'kongsbergregionen',
    });
    expect(user).toEqual({
      id: 'u1',
      username: 'direktor.flesberg',
      name: 'Dina Direktør',
      email: null,
      roles: ['municipal-director'],
      municipalityNumber: '3050',
    });
  });

  it('reads an integration client with the region of its hard-coded claim, or none when the claim is missing', () => {
    const base = { sub: 's1', azp: 'samarbeid-integration', realm_access: { roles: ['integration'] } };
    expect(toCurrentUser({ ...base, region: 'kongsbergregionen' })).toMatchObject({
      integration: true,
      integrationRegion: 'kongsbergregionen',
      roles: [],
    });
    expect(toCurrentUser(base)).toMatchObject({ integration: true, integrationRegion: null });
    expect(toCurrentUser({ ...base, region: 42 })).toMatchObject({ integrationRegion: null });
  });
});
