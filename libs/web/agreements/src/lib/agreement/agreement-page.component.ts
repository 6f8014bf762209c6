import { Location } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DownloadButtonComponent,
  I18nService,
  queryErrorText,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { AgreementPageDetailGQL } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { agreementPdfFileName, agreementPdfPath } from '../shared/agreement-files';
import {
  agreementStatusLabel,
  decisionLabel,
  legalFormLabel,
  partyRoleLabel,
} from '../shared/agreement-labels';
import { SAVED_STATE_KEY, type SavedKind } from '../shared/agreement-saved';
import { AgreementActionsComponent } from './agreement-actions.component';
import { AgreementTermsComponent } from './agreement-terms.component';
import type { AgreementDetail } from './agreement-view';
import { AgreementVersionsComponent } from './agreement-versions.component';

const SAVED_TEXTS: Readonly<Record<SavedKind, TranslationKey>> = {
  created: 'agreements.agreement.savedDraft',
  registered: 'agreements.agreement.registered',
  saved: 'agreements.agreement.saved',
  newVersion: 'agreements.agreement.savedNewVersion',
};

const STATUS_TEXTS: Readonly<Record<'SUBMITTED' | 'REJECTED' | 'none', TranslationKey>> = {
  SUBMITTED: 'agreements.agreement.statusWaiting',
  REJECTED: 'agreements.agreement.statusRejectedInForce',
  none: 'agreements.agreement.statusLine',
};

const TERMS_NOTES: Readonly<Record<'SUBMITTED' | 'REJECTED', TranslationKey>> = {
  SUBMITTED: 'agreements.agreement.termsWaiting',
  REJECTED: 'agreements.agreement.termsRejected',
};

function isSavedKind(value: unknown): value is SavedKind {
  return typeof value === 'string' && value in SAVED_TEXTS;
}

/**
 * `/avtaler/:id`: one agreement. Its legal form, status (and the version in force when a newer one waits for
 * approval), measure, parties, terms, § 3-3 assessment, the current version's approvals per party, the version
 * history with what changed in each, the PDF, and the actions the caller's rights allow.
 */
@Component({
  selector: 'sb-agreement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DownloadButtonComponent,
    AgreementActionsComponent,
    AgreementTermsComponent,
    AgreementVersionsComponent,
    DataTableComponent,
  ],
  templateUrl: './agreement-page.component.html',
  styleUrl: './agreement-page.component.css',
})
export class AgreementPageComponent {
  /** The agreement's id, from the route. */
  readonly id = input('');

  private readonly i18n = inject(I18nService);
  private readonly detailQuery = inject(AgreementPageDetailGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly t = this.i18n.t;
  protected readonly approvalColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'municipality', label: this.t('agreements.field.municipality') },
    { key: 'role', label: this.t('agreements.field.role') },
    { key: 'decision', label: this.t('agreements.approvals.col.decision') },
    { key: 'who', label: this.t('agreements.approvals.col.who') },
    { key: 'when', label: this.t('agreements.approvals.col.when') },
    { key: 'comment', label: this.t('agreements.approvals.col.comment') },
  ]);

  private readonly queryRef = computed(() =>
    this.detailQuery.watch({ variables: { id: this.id() }, fetchPolicy: 'cache-and-network' }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));
  /** The latest complete agreement of the requested id, kept while it is fetched again. */
  private readonly agreement = linkedSignal<ReturnType<typeof this.result>, AgreementDetail | undefined>({
    source: this.result,
    computation: (result, previous) => {
      if (result?.dataState === 'complete') return result.data.agreement;
      const kept = previous?.value;
      return kept && kept.id === this.id() ? kept : undefined;
    },
  });

  /** What just happened (saved in the editor, or an action here), announced once. */
  protected readonly notice = signal<string | undefined>(this.savedNotice());

  protected readonly state = computed(() => {
    const agreement = this.agreement();
    if (agreement) return { kind: 'ready' as const, agreement, view: this.viewOf(agreement) };
    const result = this.result();
    if (result?.error && !result.loading) {
      const notFound = toApiError(result.error).code === 'NOT_FOUND';
      return {
        kind: 'error' as const,
        message: notFound ? this.t('agreements.notFound') : queryErrorText(result.error, this.i18n),
      };
    }
    return { kind: 'loading' as const };
  });

  /** After an action: fetch the agreement again, then say what happened. */
  protected async onActed(message: string): Promise<void> {
    this.notice.set(undefined);
    await this.reload();
    this.notice.set(message);
    this.focus('#agreement-notice');
  }

  protected async reload(): Promise<void> {
    try {
      await this.queryRef().refetch();
    } catch {
      // The query's own result shows the error.
    }
  }

  private viewOf(agreement: AgreementDetail) {
    const language = this.i18n.language();
    const status = agreementStatusLabel(agreement.status, language);
    const current = agreement.currentVersionNumber;
    const inForce = agreement.activeVersionNumber;
    const version = agreement.currentVersion;
    const submitted = agreement.legalForm === 'SERVICE_PURCHASE' && version.submittedAt !== null;
    // A newer version than the one in force: waiting for approval, or rejected (the one in force still applies).
    const waiting =
      inForce !== null &&
      inForce !== current &&
      (agreement.status === 'SUBMITTED' || agreement.status === 'REJECTED')
        ? agreement.status
        : undefined;
    return {
      legalForm: legalFormLabel(agreement.legalForm, language),
      status: this.t(STATUS_TEXTS[waiting ?? 'none'], { status, current, inForce: inForce ?? '' }),
      terminated: agreement.terminatedAt
        ? this.t(
            agreement.terminationReason
              ? 'agreements.agreement.terminatedWithReason'
              : 'agreements.agreement.terminated',
            { date: this.i18n.date(agreement.terminatedAt), reason: agreement.terminationReason ?? '' },
          )
        : undefined,
      created: this.t(
        agreement.createdByName ? 'agreements.agreement.createdBy' : 'agreements.agreement.created',
        {
          date: this.i18n.date(agreement.createdAt),
          who: agreement.createdByName ?? '',
        },
      ),
      termsNote: waiting ? this.t(TERMS_NOTES[waiting], { current, inForce: inForce ?? '' }) : undefined,
      pdfPath: agreementPdfPath(agreement.id, current),
      pdfName: agreementPdfFileName(agreement.title, current),
      pdfLabel: this.t('agreements.agreement.pdf', { number: current }),
      approvals: submitted
        ? version.parties.map((party) => ({
            number: party.municipalityNumber,
            name: party.municipalityName,
            role: partyRoleLabel(party.role, language),
            decision: party.approval
              ? decisionLabel(party.approval.decision, language)
              : this.t('agreements.approvals.waiting'),
            who: party.approval?.decidedByName ?? '',
            when: party.approval ? this.i18n.dateTime(party.approval.decidedAt) : '',
            comment: party.approval?.comment ?? '',
          }))
        : undefined,
      approvalsNote:
        agreement.legalForm !== 'SERVICE_PURCHASE'
          ? this.t('agreements.approvals.statutory')
          : submitted
            ? undefined
            : this.t('agreements.approvals.notSubmitted'),
    };
  }

  private savedNotice(): string | undefined {
    const state = inject(Location).getState() as Record<string, unknown> | null;
    const saved = state?.[SAVED_STATE_KEY];
    return isSavedKind(saved) ? this.t(SAVED_TEXTS[saved]) : undefined;
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
