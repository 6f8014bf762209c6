import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import { FORM_KIT } from '@samarbeid/web/ui';

import {
  ASSESSMENT_CONDITIONS,
  type AssessmentCondition,
  type AssessmentDraft,
  type AssessmentField,
  MAX_LENGTH,
} from './agreement-draft';

export interface AssessmentChange {
  readonly field: AssessmentField;
  readonly value: string | boolean;
}

const QUESTIONS: Readonly<Record<AssessmentCondition, TranslationKey>> = {
  commonPublicGoals: 'agreements.assessment.commonPublicGoals',
  publicInterestOnly: 'agreements.assessment.publicInterestOnly',
  marketShareUnder20: 'agreements.assessment.marketShareUnder20',
};

/**
 * The procurement regulation § 3-3 assessment of a service purchase: the three conditions for horizontal public
 * cooperation as yes/no radio pairs, who assessed it, when, and the conclusion.
 */
@Component({
  selector: 'sb-agreement-assessment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './agreement-assessment.component.html',
  styles: `
    :host {
      display: block;
    }
    .sb-assessment,
    .sb-condition {
      display: grid;
      gap: var(--ds-size-3);
    }
    .sb-yes-no {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
    }
  `,
})
export class AgreementAssessmentComponent {
  readonly assessment = input.required<AssessmentDraft>();
  /** Translated problems by path (`assessment.assessedBy`). */
  readonly errors = input.required<Readonly<Record<string, string>>>();
  readonly changed = output<AssessmentChange>();

  protected readonly t = inject(I18nService).t;
  protected readonly conditions = ASSESSMENT_CONDITIONS;
  protected readonly questions = QUESTIONS;
  protected readonly maxLength = MAX_LENGTH;

  protected answer(field: AssessmentCondition, value: boolean): void {
    this.changed.emit({ field, value });
  }

  protected onText(field: 'assessedBy' | 'assessedOn' | 'conclusion', event: Event): void {
    this.changed.emit({ field, value: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  }
}
