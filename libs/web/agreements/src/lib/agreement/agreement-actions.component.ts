import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AgreementDecision } from '@samarbeid/shared/domain';
import { type ApiError, AuthService, errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import {
  AgreementPageDecideGQL,
  AgreementPageSubmitGQL,
  AgreementPageTerminateGQL,
} from '@samarbeid/web/graphql';
import {
  ConfirmDialogComponent,
  type FieldSpec,
  FORM_KIT,
  injectFocusAfterRender,
  refusalFeedback,
  type SaveFeedback,
} from '@samarbeid/web/ui';

import {
  AgreementDecisionComponent,
  type DecisionRequest,
  type DecisionTexts,
} from '../shared/agreement-decision.component';
import { joinNames } from '../shared/agreement-labels';
import { ownShareOf } from '../shared/own-share';
import { type AgreementDetail, isClosed } from './agreement-view';

const REASON_MAX_LENGTH = 2000;

type Busy = 'submit' | 'terminate' | AgreementDecision;

/**
 * What the caller may do with the agreement, by the rights the API reports: edit (link to the editor), submit a
 * draft service purchase for approval, terminate an agreement in force (with a reason, after confirming), and for a
 * party's director approve or reject the current version (rejecting needs a comment). A refusal is shown with the
 * API's sentence; after a change the page fetches the agreement again and says what happened (`acted`).
 */
@Component({
  selector: 'sb-agreement-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ConfirmDialogComponent, FORM_KIT, AgreementDecisionComponent],
  templateUrl: './agreement-actions.component.html',
  styles: `
    :host {
      display: block;
    }
    .sb-panel {
      display: grid;
      gap: var(--ds-size-4);
      max-inline-size: 40rem;
      padding: var(--ds-size-4);
      border: var(--ds-border-width-default) solid var(--ds-color-neutral-border-subtle);
      border-radius: var(--ds-border-radius-md);
    }
    .sb-panel > * {
      margin: 0;
    }
  `,
})
export class AgreementActionsComponent {
  readonly agreement = input.required<AgreementDetail>();
  /** A change was saved: the sentence to announce (the page fetches the agreement again). */
  readonly acted = output<string>();
  /** The agreement changed under the user (CONFLICT): fetch it again. */
  readonly reloadRequested = output();

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly submitMutation = inject(AgreementPageSubmitGQL);
  private readonly terminateMutation = inject(AgreementPageTerminateGQL);
  private readonly decideMutation = inject(AgreementPageDecideGQL);
  private readonly focus = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly reasonField = computed<FieldSpec>(() => ({
    key: 'reason',
    id: 'agreement-terminate-reason',
    kind: 'multiline',
    rows: 3,
    maxLength: REASON_MAX_LENGTH,
    label: this.t('agreements.actions.terminateReason'),
  }));

  protected readonly busy = signal<Busy | undefined>(undefined);
  protected readonly refusal = signal<{ message: string; conflict: boolean } | undefined>(undefined);
  protected readonly shownRefusal = computed<SaveFeedback | null>(() => {
    const refusal = this.refusal();
    if (!refusal) return null;
    return refusalFeedback(
      { kind: refusal.conflict ? 'conflict' : 'error', message: refusal.message },
      {
        conflictHeading: this.t('agreements.conflictHeading'),
        reload: this.t('agreements.reload'),
        errorHeading: this.t('agreements.actions.refusedHeading'),
      },
    );
  });
  protected readonly confirmingTermination = signal(false);
  protected readonly terminationReason = signal('');
  private readonly decision = viewChild(AgreementDecisionComponent);
  protected readonly decisionTexts = computed<DecisionTexts>(() => ({
    comment: this.t('agreements.actions.comment'),
    commentHint: this.t('agreements.actions.commentHint'),
    commentRequired: this.t('agreements.actions.commentRequired'),
    approve: this.t('agreements.actions.approve'),
    reject: this.t('agreements.actions.reject'),
    deciding: this.t('agreements.actions.deciding'),
    confirmApprove: this.t('agreements.actions.confirmApprove'),
    confirmReject: this.t('agreements.actions.confirmReject'),
  }));

  /** The director's municipality's own share, said in the confirmation before deciding. */
  protected readonly share = computed(() => {
    const version = this.agreement().currentVersion;
    const number = this.user()?.municipality;
    const municipality = this.decidingFor() ?? number ?? '';
    const share = ownShareOf(version.parties, number, version.volumeAmount);
    return this.t(`agreements.share.${share.key}`, { municipality, ...share });
  });
  protected readonly deciding = computed(() => {
    const busy = this.busy();
    return busy === 'APPROVE' || busy === 'REJECT' ? busy : undefined;
  });

  protected readonly can = computed(() => {
    const agreement = this.agreement();
    const edit = agreement.viewerCanEdit && !isClosed(agreement);
    return {
      edit,
      submit: edit && agreement.status === 'DRAFT' && agreement.legalForm === 'SERVICE_PURCHASE',
      terminate: edit && agreement.activeVersionNumber !== null,
      decide: agreement.viewerCanDecide,
    };
  });
  protected readonly any = computed(() => Object.values(this.can()).some(Boolean));

  /** The municipality the director decides for (their own, among the parties). */
  protected readonly decidingFor = computed(() => {
    const number = this.user()?.municipality;
    return this.agreement().currentVersion.parties.find((party) => party.municipalityNumber === number)
      ?.municipalityName;
  });

  protected readonly assessmentMissing = computed(() => {
    const agreement = this.agreement();
    return agreement.legalForm === 'SERVICE_PURCHASE' && !agreement.currentVersion.assessment.complete;
  });

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const agreement = this.agreement();
    this.start('submit');
    const outcome = await runMutation(
      this.submitMutation.mutate({
        variables: { input: { id: agreement.id, expectedVersion: agreement.version } },
      }),
    );
    this.busy.set(undefined);
    if (!outcome.ok) {
      this.refuse(outcome.error);
      return;
    }
    const names = outcome.data.submitAgreement.currentVersion.parties.map((party) => party.municipalityName);
    this.acted.emit(
      this.t('agreements.actions.submitted', { names: joinNames(names, this.i18n.language()) }),
    );
  }

  /** Terminating asks first, in a dialog (which takes the focus, and gives it back to the button). */
  protected openTermination(): void {
    this.refusal.set(undefined);
    this.confirmingTermination.set(true);
  }

  protected cancelTermination(): void {
    this.confirmingTermination.set(false);
    this.terminationReason.set('');
  }

  protected async terminate(): Promise<void> {
    if (this.busy()) return;
    const agreement = this.agreement();
    this.start('terminate');
    const reason = this.terminationReason().trim();
    const outcome = await runMutation(
      this.terminateMutation.mutate({
        variables: {
          input: { id: agreement.id, expectedVersion: agreement.version, reason: reason || null },
        },
      }),
    );
    this.busy.set(undefined);
    // The dialog closes either way: the outcome is said on the page.
    this.confirmingTermination.set(false);
    if (!outcome.ok) {
      this.refuse(outcome.error);
      return;
    }
    this.terminationReason.set('');
    this.acted.emit(this.t('agreements.actions.terminated'));
  }

  protected async decide({ decision, comment }: DecisionRequest): Promise<void> {
    if (this.busy()) return;
    const agreement = this.agreement();
    this.start(decision);
    const outcome = await runMutation(
      this.decideMutation.mutate({
        variables: {
          input: {
            agreementId: agreement.id,
            versionNumber: agreement.currentVersionNumber,
            decision,
            comment,
          },
        },
      }),
    );
    this.busy.set(undefined);
    if (!outcome.ok) {
      this.refuse(outcome.error);
      return;
    }
    this.decision()?.clear();
    const result = outcome.data.decideAgreement;
    const municipality = this.decidingFor() ?? this.t('agreements.actions.yourMunicipality');
    this.acted.emit(
      decision === 'REJECT'
        ? this.t('agreements.actions.rejected', { municipality })
        : result.status === 'ACTIVE'
          ? this.t('agreements.actions.allApproved')
          : this.t('agreements.actions.approved', { municipality }),
    );
  }

  protected reload(): void {
    this.refusal.set(undefined);
    this.reloadRequested.emit();
  }

  private start(busy: Busy): void {
    this.busy.set(busy);
    this.refusal.set(undefined);
  }

  private refuse(error: ApiError): void {
    this.refusal.set({ message: errorText(error, this.i18n), conflict: error.code === 'CONFLICT' });
    this.focus('#agreement-actions-refusal');
  }
}
