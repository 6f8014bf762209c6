import { Injectable } from '@nestjs/common';
import { regionNotFound } from '@samarbeid/api/data-access';
import { decodeCursor, Page, PageArgs, toPage } from '@samarbeid/api/platform';

import { Municipality, Population, Region } from './dto/region.types';
import { RegionRepository } from './region.repository';

/** A page request for one region's current members. */
export interface MembersKey {
  readonly regionId: string;
  readonly first: number;
  readonly after: string | null;
}

/** Reading regions, their current members and the members' latest population. */
@Injectable()
export class RegionService {
  constructor(private readonly repository: RegionRepository) {}

  async regions({ first, after }: PageArgs): Promise<Page<Region>> {
    const { rows, totalCount } = await this.repository.page(decodeCursor(after), first + 1);
    return toPage(rows, first, totalCount, (region) => region.slug);
  }

  async regionBySlug(slug: string): Promise<Region> {
    const region = await this.repository.bySlug(slug);
    if (!region) throw regionNotFound(slug);
    return region;
  }

  /**
   * Current members of several regions, one page each: one statement per distinct page size and cursor (in a
   * response, usually one), plus a count for a region whose page after the cursor is empty.
   */
  async currentMembers(keys: readonly MembersKey[]): Promise<Page<Municipality>[]> {
    const pages = new Map<MembersKey, Page<Municipality>>();
    for (const group of samePage(keys)) {
      const { first, after } = group[0];
      const rows = await this.repository.currentMembersAfter(
        [...new Set(group.map((key) => key.regionId))],
        decodeCursor(after),
      );
      for (const key of group) {
        const own = rows.filter((row) => row.regionId === key.regionId);
        // Every row carries its region's total; an empty page after the cursor needs its own count.
        const totalCount =
          own.length > 0 ? own[0].total : await this.repository.currentMemberCount(key.regionId);
        const members = own.slice(0, first + 1).map((row) => ({ number: row.number, name: row.name }));
        pages.set(
          key,
          toPage(members, first, totalCount, (municipality) => municipality.number),
        );
      }
    }
    return keys.map((key) => pages.get(key) as Page<Municipality>);
  }

  /** Latest recorded population per municipality, in the order asked. */
  latestPopulations(numbers: readonly string[]): Promise<(Population | null)[]> {
    return this.repository.latestPopulations(numbers);
  }

  municipalitiesByNumbers(numbers: readonly string[]): Promise<(Municipality | null)[]> {
    return this.repository.municipalitiesByNumbers(numbers);
  }
}

/** The keys grouped by page size and cursor: one statement serves each group. */
export function samePage(keys: readonly MembersKey[]): MembersKey[][] {
  const groups = new Map<string, MembersKey[]>();
  for (const key of keys) {
    const group = `${key.first}|${key.after ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  return [...groups.values()];
}
