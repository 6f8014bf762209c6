import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembership, currentNetworkMember, regionNotFound } from '@samarbeid/api/data-access';
import { DataSource } from 'typeorm';

import { measureNotFound } from './economics.errors';
import type { Tx } from './economics-transactions';
import type { MeasureContext } from './measure-context';

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

interface MeasureRow {
  id: string;
  code: string;
  title: string;
  region_id: string;
  network_id: string;
  first_year: number | null;
  last_year: number | null;
}

interface MemberRow {
  measure_id: string;
  number: string;
  name: string;
  participating: boolean;
}

/**
 * What the economics read from tables other features own (measures, participation, regions and their members,
 * network members, strategy goals): read only, typed rows out. Nothing here writes.
 */
@Injectable()
export class PortfolioReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A measure with its period and participants. With `lock`, the measure row is locked FOR UPDATE first, so that
   * economics changes to one measure happen one at a time (the row is the aggregate's lock).
   */
  async measure(measureId: string, tx?: Tx, options: { lock?: boolean } = {}): Promise<MeasureContext> {
    const [measure] = await this.measures([measureId], tx, options);
    if (!measure) throw measureNotFound();
    return measure;
  }

  /** Several measures in two queries, in the order of `ids` (unknown ids left out). */
  async measures(
    ids: readonly string[],
    tx: Tx = this.dataSource.manager,
    options: { lock?: boolean } = {},
  ): Promise<MeasureContext[]> {
    if (ids.length === 0) return [];
    const rows: MeasureRow[] = await tx.query(
      `SELECT id, code, title, region_id, network_id,
              extract(year FROM start_date)::int AS first_year, extract(year FROM end_date)::int AS last_year
         FROM measure WHERE id = ANY($1::uuid[]) ${options.lock ? 'FOR UPDATE' : ''}`,
      [ids],
    );
    const members: MemberRow[] = await tx.query(
      `SELECT me.id AS measure_id, m.number, m.name, (p.state = 'PARTICIPATING') IS TRUE AS participating
         FROM measure me
         JOIN region_membership rm ON rm.region_id = me.region_id AND ${currentMembership('rm')}
         JOIN municipality m ON m.number = rm.municipality_number
         LEFT JOIN participation p ON p.measure_id = me.id AND p.municipality_number = rm.municipality_number
        WHERE me.id = ANY($1::uuid[])
        ORDER BY m.number`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const membersOf = new Map<string, MemberRow[]>();
    for (const member of members) {
      const list = membersOf.get(member.measure_id);
      if (list) list.push(member);
      else membersOf.set(member.measure_id, [member]);
    }
    return ids.flatMap((id) => {
      const measure = byId.get(id);
      return measure ? [measureContext(measure, membersOf.get(id) ?? [])] : [];
    });
  }

  async region(slug: string, tx: Tx = this.dataSource.manager): Promise<RegionRow> {
    const rows: RegionRow[] = await tx.query('SELECT id, slug, name FROM region WHERE slug = $1', [slug]);
    if (!rows[0]) throw regionNotFound(slug);
    return rows[0];
  }

  /** The name of a current member municipality of the region, or null. */
  async memberName(regionId: string, municipalityNumber: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND rm.municipality_number = $2 AND ${currentMembership('rm')}`,
      [regionId, municipalityNumber],
    );
    return rows[0]?.name ?? null;
  }

  async isMember(
    regionId: string,
    municipalityNumber: string,
    tx: Tx = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM region_membership WHERE region_id = $1 AND municipality_number = $2 AND ${currentMembership()}`,
      [regionId, municipalityNumber],
    );
    return rows.length > 0;
  }

  /**
   * The region's measures the municipality takes part in, by code, each with its participating current members
   * (by number): one statement, the rows the municipality's economics need and no more.
   */
  async participatingMeasures(
    regionId: string,
    municipalityNumber: string,
  ): Promise<
    { id: string; code: string; title: string; participants: { number: string; name: string }[] }[]
  > {
    const rows: { id: string; code: string; title: string; numbers: string[]; names: string[] }[] =
      await this.dataSource.query(
        `SELECT me.id, me.code, me.title,
                array_agg(m.number ORDER BY m.number) AS numbers, array_agg(m.name ORDER BY m.number) AS names
           FROM measure me
           JOIN participation own ON own.measure_id = me.id AND own.municipality_number = $2
                AND own.state = 'PARTICIPATING'
           JOIN participation p ON p.measure_id = me.id AND p.state = 'PARTICIPATING'
           JOIN region_membership rm ON rm.region_id = me.region_id AND rm.municipality_number = p.municipality_number
                AND ${currentMembership('rm')}
           JOIN municipality m ON m.number = p.municipality_number
          WHERE me.region_id = $1
          GROUP BY me.id ORDER BY me.code`,
        [regionId, municipalityNumber],
      );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      title: row.title,
      participants: row.numbers.map((number, index) => ({ number, name: row.names[index] })),
    }));
  }

  /** The region's measures the municipality takes part in, by code. */
  async participatingMeasureIds(regionId: string, municipalityNumber: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM measure m JOIN participation p ON p.measure_id = m.id
        WHERE m.region_id = $1 AND p.municipality_number = $2 AND p.state = 'PARTICIPATING' ORDER BY m.code`,
      [regionId, municipalityNumber],
    );
    return rows.map((row) => row.id);
  }

  /** The municipalities a user represents in a network (as member or leader). */
  async representedMunicipalities(
    networkId: string,
    userId: string,
    tx: Tx = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: { municipality_number: string }[] = await tx.query(
      `SELECT DISTINCT municipality_number FROM network_member
        WHERE network_id = $1 AND user_id = $2 AND municipality_number IS NOT NULL AND ${currentNetworkMember()}`,
      [networkId, userId],
    );
    return rows.map((row) => row.municipality_number);
  }

  /** Whether the strategy goal belongs to one of the region's strategies. */
  async goalInRegion(goalId: string, regionId: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    const goals: unknown[] = await tx.query(
      `SELECT 1 FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
         JOIN network n ON n.id = s.network_id WHERE g.id = $1 AND n.region_id = $2`,
      [goalId, regionId],
    );
    return goals.length > 0;
  }

  async regionNameOfMeasure(measureId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT r.name FROM region r JOIN measure m ON m.region_id = r.id WHERE m.id = $1',
      [measureId],
    );
    return rows[0]?.name ?? null;
  }
}

function measureContext(measure: MeasureRow, members: readonly MemberRow[]): MeasureContext {
  return {
    id: measure.id,
    code: measure.code,
    title: measure.title,
    regionId: measure.region_id,
    networkId: measure.network_id,
    firstYear: measure.first_year,
    lastYear: measure.last_year,
    participants: members
      .filter((member) => member.participating)
      .map(({ number, name }) => ({ number, name })),
    members: new Map(members.map((member) => [member.number, member.name])),
  };
}
