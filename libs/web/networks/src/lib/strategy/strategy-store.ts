import { computed, Injectable, signal } from '@angular/core';
import { leadsNetwork, type SignedInUser } from '@samarbeid/web/data-access';
import { Role } from '@samarbeid/shared/domain';

import type { StrategyDetail } from './strategy-draft';

/**
 * What the strategy page's parts share (provided by the page; a part's test provides its own): the strategy as
 * last fetched or changed here, and the version this page's changes are based on. Every change sends that version
 * (a stale one is refused with CONFLICT) and moves it on when saved, so the parts' changes follow each other.
 */
@Injectable()
export class StrategyStore {
  readonly strategy = signal<StrategyDetail | undefined>(undefined);
  /** The version the next change is based on. */
  readonly version = signal(0);
  /** Moves on when the strategy is fetched again after a conflict: the editors start over from it. */
  readonly generation = signal(0);
  /** Unsaved edits of the content and of the action plan. */
  readonly contentDirty = signal(false);
  readonly planDirty = signal(false);
  readonly dirty = computed(() => this.contentDirty() || this.planDirty());

  /** Fetches the strategy again (after someone else changed it); edits are dropped. */
  reload: () => Promise<void> = () => Promise.resolve();

  /** A change of ours was saved as `version`: the next one is based on it. */
  saved(version: number): void {
    this.version.set(version);
  }
}

/** What the signed-in user may do with a strategy, mirroring the API's rules. */
export interface StrategyAccess {
  /** Title, period, goals and the action plan: the network's leader or the secretariat, while a draft or on consultation. */
  readonly edit: boolean;
  /** Draft → consultation: the network's leader or the secretariat. */
  readonly submit: boolean;
  /** Consultation → adopted, and adopted → archived: the secretariat. */
  readonly adopt: boolean;
  readonly archive: boolean;
}

export function strategyAccess(
  user: SignedInUser | null,
  strategy: Pick<StrategyDetail, 'status' | 'network'>,
): StrategyAccess {
  const secretariat = user?.roles.includes(Role.Secretariat) ?? false;
  const editor = secretariat || leadsNetwork(user, strategy.network);
  const open = strategy.status === 'DRAFT' || strategy.status === 'CONSULTATION';
  return {
    edit: editor && open,
    submit: editor && strategy.status === 'DRAFT',
    adopt: secretariat && strategy.status === 'CONSULTATION',
    archive: secretariat && strategy.status === 'ADOPTED',
  };
}
