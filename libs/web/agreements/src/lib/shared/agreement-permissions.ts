import { computed, inject, Injectable } from '@angular/core';
import {
  AGREEMENT_LEGAL_FORMS,
  type AgreementLegalForm,
  holdsNetworkRole,
  Role,
} from '@samarbeid/shared/domain';
import { AuthService, leadsNetwork, type NetworkWithMembers } from '@samarbeid/web/data-access';

/**
 * What the signed-in user may do with agreements, from the token's roles, mirroring the API: the secretariat
 * registers every form; a network leader drafts service purchases for the measures of networks they lead. Whether
 * a given agreement may be edited or decided comes from the API (`viewerCanEdit`, `viewerCanDecide`). The UI hides
 * what a user cannot do; the API decides, and its refusal is always shown.
 */
@Injectable({ providedIn: 'root' })
export class AgreementPermissions {
  private readonly user = inject(AuthService).user;

  readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  readonly isNetworkLeader = computed(() => holdsNetworkRole(this.user()?.roles ?? []));
  readonly canCreate = computed(() => this.isSecretariat() || this.isNetworkLeader());

  /** The legal forms the user may register: all for the secretariat, service purchases for a network leader. */
  readonly creatableForms = computed<readonly AgreementLegalForm[]>(() =>
    this.isSecretariat() ? AGREEMENT_LEGAL_FORMS : this.isNetworkLeader() ? ['SERVICE_PURCHASE'] : [],
  );

  /** Whether the user may link an agreement to a measure of `network` (see `leadsNetwork`). */
  mayLinkMeasureOf(network: NetworkWithMembers): boolean {
    return this.isSecretariat() || leadsNetwork(this.user(), network);
  }
}
