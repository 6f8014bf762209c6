import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DownloadButtonComponent, I18nService, type TranslationKey } from '@samarbeid/web/data-access';

import { AgreementDiffComponent } from '../shared/agreement-diff.component';
import { agreementPdfFileName, agreementPdfPath } from '../shared/agreement-files';
import { agreementStatusLabel, decisionLabel } from '../shared/agreement-labels';
import { type AgreementDetail, versionState, type VersionState } from './agreement-view';

const STATE_LABELS: Readonly<Record<Exclude<VersionState, AgreementDetail['status']>, TranslationKey>> = {
  IN_FORCE: 'agreements.versions.inForce',
  REPLACED: 'agreements.versions.replaced',
  REJECTED_VERSION: 'agreements.versions.rejected',
  NOT_SUBMITTED: 'agreements.versions.notSubmitted',
};

/**
 * The agreement's version history, newest first: each version's number, when and by whom it was made, how it
 * stands, its approvals, what changed from the previous version (Felt / Før / Etter), and its PDF.
 */
@Component({
  selector: 'sb-agreement-versions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DownloadButtonComponent, AgreementDiffComponent],
  templateUrl: './agreement-versions.component.html',
  styles: `
    :host {
      display: block;
    }
    .sb-versions {
      display: grid;
      gap: var(--ds-size-6);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sb-version {
      display: grid;
      gap: var(--ds-size-3);
      padding: var(--ds-size-4);
      border: var(--ds-border-width-default) solid var(--ds-color-neutral-border-subtle);
      border-radius: var(--ds-border-radius-md);
    }
    .sb-version > * {
      margin: 0;
    }
  `,
})
export class AgreementVersionsComponent {
  readonly agreement = input.required<AgreementDetail>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly versions = computed(() => {
    const agreement = this.agreement();
    const language = this.i18n.language();
    return [...agreement.versions]
      .sort((a, b) => b.number - a.number)
      .map((version) => {
        const state = versionState(agreement, version);
        return {
          id: version.id,
          number: version.number,
          created: this.t(
            version.createdByName ? 'agreements.versions.createdBy' : 'agreements.versions.created',
            {
              when: this.i18n.dateTime(version.createdAt),
              who: version.createdByName ?? '',
            },
          ),
          state:
            state in STATE_LABELS
              ? this.t(STATE_LABELS[state as keyof typeof STATE_LABELS])
              : agreementStatusLabel(state as AgreementDetail['status'], language),
          approvals: version.approvals.map((approval) => ({
            key: approval.municipalityNumber,
            text: this.t('agreements.versions.approval', {
              municipality: approval.municipalityName,
              decision: decisionLabel(approval.decision, language).toLowerCase(),
              who: approval.decidedByName ?? this.t('agreements.unknownPerson'),
              when: this.i18n.dateTime(approval.decidedAt),
            }),
            comment: approval.comment,
          })),
          changes: version.changes.map((change) => ({
            label: change.label,
            before: change.before ?? this.t('agreements.versions.empty'),
            after: change.after ?? this.t('agreements.versions.empty'),
          })),
          pdfPath: agreementPdfPath(agreement.id, version.number),
          pdfName: agreementPdfFileName(agreement.title, version.number),
          pdfLabel: this.t('agreements.versions.pdf', { number: version.number }),
        };
      });
  });
}
