import 'reflect-metadata';

import { describe, expect, it } from '@jest/globals';
import { encodeCursor } from '@samarbeid/api/platform';

import type { MemberRow, RegionRepository } from './region.repository';
import { RegionService, samePage } from './region.service';

/** Two regions in memory; counts the statements the service would send. */
function fakeRepository() {
  const members: MemberRow[] = [
    { regionId: 'kb', number: '3303', name: 'Kongsberg', total: 3 },
    { regionId: 'kb', number: '3334', name: 'Flesberg', total: 3 },
    { regionId: 'kb', number: '3336', name: 'Rollag', total: 3 },
    { regionId: 'hd', number: '3320', name: 'Flå', total: 1 },
  ];
  const calls: string[] = [];
  const repository = {
    async currentMembersAfter(regionIds: readonly string[], afterNumber: string | null) {
      calls.push(`members ${regionIds.join(',')} after ${afterNumber}`);
      return members.filter((m) => regionIds.includes(m.regionId) && m.number > (afterNumber ?? ''));
    },
    async currentMemberCount(regionId: string) {
      calls.push(`count ${regionId}`);
      return members.filter((m) => m.regionId === regionId).length;
    },
    async bySlug() {
      return null;
    },
  };
  return { calls, service: new RegionService(repository as unknown as RegionRepository) };
}

describe('RegionService', () => {
  it("pages several regions' members with one statement, and counts only a region with nothing left", async () => {
    const { calls, service } = fakeRepository();
    const [kongsberg, hallingdal] = await service.currentMembers([
      { regionId: 'kb', first: 1, after: null },
      { regionId: 'hd', first: 1, after: null },
    ]);
    expect(kongsberg.nodes).toEqual([{ number: '3303', name: 'Kongsberg' }]);
    expect(kongsberg.totalCount).toBe(3);
    expect(kongsberg.pageInfo.hasNextPage).toBe(true);
    expect(hallingdal.totalCount).toBe(1);
    expect(calls).toEqual(['members kb,hd after null']);
  });

  it('counts a region whose page after the cursor is empty on its own', async () => {
    const { calls, service } = fakeRepository();
    const [page] = await service.currentMembers([{ regionId: 'kb', first: 2, after: encodeCursor('3336') }]);
    expect(page.nodes).toEqual([]);
    expect(page.totalCount).toBe(3);
    expect(calls).toEqual(['members kb after 3336', 'count kb']);
  });

  it('groups page requests by size and cursor', () => {
    const keys = [
      { regionId: 'a', first: 10, after: null },
      { regionId: 'b', first: 10, after: null },
      { regionId: 'c', first: 5, after: null },
    ];
    expect(samePage(keys)).toEqual([[keys[0], keys[1]], [keys[2]]]);
  });

  it('answers NOT_FOUND naming an unknown short name', async () => {
    const { service } = fakeRepository();
    await expect(service.regionBySlug('finnes-ikke')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Fant ingen region med kortnavnet «finnes-ikke».',
    });
  });
});
