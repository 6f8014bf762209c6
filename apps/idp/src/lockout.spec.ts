import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from '@jest/globals';

import { LoginLockout, waitInNorwegian } from './lockout';
import { loadRealm, type Realm } from './realm';

const realmDir = fileURLToPath(new URL('../../../docker/keycloak', import.meta.url));
const PASSWORD = 'samarbeid';

describe('LoginLockout', () => {
  let realm: Realm;
  let now: number;
  const clock = (): number => now;

  beforeAll(async () => {
    realm = await loadRealm(realmDir);
  });

  it('locks a username after 5 wrong passwords for 5 minutes, whatever comes next', () => {
    now = 0;
    const lockout = new LoginLockout({ maxFailures: 5, lockSeconds: 300 }, clock);
    for (let i = 0; i < 4; i++) expect(lockout.logIn(realm, 'politiker', 'feil').kind).toBe('invalid');
    expect(lockout.logIn(realm, 'politiker', 'feil')).toEqual({ kind: 'locked', retryAfterSeconds: 300 });
    now = 60_000;
    expect(lockout.logIn(realm, 'Politiker ', PASSWORD)).toEqual({ kind: 'locked', retryAfterSeconds: 240 });
    expect(lockout.logIn(realm, 'sekretariat', PASSWORD).kind).toBe('ok');
    now = 300_001;
    expect(lockout.logIn(realm, 'politiker', PASSWORD).kind).toBe('ok');
  });

  it('counts only failures, forgets them on success and after the window', () => {
    now = 0;
    const lockout = new LoginLockout({ maxFailures: 3, lockSeconds: 60 }, clock);
    for (let round = 0; round < 10; round++) {
      expect(lockout.logIn(realm, 'sekretariat', 'feil').kind).toBe('invalid');
      expect(lockout.logIn(realm, 'sekretariat', 'feil').kind).toBe('invalid');
      expect(lockout.logIn(realm, 'sekretariat', PASSWORD).kind).toBe('ok');
    }
    expect(lockout.logIn(realm, 'sekretariat', 'feil').kind).toBe('invalid');
    expect(lockout.logIn(realm, 'sekretariat', 'feil').kind).toBe('invalid');
    now = 61_000;
    expect(lockout.logIn(realm, 'sekretariat', 'feil').kind).toBe('invalid');
  });

  it('treats an unknown username like a known one', () => {
    now = 0;
    const lockout = new LoginLockout({ maxFailures: 2, lockSeconds: 60 }, clock);
    expect(lockout.logIn(realm, 'ukjent', PASSWORD).kind).toBe('invalid');
    expect(lockout.logIn(realm, 'ukjent', PASSWORD).kind).toBe('locked');
  });

  it('is off with 0 failures', () => {
    const lockout = new LoginLockout({ maxFailures: 0, lockSeconds: 60 }, clock);
    for (let i = 0; i < 20; i++) expect(lockout.logIn(realm, 'politiker', 'feil').kind).toBe('invalid');
    expect(lockout.logIn(realm, 'politiker', PASSWORD).kind).toBe('ok');
  });

  it.each([
    [300, '5 minutter'],
    [61, '2 minutter'],
    [60, '1 minutt'],
    [45, '45 sekunder'],
    [1, '1 sekund'],
  ])('says %p seconds as "%s"', (seconds, text) => {
    expect(waitInNorwegian(seconds)).toBe(text);
  });
});
