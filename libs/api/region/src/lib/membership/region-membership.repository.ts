import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { RegionMembership } from './region-membership.types';

const COLUMNS = `rm.id, rm.region_id AS "regionId", rm.municipality_number AS "municipalityNumber",
  m.name AS "municipalityName", to_char(rm.valid_from, 'YYYY-MM-DD') AS "validFrom",
  to_char(rm.valid_to, 'YYYY-MM-DD') AS "validTo"`;

/** A region's dated memberships: every statement on region_membership the membership tools send. */
@Injectable()
export class RegionMembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each region's memberships, current and past, by municipality name and then newest first. */
  async ofRegions(regionIds: readonly string[]): Promise<RegionMembership[][]> {
    const rows: RegionMembership[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = ANY($1::uuid[]) ORDER BY m.name, rm.valid_from DESC`,
      [[...regionIds]],
    );
    return regionIds.map((id) => rows.filter((row) => row.regionId === id));
  }

  async today(tx: EntityManager): Promise<string> {
    const [row]: { today: string }[] = await tx.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    return row.today;
  }

  async municipalityExists(tx: EntityManager, number: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM municipality WHERE number = $1', [number]);
    return rows.length > 0;
  }

  /** The municipality's memberships of the region, locked against a second join at the same time. */
  async lockMembershipsOf(tx: EntityManager, regionId: string, number: string): Promise<RegionMembership[]> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`region_membership:${regionId}:${number}`]);
    return tx.query(
      `SELECT ${COLUMNS} FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND rm.municipality_number = $2`,
      [regionId, number],
    );
  }

  async insert(
    tx: EntityManager,
    regionId: string,
    number: string,
    validFrom: string,
  ): Promise<RegionMembership> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO region_membership (region_id, municipality_number, valid_from) VALUES ($1, $2, $3) RETURNING id`,
      [regionId, number, validFrom],
    );
    return (await this.byId(tx, id, false)) as RegionMembership;
  }

  async byId(tx: EntityManager, id: string, lock: boolean): Promise<RegionMembership | null> {
    const rows: RegionMembership[] = await tx.query(
      `SELECT ${COLUMNS} FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.id = $1 ${lock ? 'FOR UPDATE OF rm' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async end(tx: EntityManager, id: string, validTo: string): Promise<void> {
    await tx.query('UPDATE region_membership SET valid_to = $2 WHERE id = $1', [id, validTo]);
  }
}
