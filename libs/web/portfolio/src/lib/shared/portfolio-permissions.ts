import { computed, inject, Injectable } from '@angular/core';
import { holdsNetworkRole, Role } from '@samarbeid/shared/domain';
import { AuthService, leadsNetwork, type NetworkWithMembers } from '@samarbeid/web/data-access';

/**
 * What the signed-in user may do, from the roles and municipality in the token, mirroring the API's rules: the
 * secretariat changes everything; a network leader the measures of networks they lead; a municipal director the
 * participation of their own municipality. Whether a given measure may be changed comes from the API itself
 * (`Measure.viewerCanEdit`). The UI hides what a user cannot do; the API decides, and its refusal is always shown.
 */
@Injectable({ providedIn: 'root' })
export class PortfolioPermissions {
  private readonly user = inject(AuthService).user;

  readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  /** The change log and registering decisions are the secretariat's. */
  readonly canSearchHistory = this.isSecretariat;
  readonly canRegisterDecisions = this.isSecretariat;
  /** New measures: the secretariat (any network) and network leaders (in the networks they lead). */
  readonly canCreateMeasures = computed(
    () => this.isSecretariat() || holdsNetworkRole(this.user()?.roles ?? []),
  );

  /** Whether the user may own a new measure in `network` (see `leadsNetwork` for how a leader is recognised). */
  mayCreateMeasureIn(network: NetworkWithMembers): boolean {
    return this.isSecretariat() || leadsNetwork(this.user(), network);
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
