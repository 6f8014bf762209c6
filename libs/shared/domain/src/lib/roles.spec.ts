import { describe, expect, it } from '@jest/globals';

import { isMunicipalityNumber } from './municipality';
import { holdsNetworkRole, isRole, Role, ROLE_LABELS, ROLES } from './roles';

describe('roles', () => {
  it('lists the five application roles in a fixed order', () => {
    expect(ROLES).toEqual([
      'secretariat',
      'network-leader',
      'network-member',
      'municipal-director',
      'viewer',
    ]);
  });

  it('recognises only known role names', () => {
    expect(isRole('secretariat')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('has a Norwegian and an English label for every role', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].nb.length).toBeGreaterThan(0);
      expect(ROLE_LABELS[role].en.length).toBeGreaterThan(0);
    }
  });
});

describe('isMunicipalityNumber', () => {
  it.each([
    ['3303', true],
    ['0301', true],
    ['330', false],
    ['33033', false],
    ['33a3', false],
    [3303, false],
  ])('%p → %p', (value, expected) => {
    expect(isMunicipalityNumber(value)).toBe(expected);
  });
});

describe('holdsNetworkRole', () => {
  it('lets network leaders and members be named leaders in the app, nobody else', () => {
    expect(holdsNetworkRole([Role.NetworkLeader])).toBe(true);
    expect(holdsNetworkRole([Role.NetworkMember])).toBe(true);
    expect(holdsNetworkRole([Role.MunicipalDirector, Role.NetworkMember])).toBe(true);
    expect(holdsNetworkRole([Role.Secretariat])).toBe(false);
    expect(holdsNetworkRole([Role.MunicipalDirector, Role.Viewer])).toBe(false);
    expect(holdsNetworkRole([])).toBe(false);
  });
});
