import { CrisisTeamMemberEntity } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

import type { TeamRef } from '../domain/preparedness-access';
import { teamKey } from '../domain/preparedness-access';

/** A roster entry as read, with the name of the municipality the person works in. */
export interface MemberRow {
  readonly id: string;
  readonly regionId: string;
  readonly teamMunicipalityNumber: string | null;
  readonly role: string;
  readonly personName: string;
  readonly userId: string | null;
  readonly homeMunicipalityNumber: string;
  readonly homeMunicipalityName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly deputyOfId: string | null;
  readonly version: number;
}

export interface MemberFields {
  readonly role: string;
  readonly personName: string;
  readonly homeMunicipalityNumber: string;
  readonly userId: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

interface MemberSqlRow {
  id: string;
  region_id: string;
  team_municipality_number: string | null;
  role: string;
  person_name: string;
  user_id: string | null;
  home_municipality_number: string;
  home_municipality_name: string;
  phone: string | null;
  email: string | null;
  deputy_of_id: string | null;
  version: number;
}

const SELECT_MEMBER = `SELECT c.id, c.region_id, c.team_municipality_number, c.role, c.person_name, c.user_id,
       c.home_municipality_number, hm.name AS home_municipality_name, c.phone, c.email, c.deputy_of_id, c.version
  FROM crisis_team_member c JOIN municipality hm ON hm.number = c.home_municipality_number`;

const ORDER = 'ORDER BY c.team_municipality_number NULLS FIRST, c.role, c.person_name, c.id';

function memberRow(row: MemberSqlRow): MemberRow {
  return {
    id: row.id,
    regionId: row.region_id,
    teamMunicipalityNumber: row.team_municipality_number,
    role: row.role,
    personName: row.person_name,
    userId: row.user_id,
    homeMunicipalityNumber: row.home_municipality_number,
    homeMunicipalityName: row.home_municipality_name,
    phone: row.phone,
    email: row.email,
    deputyOfId: row.deputy_of_id,
    version: row.version,
  };
}

/** Every statement on crisis_team_member. Bound to one EntityManager. */
export class RosterRepository {
  constructor(readonly manager: EntityManager) {}

  /** Every entry of the region's teams (one statement), team by team. */
  async ofRegion(regionId: string): Promise<MemberRow[]> {
    const rows: MemberSqlRow[] = await this.manager.query(
      `${SELECT_MEMBER} WHERE c.region_id = $1 ${ORDER}`,
      [regionId],
    );
    return rows.map(memberRow);
  }

  /** An entry and the other entries of its team it is linked with (its deputies, or whom it stands in for). */
  async withRelatives(id: string): Promise<MemberRow[]> {
    const rows: MemberSqlRow[] = await this.manager.query(
      `${SELECT_MEMBER} WHERE c.id = $1 OR c.deputy_of_id = $1
          OR c.id = (SELECT deputy_of_id FROM crisis_team_member WHERE id = $1) ${ORDER}`,
      [id],
    );
    return rows.map(memberRow);
  }

  /** The teams (as {@link teamKey}s) the user is on. */
  async teamsOf(userId: string): Promise<Set<string>> {
    const rows: { region_id: string; team_municipality_number: string | null }[] = await this.manager.query(
      'SELECT DISTINCT region_id, team_municipality_number FROM crisis_team_member WHERE user_id = $1',
      [userId],
    );
    return new Set(
      rows.map((row) =>
        teamKey({ regionId: row.region_id, teamMunicipalityNumber: row.team_municipality_number }),
      ),
    );
  }

  /** Locks the entry for the rest of the transaction. */
  lock(id: string): Promise<CrisisTeamMemberEntity | null> {
    return this.manager
      .createQueryBuilder(CrisisTeamMemberEntity, 'row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
  }

  async countInTeam(team: TeamRef): Promise<number> {
    const [{ n }]: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM crisis_team_member
        WHERE region_id = $1 AND team_municipality_number IS NOT DISTINCT FROM $2`,
      [team.regionId, team.teamMunicipalityNumber],
    );
    return n;
  }

  async insert(team: TeamRef, fields: MemberFields, deputyOfId: string | null): Promise<string> {
    const result = await this.manager.insert(CrisisTeamMemberEntity, {
      regionId: team.regionId,
      teamMunicipalityNumber: team.teamMunicipalityNumber,
      deputyOfId,
      ...fields,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  async update(id: string, fields: MemberFields): Promise<void> {
    await this.manager.query(
      `UPDATE crisis_team_member SET role = $2, person_name = $3, home_municipality_number = $4, user_id = $5,
              phone = $6, email = $7, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [
        id,
        fields.role,
        fields.personName,
        fields.homeMunicipalityNumber,
        fields.userId,
        fields.phone,
        fields.email,
      ],
    );
  }

  /** Removes the entry and its deputies; returns how many deputies went with it. */
  async remove(id: string): Promise<number> {
    // PostgreSQL DELETE through TypeORM answers [rows, affected].
    const [, deputies]: [unknown[], number] = await this.manager.query(
      'DELETE FROM crisis_team_member WHERE deputy_of_id = $1',
      [id],
    );
    await this.manager.query('DELETE FROM crisis_team_member WHERE id = $1', [id]);
    return deputies;
  }
}
