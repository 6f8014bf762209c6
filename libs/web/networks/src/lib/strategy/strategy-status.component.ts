import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
  type MutationOutcome,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  AdoptStrategyGQL,
  ArchiveStrategyGQL,
  StrategyDecisionsGQL,
  type StrategyStatus,
  type StrategyStepInput,
  SubmitStrategyGQL,
} from '@samarbeid/web/graphql';
import {
  FORM_KIT,
  type FormTexts,
  injectFocusAfterRender,
  injectSaveStatus,
  refusalOf,
} from '@samarbeid/web/ui';
import { EMPTY, map, switchMap } from 'rxjs';

import { STRATEGY_STATUS_LABELS } from '../shared/labels';
import { type StrategyAccess, StrategyStore } from './strategy-store';

/** The decisions log's first page holds the region's recent KDU decisions. */
const DECISIONS = 200;

type Step = 'submit' | 'adopt' | 'archive';

interface StepResult {
  readonly status: StrategyStatus;
  readonly version: number;
}

/**
 * The strategy's status and the steps the user may take: "Send på høring" (draft → consultation; the network's
 * leader or the secretariat), "Vedta" with the KDU decision that adopted it (consultation → adopted) and
 * "Arkiver" (adopted → archived), both the secretariat's. Unsaved edits must be saved first.
 */
@Component({
  selector: 'sb-strategy-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './strategy-status.component.html',
  styles: `
    :host {
      display: block;
    }

    .sb-adopt {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
      align-items: end;
      max-inline-size: 48rem;
    }

    .sb-adopt .ds-field {
      flex: 1 1 20rem;
    }
  `,
})
export class StrategyStatusComponent {
  readonly access = input.required<StrategyAccess>();

  private readonly i18n = inject(I18nService);
  private readonly store = inject(StrategyStore);
  private readonly submitStrategy = inject(SubmitStrategyGQL);
  private readonly adoptStrategy = inject(AdoptStrategyGQL);
  private readonly archiveStrategy = inject(ArchiveStrategyGQL);
  private readonly decisionsQuery = inject(StrategyDecisionsGQL);
  private readonly focus = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly busy = signal<Step | undefined>(undefined);
  /** The status the last step went to. */
  private readonly moved = signal<StrategyStatus | undefined>(undefined);
  protected readonly status = injectSaveStatus('strategy-status-feedback', (): FormTexts => {
    const moved = this.moved();
    return {
      notices: moved
        ? { moved: this.t('strategyStatus.moved', { status: this.t(STRATEGY_STATUS_LABELS[moved]) }) }
        : {},
      conflictHeading: this.t('strategy.conflictHeading'),
      reload: this.t('strategy.reload'),
      errorHeading: this.t('strategyStatus.errorHeading'),
    };
  });
  protected readonly decisionId = signal('');
  protected readonly decisionError = signal(false);

  protected readonly anyStep = computed(() => {
    const access = this.access();
    return access.submit || access.adopt || access.archive;
  });
  protected readonly archived = computed(() => this.store.strategy()?.status === 'ARCHIVED');

  /** The region's KDU decisions, newest first: fetched only when the user may adopt. */
  private readonly decisionsResult = toSignal(
    toObservable(computed(() => this.access().adopt)).pipe(
      switchMap((adopt) =>
        adopt
          ? this.decisionsQuery.watch({
              variables: { regionSlug: DEFAULT_REGION_SLUG, first: DECISIONS },
              fetchPolicy: 'cache-and-network',
            }).valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly decisions = computed(() => {
    const result = this.decisionsResult();
    if (result?.dataState !== 'complete') {
      return {
        options: [],
        error: result?.error && !result.loading ? queryErrorText(result.error, this.i18n) : undefined,
      };
    }
    return {
      options: result.data.decisions.nodes
        .filter((decision) => decision.body === 'KDU')
        .map((decision) => ({
          id: decision.id,
          label: this.t('strategyStatus.decisionOption', {
            caseReference: decision.caseReference,
            title: decision.title,
            date: this.i18n.date(decision.decidedOn),
          }),
        })),
      error: undefined,
    };
  });

  protected onDecision(event: Event): void {
    this.decisionId.set((event.target as HTMLSelectElement).value);
    this.decisionError.set(false);
  }

  protected async take(step: Step): Promise<void> {
    const strategy = this.store.strategy();
    if (this.busy() || !strategy) return;
    this.status.clearFeedback();
    if (this.store.dirty()) {
      this.status.refuse({ message: this.t('strategyStatus.saveFirst') });
      return;
    }
    if (step === 'adopt' && !this.decisionId()) {
      this.decisionError.set(true);
      this.focus('#strategy-decision');
      return;
    }
    const input: StrategyStepInput = {
      id: strategy.id,
      version: this.store.version(),
      ...(step === 'adopt' ? { decisionId: this.decisionId() } : {}),
    };
    this.busy.set(step);
    const outcome = await this.run(step, input);
    this.busy.set(undefined);
    if (outcome.ok) {
      this.store.saved(outcome.data.version);
      this.moved.set(outcome.data.status);
      this.status.tell('moved');
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  /** Runs a step; each answers with the strategy's new status and version under its own name. */
  private run(step: Step, input: StrategyStepInput): Promise<MutationOutcome<StepResult>> {
    switch (step) {
      case 'submit':
        return runMutation(
          this.submitStrategy
            .mutate({ variables: { input } })
            .pipe(map((result) => ({ error: result.error, data: result.data?.submitStrategy }))),
        );
      case 'adopt':
        return runMutation(
          this.adoptStrategy
            .mutate({ variables: { input } })
            .pipe(map((result) => ({ error: result.error, data: result.data?.adoptStrategy }))),
        );
      case 'archive':
        return runMutation(
          this.archiveStrategy
            .mutate({ variables: { input } })
            .pipe(map((result) => ({ error: result.error, data: result.data?.archiveStrategy }))),
        );
    }
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
    this.status.clearFeedback();
  }
}
