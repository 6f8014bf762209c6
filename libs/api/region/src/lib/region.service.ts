import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, Page, PageArgs, toPage } from '@samarbeid/api/platform';
import { DataSource } from 'typeorm';

import { Municipality, Population, Region } from './dto/region.types';
import { currentMembership, RegionEntity, regionNotFound } from '@samarbeid/api/data-access';

/** A page request for one region's current members. */
export interface MembersKey {
  readonly regionId: string;
  readonly first: number;
  readonly after: string | null;
}

interface MemberRow {
  region_id: string;
  number: string;
  name: string;
  total: string;
}

@Injectable()
export class RegionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async regions({ first, after }: PageArgs): Promise<Page<Region>> {
    const afterSlug = decodeCursor(after);
    const repository = this.dataSource.getRepository(RegionEntity);
    const query = repository
      .createQueryBuilder('r')
      .orderBy('r.slug', 'ASC')
      .take(first + 1);
    if (afterSlug !== null) {
      query.where('r.slug > :afterSlug', { afterSlug });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), repository.count()]);
    return toPage(rows.map(toRegion), first, totalCount, (region) => region.slug);
  }

  async regionBySlug(slug: string): Promise<Region> {
    const entity = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    if (!entity) {
      throw regionNotFound(slug);
    }
    return toRegion(entity);
  }

  /**
   * Current members of several regions, one page each, in one query: rows are numbered per region after the
   * cursor, and only the first `first + 1` of each region come back.
   */
  async currentMembers(keys: readonly MembersKey[]): Promise<Page<Municipality>[]> {
    const groups = new Map<string, MembersKey[]>();
    for (const key of keys) {
      const group = `${key.first}|${key.after ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const pages = new Map<MembersKey, Page<Municipality>>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const afterNumber = decodeCursor(after);
      const regionIds = [...new Set(group.map((key) => key.regionId))];
      const rows: MemberRow[] = await this.dataSource.query(
        `SELECT region_id, number, name, total FROM (
           SELECT m.region_id, mu.number, mu.name,
                  count(*) OVER (PARTITION BY m.region_id) AS total,
                  mu.number > coalesce($2::char(4), '') AS after_cursor
             FROM region_membership m
             JOIN municipality mu ON mu.number = m.municipality_number
            WHERE m.region_id = ANY($1::uuid[])
              AND ${currentMembership('m')}
         ) members
         WHERE after_cursor
         ORDER BY region_id, number`,
        [regionIds, afterNumber],
      );
      for (const key of group) {
        const own = rows.filter((row) => row.region_id === key.regionId);
        const totalCount = await this.totalOf(own, key.regionId);
        pages.set(
          key,
          toPage(
            own.slice(0, first + 1).map((row) => ({ number: row.number, name: row.name })),
            first,
            totalCount,
            (municipality) => municipality.number,
          ),
        );
      }
    }
    return keys.map((key) => pages.get(key) as Page<Municipality>);
  }

  /** Latest recorded population per municipality, in the order asked. */
  async latestPopulations(numbers: readonly string[]): Promise<(Population | null)[]> {
    const rows: { municipality_number: string; year: number; count: number; source: string }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (municipality_number) municipality_number, year, count, source
           FROM municipality_population
          WHERE municipality_number = ANY($1::char(4)[])
          ORDER BY municipality_number, year DESC`,
        [numbers],
      );
    const byNumber = new Map(rows.map((row) => [row.municipality_number, row]));
    return numbers.map((number) => {
      const row = byNumber.get(number);
      return row ? { year: row.year, count: row.count, source: row.source } : null;
    });
  }

  async municipalitiesByNumbers(numbers: readonly string[]): Promise<(Municipality | null)[]> {
    const rows: Municipality[] = await this.dataSource.query(
      'SELECT number, name FROM municipality WHERE number = ANY($1::char(4)[])',
      [numbers],
    );
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  }

  /** The window count is on every row; a region whose page after the cursor is empty needs its own count. */
  private async totalOf(rows: MemberRow[], regionId: string): Promise<number> {
    if (rows.length > 0) return Number(rows[0].total);
    const [{ total }]: { total: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total FROM region_membership WHERE region_id = $1 AND ${currentMembership()}`,
      [regionId],
    );
    return Number(total);
  }
}

function toRegion(entity: RegionEntity): Region {
  return { id: entity.id, slug: entity.slug, name: entity.name };
}
