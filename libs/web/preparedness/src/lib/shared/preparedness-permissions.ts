import { computed, inject, Injectable } from '@angular/core';
import { Role } from '@samarbeid/shared/domain';
import { AuthService } from '@samarbeid/web/data-access';

import type { Choice } from './region-data';

/**
 * What the signed-in user may start here, as the API decides it (the API checks every change again): the secretariat
 * records for the region and every municipality, a municipal director for their own municipality.
 */
@Injectable({ providedIn: 'root' })
export class PreparednessPermissions {
  private readonly user = inject(AuthService).user;

  readonly isSecretariat = computed(() => this.user()?.roles.includes(Role.Secretariat) ?? false);
  /** A municipal director's municipality; undefined for everyone else. */
  readonly directorOf = computed(() => {
    const user = this.user();
    return user?.roles.includes(Role.MunicipalDirector) ? user.municipality : undefined;
  });
  /** Registers exercises and follow-up actions (for some municipality, or the region). */
  readonly canRecord = computed(() => this.isSecretariat() || this.directorOf() !== undefined);

  /** Whether the user records for this municipality (null: the region). */
  mayRecordFor(municipalityNumber: string | null): boolean {
    if (this.isSecretariat()) return true;
    return municipalityNumber !== null && municipalityNumber === this.directorOf();
  }

  /** The choices the user records for: the region (`region`) and every municipality for the secretariat, a director's own. */
  recordable(municipalities: readonly Choice[], region: Choice): readonly Choice[] {
    if (this.isSecretariat()) return [region, ...municipalities];
    return municipalities.filter((m) => this.mayRecordFor(m.value));
  }
}
