import { computed, inject, Injectable } from '@angular/core';
import { Role } from '@samarbeid/shared/domain';
import { AuthService } from '@samarbeid/web/data-access';

/** A network as far as permissions go: its members with their role and e-mail address. */
export interface NetworkWithMembers {
  readonly members: readonly { readonly email: string | null; readonly role: string }[];
}

/**
 * What the signed-in user may change, from the roles and municipality in the token, mirroring the API's rules:
 * the secretariat changes everything; a network leader the measures of networks they lead; a municipal director
 * the participation of their own municipality. The UI hides what a user cannot do; the API decides, and its
 * refusal is always shown.
 *
 * The API records a network's leader by the identity provider's subject, which it does not expose; the web app
 * recognises the leader by the e-mail address of the LEADER member instead (see the README).
 */
@Injectable({ providedIn: 'root' })
export class PortfolioPermissions {
  private readonly user = inject(AuthService).user;

  readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  /** The change log and registering decisions are the secretariat's. */
  readonly canSearchHistory = this.isSecretariat;
  readonly canRegisterDecisions = this.isSecretariat;

  /** Whether the user may edit a measure owned by `network`. */
  canEditMeasure(network: NetworkWithMembers | null | undefined): boolean {
    if (this.isSecretariat()) return true;
    const user = this.user();
    if (!user?.roles.includes(Role.NetworkLeader) || !user.email || !network) return false;
    return network.members.some(
      (member) => member.role === 'LEADER' && member.email?.toLowerCase() === user.email,
    );
  }

  /** Whether the user may set the participation of municipality `number`. */
  canSetParticipation(number: string): boolean {
    if (this.isSecretariat()) return true;
    const user = this.user();
    return !!user?.roles.includes(Role.MunicipalDirector) && user.municipality === number;
  }

  /** Whether the user may set any municipality's participation at all. */
  readonly setsParticipation = computed(
    () =>
      this.isSecretariat() ||
      !!(this.user()?.roles.includes(Role.MunicipalDirector) && this.user()?.municipality),
  );
}
