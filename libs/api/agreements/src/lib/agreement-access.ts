import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { forbidden } from '@samarbeid/api/platform';
import type { AgreementLegalForm } from '@samarbeid/shared/domain';
import { Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

/**
 * Who may change an agreement. Service purchases: the secretariat, or the leader of the network that owns the
 * linked measure. The statutory forms record collaborations that already exist: the secretariat only. Deciding
 * (approve/reject) is for the municipal director of a party, checked where the decision is made.
 */
@Injectable()
export class AgreementAccess {
  constructor(private readonly portfolio: PortfolioAccess) {}

  isSecretariat(user: AuthenticatedUser): boolean {
    return this.portfolio.isSecretariat(user);
  }

  /** Whether `user` may edit an agreement of this form linked to a measure owned by `networkId`. */
  canEdit(
    user: AuthenticatedUser,
    legalForm: AgreementLegalForm,
    networkId: string | null,
    ledNetworks: ReadonlySet<string>,
  ): boolean {
    if (this.isSecretariat(user)) return true;
    return legalForm === 'SERVICE_PURCHASE' && networkId !== null && ledNetworks.has(networkId);
  }

  async assertCanEdit(
    user: AuthenticatedUser,
    legalForm: AgreementLegalForm,
    networkId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    if (this.isSecretariat(user)) return;
    if (legalForm !== 'SERVICE_PURCHASE') {
      throw forbidden({
        nb: 'Bare sekretariatet kan registrere og endre lovfestede samarbeid (vertskommune, oppgavefellesskap, IKS og politisk råd).',
        en: 'Only the secretariat can register and change statutory collaborations (host municipality, joint task body, IKS and political council).',
      });
    }
    if (networkId !== null && (await this.portfolio.leadsNetwork(user, networkId, manager))) return;
    throw forbidden({
      nb: 'Bare sekretariatet eller lederen av nettverket som eier tiltaket avtalen hører til, kan endre avtalen.',
      en: "Only the secretariat or the leader of the network that owns the agreement's measure can change it.",
    });
  }

  /** The networks the caller leads (empty unless a network leader). */
  ledNetworkIds(user: AuthenticatedUser): Promise<Set<string>> {
    return this.portfolio.ledNetworkIds(user);
  }

  /** The municipality the caller decides for: a municipal director's municipality claim, else null. */
  directorOf(user: AuthenticatedUser): string | null {
    return user.roles.includes(Role.MunicipalDirector) ? user.municipalityNumber : null;
  }
}
