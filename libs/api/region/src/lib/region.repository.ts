import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembership, RegionEntity } from '@samarbeid/api/data-access';
import { DataSource } from 'typeorm';

import { Municipality, Population, Region } from './dto/region.types';

/** A current member municipality of a region, with how many current members the region has in all. */
export interface MemberRow {
  readonly regionId: string;
  readonly number: string;
  readonly name: string;
  readonly total: number;
}

/**
 * Regions, their dated memberships, municipalities and population figures as the region feature reads them:
 * every statement the feature sends outside the SSB import.
 */
@Injectable()
export class RegionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Regions by short name after `afterSlug`, at most `limit`, and how many regions there are in all. */
  async page(afterSlug: string | null, limit: number): Promise<{ rows: Region[]; totalCount: number }> {
    const repository = this.dataSource.getRepository(RegionEntity);
    const query = repository.createQueryBuilder('r').orderBy('r.slug', 'ASC').take(limit);
    if (afterSlug !== null) query.where('r.slug > :afterSlug', { afterSlug });
    const [rows, totalCount] = await Promise.all([query.getMany(), repository.count()]);
    return { rows: rows.map(toRegion), totalCount };
  }

  async bySlug(slug: string): Promise<Region | null> {
    const entity = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    return entity ? toRegion(entity) : null;
  }

  /**
   * The current members of several regions with a number after `afterNumber`, in one statement: each row carries
   * its region's total count of current members (a window count over all of them, not only those after).
   */
  async currentMembersAfter(regionIds: readonly string[], afterNumber: string | null): Promise<MemberRow[]> {
    const rows: { region_id: string; number: string; name: string; total: string }[] =
      await this.dataSource.query(
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
        [[...regionIds], afterNumber],
      );
    return rows.map((row) => ({
      regionId: row.region_id,
      number: row.number,
      name: row.name,
      total: Number(row.total),
    }));
  }

  /** How many current members the region has. */
  async currentMemberCount(regionId: string): Promise<number> {
    const [{ total }]: { total: string }[] = await this.dataSource.query(
      `SELECT count(*) AS total FROM region_membership WHERE region_id = $1 AND ${currentMembership()}`,
      [regionId],
    );
    return Number(total);
  }

  /** Latest recorded population per municipality, in the order asked. */
  async latestPopulations(numbers: readonly string[]): Promise<(Population | null)[]> {
    const rows: { municipality_number: string; year: number; count: number; source: string }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (municipality_number) municipality_number, year, count, source
           FROM municipality_population
          WHERE municipality_number = ANY($1::char(4)[])
          ORDER BY municipality_number, year DESC`,
        [[...numbers]],
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
      [[...numbers]],
    );
    const byNumber = new Map(rows.map((row) => [row.number, row]));
    return numbers.map((number) => byNumber.get(number) ?? null);
  }
}

function toRegion(entity: RegionEntity): Region {
  return { id: entity.id, slug: entity.slug, name: entity.name };
}
