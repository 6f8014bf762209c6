import { describe, expect, it } from '@jest/globals';

import { mayEditSettings, recordableAreas, REGION_AREA } from './record-access';

const members = ['3303', '4005', '4026'];

describe('who may record indicator values', () => {
  it('lets the secretariat record everywhere, without being in the network', () => {
    expect(recordableAreas({ roles: ['secretariat'], memberships: [], members })).toEqual([
      REGION_AREA,
      ...members,
    ]);
  });

  it("lets the network's leader record everywhere, but not a leader of another network", () => {
    const leader = { roles: ['network-leader'], members };
    expect(
      recordableAreas({ ...leader, memberships: [{ role: 'LEADER', municipalityNumber: '4005' }] }),
    ).toEqual([REGION_AREA, ...members]);
    expect(recordableAreas({ ...leader, memberships: [] })).toEqual([]);
  });

  it('lets a member record for the municipality they represent in the network only', () => {
    expect(
      recordableAreas({
        roles: ['network-member'],
        memberships: [{ role: 'MEMBER', municipalityNumber: '4026' }],
        members,
      }),
    ).toEqual(['4026']);
    expect(
      recordableAreas({
        roles: ['municipal-director'],
        memberships: [{ role: 'MEMBER', municipalityNumber: '3303' }],
        members,
      }),
    ).toEqual(['3303']);
  });

  it('refuses a member outside the network, a municipality outside the region and a viewer', () => {
    expect(recordableAreas({ roles: ['network-member'], memberships: [], members })).toEqual([]);
    expect(
      recordableAreas({
        roles: ['network-member'],
        memberships: [{ role: 'MEMBER', municipalityNumber: '3320' }],
        members,
      }),
    ).toEqual([]);
    expect(
      recordableAreas({
        roles: ['viewer'],
        memberships: [{ role: 'MEMBER', municipalityNumber: '3303' }],
        members,
      }),
    ).toEqual([]);
  });

  it('lets only the secretariat and the network leader change settings', () => {
    expect(mayEditSettings({ roles: ['secretariat'], memberships: [], members })).toBe(true);
    expect(
      mayEditSettings({
        roles: ['network-leader'],
        memberships: [{ role: 'LEADER', municipalityNumber: '4005' }],
        members,
      }),
    ).toBe(true);
    expect(
      mayEditSettings({
        roles: ['network-member'],
        memberships: [{ role: 'MEMBER', municipalityNumber: '4026' }],
        members,
      }),
    ).toBe(false);
  });
});

describe('who may record and manage the indicators of a KPI set', () => {
  const region = { kind: 'KPI_SET', municipalityNumber: null } as const;
  const kongsberg = { kind: 'KPI_SET', municipalityNumber: '3303' } as const;

  it("lets the secretariat record everywhere in the region's set, a director for their own municipality", () => {
    expect(recordableAreas({ roles: ['secretariat'], memberships: [], members, owner: region })).toEqual([
      REGION_AREA,
      ...members,
    ]);
    const director = { roles: ['municipal-director'], memberships: [], members, owner: region };
    expect(recordableAreas({ ...director, municipalityNumber: '4005' })).toEqual(['4005']);
    expect(recordableAreas({ ...director, municipalityNumber: '3320' })).toEqual([]);
    expect(recordableAreas({ roles: ['network-leader'], memberships: [], members, owner: region })).toEqual(
      [],
    );
  });

  it("keeps a municipality's set to that municipality: its director and the secretariat", () => {
    const base = { memberships: [], members, owner: kongsberg };
    expect(recordableAreas({ ...base, roles: ['municipal-director'], municipalityNumber: '3303' })).toEqual([
      '3303',
    ]);
    expect(recordableAreas({ ...base, roles: ['municipal-director'], municipalityNumber: '4005' })).toEqual(
      [],
    );
    expect(recordableAreas({ ...base, roles: ['secretariat'] })).toEqual(['3303']);
  });

  it("lets the secretariat manage the region's set and only the municipality's director its own", () => {
    expect(mayEditSettings({ roles: ['secretariat'], memberships: [], members, owner: region })).toBe(true);
    expect(
      mayEditSettings({
        roles: ['municipal-director'],
        municipalityNumber: '3303',
        memberships: [],
        members,
        owner: region,
      }),
    ).toBe(false);
    const own = { roles: ['municipal-director'], memberships: [], members, owner: kongsberg };
    expect(mayEditSettings({ ...own, municipalityNumber: '3303' })).toBe(true);
    expect(mayEditSettings({ ...own, municipalityNumber: '4005' })).toBe(false);
    expect(mayEditSettings({ roles: ['secretariat'], memberships: [], members, owner: kongsberg })).toBe(
      false,
    );
  });
});
