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
