import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  PRICE_MODEL_LABELS,
  Role,
  VOLUME_UNIT_LABELS,
} from '@samarbeid/shared/domain';
import {
  AuthService,
  errorText,
  formatAmount,
  formatKroner,
  I18nService,
  queryErrorText,
  runMutation,
  type TranslationKey,
  type TranslationParams,
} from '@samarbeid/web/data-access';
import {
  InboxApprovalRequestsDocument,
  InboxApprovalRequestsGQL,
  type InboxApprovalRequestsQuery,
  InboxDecideAgreementGQL,
} from '@samarbeid/web/graphql';
import { injectFocusAfterRender } from '@samarbeid/web/ui';

import { decidesAgreements, NavCountsService } from '../nav-counts/nav-counts';
import {
  AgreementDecisionComponent,
  type DecisionRequest,
  type DecisionTexts,
} from '../shared/agreement-decision.component';
import { type AgreementChangeRow, AgreementDiffComponent } from '../shared/agreement-diff.component';
import { ownShareOf } from '../shared/own-share';

type ApprovalRequest = InboxApprovalRequestsQuery['approvalInbox'][number];

export interface InboxFact {
  readonly label: string;
  readonly value: string;
}

export interface InboxChange extends AgreementChangeRow {
  readonly field: string;
}

export interface InboxItemView {
  readonly agreementId: string;
  readonly title: string;
  readonly versionNumber: number;
  readonly municipalityName: string;
  /** "Versjon 2 · Til godkjenning for Flesberg (Kjøper)". */
  readonly subtitle: string;
  readonly measure: { readonly code: string; readonly title: string } | null;
  readonly facts: readonly InboxFact[];
  /** The municipality's own share, said in the confirmation before deciding. */
  readonly share: string;
  /** For version 2 and later: what changed since the previous version (null for version 1). */
  readonly diff: {
    readonly caption: string;
    readonly rows: readonly InboxChange[];
    readonly none: string;
  } | null;
}

export type InboxState =
  | { readonly kind: 'not-director' }
  | { readonly kind: 'no-municipality' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly items: readonly InboxItemView[] };

interface Sentence {
  readonly key: TranslationKey;
  readonly params: TranslationParams;
}

/**
 * `/godkjenninger`: the agreements waiting for the signed-in municipal director's decision on their current version.
 * Each shows its parties and terms, and from version 2 what changed; the director approves or rejects (with a reason)
 * the version shown. A decision takes the agreement off the list, says what happened in a status message and updates
 * the count in the navigation. Anyone else is told the page is for municipal directors (nothing is fetched).
 */
@Component({
  selector: 'sb-approval-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AgreementDiffComponent, AgreementDecisionComponent],
  templateUrl: './approval-inbox-page.component.html',
  styleUrl: './approval-inbox-page.component.css',
})
export class ApprovalInboxPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly navCounts = inject(NavCountsService);
  private readonly decide = inject(InboxDecideAgreementGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly user = inject(AuthService).user();
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly decisionTexts = computed<DecisionTexts>(() => ({
    comment: this.t('agreementsInbox.inbox.comment'),
    commentHint: this.t('agreementsInbox.inbox.commentHint'),
    commentRequired: this.t('agreementsInbox.inbox.commentRequired'),
    approve: this.t('agreementsInbox.inbox.approve'),
    reject: this.t('agreementsInbox.inbox.reject'),
    confirmApprove: this.t('agreements.actions.confirmApprove'),
    confirmReject: this.t('agreements.actions.confirmReject'),
  }));

  /** Fetched only for a director with a municipality: the API refuses anyone else. */
  private readonly inboxRef = decidesAgreements(this.user)
    ? inject(InboxApprovalRequestsGQL).watch({ fetchPolicy: 'cache-and-network' })
    : undefined;
  private readonly result = this.inboxRef ? toSignal(this.inboxRef.valueChanges) : signal(undefined);

  /** The agreement a decision is being sent for. */
  protected readonly sending = signal<string | undefined>(undefined);
  private readonly outcomeSentence = signal<Sentence | undefined>(undefined);
  protected readonly outcome = computed(() => {
    const sentence = this.outcomeSentence();
    return sentence ? this.t(sentence.key, sentence.params) : undefined;
  });
  protected readonly refusal = signal<string | undefined>(undefined);

  protected readonly state = computed<InboxState>(() => {
    if (!this.inboxRef) {
      return this.user?.roles.includes(Role.MunicipalDirector)
        ? { kind: 'no-municipality' }
        : { kind: 'not-director' };
    }
    const result = this.result();
    if (result?.dataState === 'complete') {
      return { kind: 'ready', items: result.data.approvalInbox.map((request) => this.toView(request)) };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error', message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' };
  });

  protected async submit(item: InboxItemView, { decision, comment }: DecisionRequest): Promise<void> {
    if (this.sending()) return;
    this.outcomeSentence.set(undefined);
    this.refusal.set(undefined);
    this.sending.set(item.agreementId);
    const outcome = await runMutation(
      this.decide.mutate({
        variables: {
          input: {
            agreementId: item.agreementId,
            versionNumber: item.versionNumber,
            decision,
            comment,
          },
        },
        update: (cache, { data }) => {
          if (!data) return;
          cache.updateQuery<InboxApprovalRequestsQuery>({ query: InboxApprovalRequestsDocument }, (inbox) =>
            inbox
              ? {
                  approvalInbox: inbox.approvalInbox.filter(
                    (request) => request.agreement.id !== item.agreementId,
                  ),
                }
              : inbox,
          );
          // Lists that show the agreement's status, and its versions with their approvals, are fetched again
          // when next shown.
          for (const fieldName of ['agreements', 'municipalityAgreements', 'notifications']) {
            cache.evict({ id: 'ROOT_QUERY', fieldName });
          }
          const agreement = cache.identify({ __typename: 'Agreement', id: item.agreementId });
          for (const fieldName of ['versions', 'currentVersion', 'activeVersion']) {
            if (agreement) cache.evict({ id: agreement, fieldName });
          }
          cache.gc();
        },
      }),
    );
    this.sending.set(undefined);
    if (outcome.ok) {
      const status = outcome.data.decideAgreement.status;
      const params = {
        title: item.title,
        version: String(item.versionNumber),
        municipality: item.municipalityName,
      };
      const key: TranslationKey =
        decision === 'REJECT'
          ? 'agreementsInbox.inbox.rejected'
          : status === 'ACTIVE'
            ? 'agreementsInbox.inbox.approvedActive'
            : 'agreementsInbox.inbox.approved';
      this.outcomeSentence.set({ key, params });
      this.navCounts.refresh();
      this.focusAfterRender('#inbox-outcome');
      return;
    }
    this.refusal.set(errorText(outcome.error, this.i18n));
    this.focusAfterRender('#inbox-refusal');
    // The agreement may have changed meanwhile (a new version, another decision): show what now waits.
    this.inboxRef?.refetch().catch(() => undefined);
    this.navCounts.refresh();
  }

  private toView(request: ApprovalRequest): InboxItemView {
    const language = this.i18n.language();
    const t = this.t;
    const agreement = request.agreement;
    const version = agreement.currentVersion;
    const notSet = t('agreementsInbox.notSet');
    const date = (value: string | null) => (value ? this.i18n.date(value) : notSet);
    const names = (role: ApprovalRequest['role']) =>
      version.parties
        .filter((party) => party.role === role)
        .map((party) => party.municipalityName)
        .join(', ') || notSet;

    const facts: InboxFact[] = [
      {
        label: t('agreementsInbox.inbox.legalForm'),
        value: AGREEMENT_LEGAL_FORM_LABELS[agreement.legalForm][language],
      },
    ];
    if (version.serviceDescription.trim()) {
      facts.push({ label: t('agreementsInbox.inbox.service'), value: version.serviceDescription });
    }
    if (agreement.legalForm === 'SERVICE_PURCHASE') {
      facts.push(
        { label: t('agreementsInbox.inbox.seller'), value: names('SELLER') },
        { label: t('agreementsInbox.inbox.buyers'), value: names('BUYER') },
      );
    } else {
      facts.push({
        label: t('agreementsInbox.inbox.parties'),
        value: version.parties
          .map((party) => `${party.municipalityName} (${AGREEMENT_PARTY_ROLE_LABELS[party.role][language]})`)
          .join(', '),
      });
    }
    facts.push({
      label: t('agreementsInbox.inbox.price'),
      value:
        version.price === null
          ? notSet
          : version.priceModel
            ? t('agreementsInbox.inbox.priceValue', {
                amount: formatKroner(version.price),
                model: PRICE_MODEL_LABELS[version.priceModel][language].toLocaleLowerCase(language),
              })
            : formatKroner(version.price),
    });
    if (version.volumeAmount !== null) {
      const unit = version.volumeUnit ? ` ${VOLUME_UNIT_LABELS[version.volumeUnit][language]}` : '';
      facts.push({
        label: t('agreementsInbox.inbox.volume'),
        value: `${formatAmount(version.volumeAmount)}${unit}`,
      });
    }
    facts.push({
      label: t('agreementsInbox.inbox.period'),
      value: version.endDate
        ? t('agreementsInbox.inbox.periodValue', {
            start: date(version.startDate),
            end: date(version.endDate),
          })
        : t('agreementsInbox.inbox.periodOpen', { start: date(version.startDate) }),
    });
    if (version.noticeMonths !== null) {
      facts.push({
        label: t('agreementsInbox.inbox.notice'),
        value: this.plural('agreementsInbox.inbox.noticeMonths', version.noticeMonths),
      });
    }

    const previous = request.versionNumber - 1;
    const share = ownShareOf(version.parties, request.municipalityNumber, version.volumeAmount);
    return {
      share: t(`agreements.share.${share.key}`, { municipality: request.municipalityName, ...share }),
      agreementId: agreement.id,
      title: agreement.title,
      versionNumber: request.versionNumber,
      municipalityName: request.municipalityName,
      subtitle: [
        t('agreementsInbox.inbox.version', { number: String(request.versionNumber) }),
        t('agreementsInbox.inbox.forMunicipality', {
          municipality: request.municipalityName,
          role: AGREEMENT_PARTY_ROLE_LABELS[request.role][language].toLocaleLowerCase(language),
        }),
      ].join(' · '),
      measure: agreement.measure ? { code: agreement.measure.code, title: agreement.measure.title } : null,
      facts,
      diff:
        request.versionNumber > 1
          ? {
              caption: t('agreementsInbox.inbox.diffCaption', {
                from: String(previous),
                to: String(request.versionNumber),
              }),
              none: t('agreementsInbox.inbox.diffNone', {
                from: String(previous),
                to: String(request.versionNumber),
              }),
              rows: request.changes.map((change) => ({
                field: change.field,
                label: change.label,
                before: change.before ?? notSet,
                after: change.after ?? notSet,
              })),
            }
          : null,
    };
  }
}
