import { computed, inject, Injectable } from '@angular/core';
import { Role } from '@samarbeid/shared/domain';
import { AuthService } from '@samarbeid/web/data-access';

/** What the signed-in user may start here (the API checks every change again, and says per report who writes it). */
@Injectable({ providedIn: 'root' })
export class ReportingPermissions {
  private readonly user = inject(AuthService).user;

  /** Opens periods, reminds, approves and returns reports. */
  readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
}
