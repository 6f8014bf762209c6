import { Injectable } from '@nestjs/common';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { assertExpectedVersion } from '@samarbeid/api/platform';

import type { TeamRef } from '../domain/preparedness-access';
import { mayEditRoster, mayViewContactDetails, teamKey } from '../domain/preparedness-access';
import type {
  AddCrisisTeamMemberInput,
  RemoveCrisisTeamMemberInput,
  UpdateCrisisTeamMemberInput,
} from '../dto/preparedness.inputs';
import type {
  CrisisTeam,
  CrisisTeamMember,
  CrisisTeamRoster,
  RemovedCrisisTeamMember,
} from '../dto/preparedness.types';
import { memberAudit, teamName } from '../preparedness.audit';
import {
  deputyOfRefused,
  memberNotFound,
  notInRegion,
  rosterRefused,
  teamFull,
  THE_MEMBER,
  unknownPerson,
} from '../preparedness.errors';
import { PreparednessDb } from '../repository/preparedness.db';
import type { MemberFields, MemberRow } from '../repository/roster.repository';
import { actorOf } from '../shared/owner';
import { optionalText } from '../shared/text';

/** The most people on one team (members and deputies): a roster, not a register of everyone. */
export const MAX_TEAM_SIZE = 60;

/**
 * The psychosocial crisis teams' roster: read by everyone signed in, kept by the secretariat. Contact details leave
 * the API only for the secretariat and for members of the same team (see `mayViewContactDetails`): every query
 * that reaches an entry builds it through {@link toMembers}.
 */
@Injectable()
export class RosterService {
  constructor(private readonly db: PreparednessDb) {}

  async roster(user: AuthenticatedUser, regionSlug: string): Promise<CrisisTeamRoster> {
    const region = await this.db.region.regionBySlug(regionSlug);
    const [members, rows, readerTeams] = await Promise.all([
      this.db.region.members(region.id),
      this.db.roster.ofRegion(region.id),
      this.db.roster.teamsOf(user.id),
    ]);
    const actor = actorOf(user);
    const numbers = [...members.keys()];
    for (const row of rows) {
      const number = row.teamMunicipalityNumber;
      if (number !== null && !numbers.includes(number)) numbers.push(number);
    }
    const team = (number: string | null): CrisisTeam => {
      const ref: TeamRef = { regionId: region.id, teamMunicipalityNumber: number };
      const visible = mayViewContactDetails(actor, ref, readerTeams);
      return {
        municipalityNumber: number,
        name: number === null ? region.name : (members.get(number) ?? number),
        viewerIsMember: readerTeams.has(teamKey(ref)),
        contactDetailsVisible: visible,
        members: toMembers(
          rows.filter((row) => row.teamMunicipalityNumber === number),
          visible,
        ),
      };
    };
    return {
      regionName: region.name,
      viewerCanEdit: mayEditRoster(actor),
      teams: [team(null), ...numbers.map(team)],
    };
  }

  /** One entry (with its deputies), as the reader may see it. */
  async member(user: AuthenticatedUser, id: string): Promise<CrisisTeamMember> {
    return this.read(this.db, user, id);
  }

  async add(user: AuthenticatedUser, input: AddCrisisTeamMemberInput): Promise<CrisisTeamMember> {
    const actor = actorOf(user);
    if (!mayEditRoster(actor)) throw rosterRefused();
    return this.db.transaction(async (tx) => {
      const region = await tx.region.regionBySlug(input.regionSlug);
      const members = await tx.region.members(region.id);
      const team: TeamRef = {
        regionId: region.id,
        teamMunicipalityNumber: input.teamMunicipalityNumber ?? null,
      };
      if (team.teamMunicipalityNumber !== null && !members.has(team.teamMunicipalityNumber)) {
        throw notInRegion(team.teamMunicipalityNumber, 'teamMunicipalityNumber');
      }
      const fields = await memberFields(tx, region.id, members, input);
      if (input.deputyOfId) {
        const principal = await tx.roster.lock(input.deputyOfId);
        if (!principal || principal.deputyOfId !== null || teamKey(principal) !== teamKey(team)) {
          throw deputyOfRefused();
        }
      }
      if ((await tx.roster.countInTeam(team)) >= MAX_TEAM_SIZE) throw teamFull(MAX_TEAM_SIZE);
      const id = await tx.roster.insert(team, fields, input.deputyOfId ?? null);
      const name = teamName(
        team.teamMunicipalityNumber ? (members.get(team.teamMunicipalityNumber) ?? null) : null,
        region.name,
      );
      await recordAudit(
        tx.manager,
        user,
        memberAudit('CREATE', { id, regionId: region.id }, name, fields, null),
      );
      return this.read(tx, user, id);
    });
  }

  async update(user: AuthenticatedUser, input: UpdateCrisisTeamMemberInput): Promise<CrisisTeamMember> {
    const actor = actorOf(user);
    if (!mayEditRoster(actor)) throw rosterRefused();
    return this.db.transaction(async (tx) => {
      const entry = await tx.roster.lock(input.id);
      if (!entry) throw memberNotFound();
      assertExpectedVersion(entry, input.expectedVersion, THE_MEMBER);
      const members = await tx.region.members(entry.regionId);
      const fields = await memberFields(tx, entry.regionId, members, input);
      await tx.roster.update(entry.id, fields);
      const region = await tx.region.regionById(entry.regionId);
      const name = teamName(
        entry.teamMunicipalityNumber ? (members.get(entry.teamMunicipalityNumber) ?? null) : null,
        region.name,
      );
      await recordAudit(tx.manager, user, memberAudit('UPDATE', entry, name, fields, entry));
      return this.read(tx, user, entry.id);
    });
  }

  async remove(
    user: AuthenticatedUser,
    input: RemoveCrisisTeamMemberInput,
  ): Promise<RemovedCrisisTeamMember> {
    const actor = actorOf(user);
    if (!mayEditRoster(actor)) throw rosterRefused();
    return this.db.transaction(async (tx) => {
      const entry = await tx.roster.lock(input.id);
      if (!entry) throw memberNotFound();
      assertExpectedVersion(entry, input.expectedVersion, THE_MEMBER);
      const deputiesRemoved = await tx.roster.remove(entry.id);
      const [region, members] = await Promise.all([
        tx.region.regionById(entry.regionId),
        tx.region.members(entry.regionId),
      ]);
      const name = teamName(
        entry.teamMunicipalityNumber ? (members.get(entry.teamMunicipalityNumber) ?? null) : null,
        region.name,
      );
      await recordAudit(tx.manager, user, {
        ...memberAudit('DELETE', entry, name, entry, entry),
        ...(deputiesRemoved > 0 ? { after: { deputiesRemoved } } : {}),
      });
      return { id: entry.id, deputiesRemoved };
    });
  }

  private async read(db: PreparednessDb, user: AuthenticatedUser, id: string): Promise<CrisisTeamMember> {
    const [rows, readerTeams] = await Promise.all([db.roster.withRelatives(id), db.roster.teamsOf(user.id)]);
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) throw memberNotFound();
    const visible = mayViewContactDetails(actorOf(user), row, readerTeams);
    const [member] = toMembers(
      rows.filter((candidate) => candidate.id === id || candidate.deputyOfId === id),
      visible,
      id,
    );
    if (!member) throw memberNotFound();
    return member;
  }
}

/**
 * A team's entries as the reader sees them: the members (or the one entry `rootId`) with their deputies under them,
 * contact details only when `visible`.
 */
export function toMembers(rows: readonly MemberRow[], visible: boolean, rootId?: string): CrisisTeamMember[] {
  const roots = rows.filter((row) => (rootId ? row.id === rootId : row.deputyOfId === null));
  return roots.map((row) => ({
    ...toMember(row, visible),
    deputies: rows
      .filter((deputy) => deputy.deputyOfId === row.id)
      .map((deputy) => toMember(deputy, visible)),
  }));
}

function toMember(row: MemberRow, visible: boolean): CrisisTeamMember {
  const hasContact = row.phone !== null || row.email !== null;
  return {
    id: row.id,
    teamMunicipalityNumber: row.teamMunicipalityNumber,
    role: row.role,
    personName: row.personName,
    homeMunicipalityNumber: row.homeMunicipalityNumber,
    homeMunicipalityName: row.homeMunicipalityName,
    hasUser: row.userId !== null,
    userId: row.userId,
    contact: visible ? { phone: row.phone, email: row.email } : null,
    contactHidden: !visible && hasContact,
    deputyOfId: row.deputyOfId,
    deputies: [],
    version: row.version,
  };
}

/** The entry's fields as stored, after checking the municipality and the user belong to the region. */
async function memberFields(
  db: PreparednessDb,
  regionId: string,
  members: ReadonlyMap<string, string>,
  input: {
    readonly role: string;
    readonly personName: string;
    readonly homeMunicipalityNumber: string;
    readonly userId?: string | null;
    readonly phone?: string | null;
    readonly email?: string | null;
  },
): Promise<MemberFields> {
  if (!members.has(input.homeMunicipalityNumber)) {
    throw notInRegion(input.homeMunicipalityNumber, 'homeMunicipalityNumber');
  }
  const userId = optionalText(input.userId);
  if (userId && !(await db.region.person(regionId, userId))) throw unknownPerson();
  return {
    role: input.role.trim(),
    personName: input.personName.trim(),
    homeMunicipalityNumber: input.homeMunicipalityNumber,
    userId,
    phone: optionalText(input.phone),
    email: optionalText(input.email)?.toLowerCase() ?? null,
  };
}
