import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';
import { membershipEndProblem, periodsOverlap } from '@samarbeid/shared/domain';

import type { Network, NetworkMember } from '../dto/portfolio.types';
import { HistoryRepository } from '../history/history.repository';
import { RegionLookup } from '../shared/region-lookup.repository';
import { PortfolioTransactions, Transaction } from '../shared/transaction';
import { networkKey, networkSettingsProblem, parentProblem } from './domain/network-rules';
import { networkAudit } from './network-admin.audit';
import {
  alreadyMember,
  membershipEndRefused,
  membershipNotFound,
  municipalityNotInRegion,
  NETWORK,
  networkNotFound,
  networkProblem,
  unknownParent,
  unknownUser,
} from './network-admin.errors';
import {
  AddNetworkMemberInput,
  CloseNetworkInput,
  CreateNetworkInput,
  EndNetworkMembershipInput,
  NetworkSettingsInput,
  UpdateNetworkInput,
} from './network-admin.inputs';
import { NetworkAdminRepository, NetworkWrite } from './network-admin.repository';
import { NetworkRepository } from './network.repository';

const SECRETARIAT_ONLY = {
  nb: 'opprette, endre og avslutte nettverk',
  en: 'create, change and close networks',
};
const MEMBERS_ONLY = { nb: 'endre medlemmene i et nettverk', en: "change a network's members" };

const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * The secretariat's tools for networks and working groups: create, change, close; add members and end memberships.
 * Nothing is deleted: an ended membership keeps its dates, and who leads a network (PortfolioAccess) is read from
 * the memberships in force on every request. Each change writes its history in the same transaction.
 */
@Injectable()
export class NetworkAdminService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly admin: NetworkAdminRepository,
    private readonly networks: NetworkRepository,
    private readonly regions: RegionLookup,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async create(user: AuthenticatedUser, input: CreateNetworkInput): Promise<Network> {
    this.access.assertSecretariat(user, SECRETARIAT_ONLY);
    const regionId = await this.regions.idOf(input.regionSlug);
    return this.transactions.run(async (tx) => {
      const write = await this.checkedSettings(tx, regionId, null, input);
      const taken = new Set((await this.admin.regionNetworks(tx, regionId)).map((network) => network.key));
      const network = await this.admin.insert(tx, regionId, networkKey(write.name, taken), write);
      await this.history.record(tx, user, networkAudit.created(network));
      return network;
    });
  }

  async update(user: AuthenticatedUser, input: UpdateNetworkInput): Promise<Network> {
    this.access.assertSecretariat(user, SECRETARIAT_ONLY);
    return this.transactions.run(async (tx) => {
      const before = await this.openNetwork(tx, input.id);
      assertExpectedVersion(before, input.version, NETWORK);
      const write = await this.checkedSettings(tx, before.regionId, before, input);
      const after = await this.admin.update(tx, before.id, write);
      await this.history.record(tx, user, networkAudit.updated(before, after));
      return after;
    });
  }

  /** Closes the network on the day given; every membership still open then ends that day. */
  async close(user: AuthenticatedUser, input: CloseNetworkInput): Promise<Network> {
    this.access.assertSecretariat(user, SECRETARIAT_ONLY);
    return this.transactions.run(async (tx) => {
      const before = await this.openNetwork(tx, input.id);
      assertExpectedVersion(before, input.version, NETWORK);
      const ended = await this.admin.endAllMemberships(tx, before.id, input.closedOn);
      const after = await this.admin.update(tx, before.id, { closedOn: input.closedOn });
      await this.history.record(tx, user, networkAudit.closed(before, after, ended));
      return after;
    });
  }

  async addMember(user: AuthenticatedUser, input: AddNetworkMemberInput): Promise<NetworkMember> {
    this.access.assertSecretariat(user, MEMBERS_ONLY);
    return this.transactions.run(async (tx) => {
      const network = await this.openNetwork(tx, input.networkId);
      const userId = blank(input.userId);
      const person = { userId, personName: input.personName.trim() };
      const municipalityNumber = input.municipalityNumber ?? null;
      if (
        municipalityNumber &&
        !(await this.admin.municipalityInRegion(tx, network.regionId, municipalityNumber))
      ) {
        throw municipalityNotInRegion(municipalityNumber);
      }
      if (userId && !(await this.admin.userKnownInRegion(tx, network.regionId, userId))) throw unknownUser();
      const period = { validFrom: input.validFrom, validTo: null };
      const held = await this.admin.membershipsOf(tx, network.id, person);
      if (held.some((row) => periodsOverlap(row, period))) throw alreadyMember(person.personName);
      const id = await this.admin.insertMember(tx, {
        networkId: network.id,
        ...person,
        email: blank(input.email),
        municipalityNumber,
        role: input.role,
        validFrom: input.validFrom,
      });
      const row = { id, networkId: network.id, ...person, role: input.role, ...period };
      await this.history.record(tx, user, networkAudit.memberAdded(network, row));
      return this.memberView(tx, network.id, id);
    });
  }

  /** Ends a membership (its end day is the first day without it); the row stays as history. */
  async endMembership(user: AuthenticatedUser, input: EndNetworkMembershipInput): Promise<NetworkMember> {
    this.access.assertSecretariat(user, MEMBERS_ONLY);
    return this.transactions.run(async (tx) => {
      const before = await this.admin.lockMembership(tx, input.memberId);
      if (!before) throw membershipNotFound();
      const network = await this.admin.lock(tx, before.networkId);
      if (!network) throw networkNotFound();
      const problem = membershipEndProblem(before, input.validTo, await this.admin.today(tx));
      if (problem) throw membershipEndRefused(problem);
      await this.admin.endMembership(tx, before.id, input.validTo);
      await this.history.record(tx, user, networkAudit.membershipEnded(network, before, input.validTo));
      return this.memberView(tx, network.id, before.id);
    });
  }

  /** The network locked, refused when there is none or it is closed. */
  private async openNetwork(tx: Transaction, id: string): Promise<Network> {
    const network = await this.admin.lock(tx, id);
    if (!network) throw networkNotFound();
    if (network.closedOn) throw networkProblem('CLOSED');
    return network;
  }

  /** The settings checked against the rules and the region's other networks (`before`: the network as it was). */
  private async checkedSettings(
    tx: Transaction,
    regionId: string,
    before: Network | null,
    input: NetworkSettingsInput,
  ): Promise<NetworkWrite> {
    const write: NetworkWrite = {
      name: input.name.trim(),
      kind: input.kind,
      serviceArea: input.serviceArea,
      parentId: input.parentId ?? null,
      mandate: blank(input.mandate),
      endsOn: input.endsOn ?? null,
    };
    const problem = networkSettingsProblem(write);
    if (problem) throw networkProblem(problem);
    if (write.parentId) {
      const networks = await this.admin.regionNetworks(tx, regionId);
      if (!networks.some((network) => network.id === write.parentId)) throw unknownParent();
      const parents = new Map(networks.map((network) => [network.id, network.parentId]));
      // A parent closed since it was chosen may stay; a closed one is not chosen anew.
      const closed = new Set(
        networks
          .filter((network) => network.closed && network.id !== before?.parentId)
          .map((network) => network.id),
      );
      const parent = parentProblem(before?.id ?? null, write.parentId, parents, closed);
      if (parent) throw networkProblem(parent);
    }
    return write;
  }

  private async memberView(tx: Transaction, networkId: string, memberId: string): Promise<NetworkMember> {
    const [history] = await this.networks.membersOf([networkId], true, tx);
    return history.find((member) => member.id === memberId) as NetworkMember;
  }
}
