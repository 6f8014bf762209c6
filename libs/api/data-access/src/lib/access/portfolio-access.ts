import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser, forbidden } from '@samarbeid/api/platform';
import { holdsNetworkRole, maySetParticipation, Role } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import { currentNetworkMember } from '../network/network.entity';

/**
 * Who may change what in the portfolio. The secretariat may change everything; a network leader what belongs to
 * the networks they lead (a LEADER membership in force today in network_member, with their identity-provider
 * subject; read from the database on every request, so a membership the secretariat adds or ends counts at once);
 * a municipal director their own municipality's participation.
 */
@Injectable()
export class PortfolioAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  isSecretariat(user: AuthenticatedUser): boolean {
    return user.roles.includes(Role.Secretariat);
  }

  /** The networks the user leads (none without a network role: see holdsNetworkRole). */
  async ledNetworkIds(user: AuthenticatedUser): Promise<Set<string>> {
    if (!holdsNetworkRole(user.roles)) return new Set();
    const rows: { network_id: string }[] = await this.dataSource.query(
      `SELECT network_id FROM network_member WHERE user_id = $1 AND role = 'LEADER' AND ${currentNetworkMember()}`,
      [user.id],
    );
    return new Set(rows.map((row) => row.network_id));
  }

  async leadsNetwork(user: AuthenticatedUser, networkId: string, manager?: EntityManager): Promise<boolean> {
    if (!holdsNetworkRole(user.roles)) return false;
    const rows: unknown[] = await (manager ?? this.dataSource).query(
      `SELECT 1 FROM network_member WHERE network_id = $1 AND user_id = $2 AND role = 'LEADER' AND ${currentNetworkMember()}
        LIMIT 1`,
      [networkId, user.id],
    );
    return rows.length > 0;
  }

  /** Secretariat, or the leader of the network that owns it. */
  async canEditNetworkItem(
    user: AuthenticatedUser,
    networkId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    return this.isSecretariat(user) || this.leadsNetwork(user, networkId, manager);
  }

  async assertCanEditNetworkItem(
    user: AuthenticatedUser,
    networkId: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (await this.canEditNetworkItem(user, networkId, manager)) return;
    throw forbidden({
      nb: 'Bare sekretariatet eller lederen av nettverket som eier tiltaket, kan endre det.',
      en: 'Only the secretariat or the leader of the owning network can change this.',
    });
  }

  /** The municipality's own director, or the secretariat (the shared rule the web app shows as well). */
  assertCanSetParticipation(user: AuthenticatedUser, municipalityNumber: string): void {
    if (maySetParticipation(user, municipalityNumber)) return;
    throw forbidden({
      nb: 'Bare kommunedirektøren i kommunen, eller sekretariatet, kan endre kommunens deltakelse.',
      en: "Only the municipality's director, or the secretariat, can change its participation.",
    });
  }

  assertSecretariat(user: AuthenticatedUser, what: { nb: string; en: string }): void {
    if (this.isSecretariat(user)) return;
    throw forbidden({ nb: `Bare sekretariatet kan ${what.nb}.`, en: `Only the secretariat can ${what.en}.` });
  }
}
